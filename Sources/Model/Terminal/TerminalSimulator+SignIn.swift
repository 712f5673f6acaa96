extension TerminalSimulator {
  /// Operator 01 signs in with the password; confirming the prefilled 01 is the usual 签到.
  mutating func handleSignIn(_ entry: SignInEntry, _ input: TerminalInput) -> [TerminalEvent] {
    var entry = entry
    switch entry.step {
    case .operatorID:
      if let edited = FieldEdit.apply(input, to: entry.operatorID, capacity: 2) {
        entry.operatorID = edited
      } else if input == .confirm {
        guard entry.operatorID == "01" else {
          show(.unknownOperator)
          entry.operatorID = ""
          state = .signIn(entry)
          return []
        }
        entry.step = .password
      }
    case .password:
      if let edited = FieldEdit.apply(input, to: entry.password, capacity: 6) {
        entry.password = edited
      } else if input == .cancel {
        entry = SignInEntry()
      } else if input == .confirm {
        guard entry.password == settings.operatorPassword else {
          show(.wrongOperatorPassword)
          entry.password = ""
          state = .signIn(entry)
          return []
        }
        operatorID = entry.operatorID
        state = .mainMenu
        show(.signedIn(batch: ledger.counters(training: training).batchText), .success)
        return [.signedIn(operatorID: entry.operatorID)]
      }
    }
    state = .signIn(entry)
    return []
  }

  func signInScreen(_ entry: SignInEntry) -> TerminalScreen {
    let field: TerminalField
    switch entry.step {
    case .operatorID:
      field = TerminalField(
        label: text(.operatorLabel), display: entry.operatorID, masked: false, capacity: 2)
    case .password:
      field = TerminalField(
        label: text(.passwordLabel), display: mask(entry.password), masked: true, capacity: 6)
    }
    return makeScreen(
      title: .signInTitle,
      lines: [TerminalLine(text(.signInPrompt), .prompt)],
      field: field, keys: [.confirm, .cancel, .clear])
  }

  mutating func handleMainMenu(_ input: TerminalInput) -> [TerminalEvent] {
    switch input {
    case .digit(let value):
      guard let item = MainMenuItem(rawValue: value) else { return [] }
      return open(item)
    case .function:
      return open(.management)
    case .point, .confirm, .cancel, .clear, .arrow, .text, .pickSample, .presentCard:
      return []
    }
  }

  mutating func open(_ item: MainMenuItem) -> [TerminalEvent] {
    switch item {
    case .sale:
      state = .amountEntry(AmountEntry(purpose: .cardSale))
    case .scan:
      state = .amountEntry(AmountEntry(purpose: .scanSale))
    case .void:
      state = .supervisor(flow: .void, password: "")
    case .refund:
      state = .supervisor(flow: .refund, password: "")
    case .settlement:
      state = .settlementReview(ledger.summary(training: training))
    case .management:
      state = .management(.menu)
    }
    return []
  }

  func mainMenuScreen() -> TerminalScreen {
    let items = MainMenuItem.allCases.map {
      TerminalLine("\($0.rawValue) \($0.label(language))")
    }
    return makeScreen(
      title: .mainMenuTitle, lines: items + [TerminalLine(text(.mainMenuHint), .hint)],
      keys: [.digits, .function])
  }
}
