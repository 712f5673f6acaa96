extension TerminalSimulator {
  /// Sign-in: an operator number from the profile, then its password (as many digits as its
  /// role takes). Cashiers 01–05 sign in; the supervisor and administrator numbers are
  /// known but cannot take payments.
  mutating func handleSignIn(_ entry: SignInEntry, _ input: TerminalInput) -> [TerminalEvent] {
    var entry = entry
    switch entry.step {
    case .operatorID:
      if let edited = FieldEdit.apply(input, to: entry.operatorID, capacity: 2) {
        entry.operatorID = edited
      } else if input == .confirm {
        guard profile.operatorEntry(entry.operatorID) != nil else {
          show(.unknownOperator(cashiers: cashierRange))
          entry.operatorID = ""
          state = .signIn(entry)
          return []
        }
        entry.step = .password
      }
    case .password:
      let length = passwordLength(of: entry.operatorID)
      if let edited = FieldEdit.apply(input, to: entry.password, capacity: length) {
        entry.password = edited
      } else if input == .cancel {
        entry = SignInEntry()
      } else if input == .confirm {
        return confirmSignIn(entry)
      }
    }
    state = .signIn(entry)
    return []
  }

  private mutating func confirmSignIn(_ entry: SignInEntry) -> [TerminalEvent] {
    var entry = entry
    guard entry.password == password(of: entry.operatorID) else {
      show(.wrongOperatorPassword)
      entry.password = ""
      state = .signIn(entry)
      return []
    }
    if let role = profile.operatorEntry(entry.operatorID)?.role, role != .cashier {
      show(.notACashier(role, cashiers: cashierRange))
      state = .signIn(SignInEntry())
      return []
    }
    // Sign-in is an exchange with the host (the day's keys): with no link it cannot succeed.
    guard shop.network.connected else {
      show(.signInNoNetwork)
      state = .signIn(SignInEntry())
      return []
    }
    operatorID = entry.operatorID
    state = .menu(profile.startMenu)
    show(.signedIn(batch: ledger.counters(training: training).batchText), .success)
    forceSettlementIfDue()
    return [.signedIn(operatorID: entry.operatorID)]
  }

  /// How many digits operator `id`'s password has.
  func passwordLength(of id: String) -> Int {
    profile.operatorEntry(id)?.passwordLength ?? 4
  }

  /// Operator `id`'s password: 01's and the supervisor's are in the settings (they can be
  /// changed and are stored); the others are the profile's defaults.
  func password(of id: String) -> String? {
    guard let entry = profile.operatorEntry(id) else { return nil }
    switch entry.role {
    case .supervisor: return settings.supervisorPassword
    case .cashier where id == "01": return settings.operatorPassword
    case .cashier, .admin: return entry.defaultPassword
    }
  }

  /// The cashier numbers, e.g. `01–05`, for messages.
  var cashierRange: String {
    let ids = profile.operators.filter { $0.role == .cashier }.flatMap(\.ids).sorted()
    guard let first = ids.first, let last = ids.last else { return "" }
    return first == last ? first : "\(first)–\(last)"
  }

  /// The supervisor password's length from the profile.
  var supervisorPasswordLength: Int {
    profile.operators.first { $0.role == .supervisor }?.passwordLength ?? 6
  }

  func signInScreen(_ entry: SignInEntry) -> TerminalScreen {
    let field: TerminalField
    switch entry.step {
    case .operatorID:
      field = TerminalField(
        label: text(.operatorLabel), display: entry.operatorID, masked: false, capacity: 2)
    case .password:
      let length = passwordLength(of: entry.operatorID)
      field = TerminalField(
        label: text(.passwordLabel), display: mask(entry.password), masked: true,
        capacity: length)
    }
    return makeScreen(
      title: text(.signInTitle),
      lines: [TerminalLine(text(.signInPrompt), .prompt)],
      field: field, keys: [.confirm, .cancel, .clear])
  }
}
