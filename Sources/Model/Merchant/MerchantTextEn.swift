/// The merchant directory's words in English.
enum MerchantTextEn {
  static func text(_ key: MerchantText) -> String {
    switch key {
    case .unknownAcquirer: "unknown acquirer (code not in acquirers.toml)"
    case .unknownRegion: "unknown region (code not in regions.toml)"
    case .nearRegion(let city): "near \(city.en) (code not listed; guessed from its first 3 digits)"
    case .unknownCategory: "unknown category (code not in the ISO 18245 list)"
    case .unlistedCategory: "unlisted code in block: "
    case .uncertain: " (uncertain)"
    case .expectedAcquirer: "the acquirer expected for this store's Lakala terminals"
    case .statusLabel(let status): statusLabel(status)
    case .statusMeaningForScanning(let status): meaningForScanning(status)
    case .methodLabel(let method):
      switch method {
      case .scan: "scan"
      case .card: "card"
      }
    case .lookupLabel(let label): lookupLabel(label)
    case .listSeparator: ", "
    case .scanNotEnabled:
      "Scan payments are not enabled for this merchant: take cards, or call 95016 to have "
        + "scanning enabled."
    case .notInDirectory:
      "Not in the local merchant directory: check the number, or import the latest "
        + "directory with `merchants import`."
    case .malformedTitle(let input):
      switch input {
      case .number: "Invalid merchant number: "
      case .slip: "Invalid slip merchant number: "
      case .terminal: "Invalid terminal number: "
      }
    case .registeredVersusSlip(let registered, let slip): "registered \(registered), slip \(slip)"
    case .merchantNumberRefused(let error): merchantNumberRefused(error)
    case .terminalNumberRefused(let error): terminalNumberRefused(error)
    case .directoryFailed(let error): directoryFailed(error)
    }
  }

  private static func statusLabel(_ status: MerchantStatus) -> String {
    switch status {
    case .normal: "normal"
    case .riskHold: "risk hold"
    case .frozen: "frozen"
    }
  }

  private static func meaningForScanning(_ status: MerchantStatus) -> String {
    switch status {
    case .normal: "The merchant is in good standing; its status does not stop scan payments."
    case .riskHold:
      "The merchant is on risk hold: scan payments are blocked. Take the payment by card "
        + "(swipe or tap) meanwhile, and call customer service 95016 with the merchant "
        + "number to ask why and what lifts the hold."
    case .frozen:
      "The merchant is frozen: neither scan nor card payments go through and settlement "
        + "is held. Stop taking payments on this terminal and call customer service 95016 "
        + "with the merchant number."
    }
  }

  private static func lookupLabel(_ label: MerchantLookupLabel) -> String {
    switch label {
    case .number: "Merchant number"
    case .acquirer: "Acquirer"
    case .region: "Region"
    case .category: "Category (MCC)"
    case .sequence: "Sequence"
    case .directoryName: "Directory"
    case .registeredCodes: "Registered codes"
    case .terminals: "Terminals"
    case .terminal: "terminal"
    case .methods: "Methods"
    case .status: "Status"
    case .scanning: "Scanning"
    case .slipTitle: "Slip check (跳码): slip"
    case .risk: "Risk: "
    case .action: "Do: "
    case .note: "Note: "
    }
  }

  private static func merchantNumberRefused(_ error: MerchantNumberError) -> String {
    switch error {
    case .empty: "No merchant number entered: type the 15-digit merchant number from the slip."
    case .invalidCharacter(let position, let character):
      "Character \(position) (“\(character)”) is not a digit: a merchant number has only "
        + "digits (spaces or dashes may separate them)."
    case .wrongLength(let count):
      "\(count) digits entered; a merchant number has 15. Check it digit by digit "
        + "against the slip."
    }
  }

  private static func terminalNumberRefused(_ error: TerminalNumberError) -> String {
    switch error {
    case .empty: "No terminal number entered: type the 8-character terminal number from the slip."
    case .invalidCharacter(let position, let character):
      "Terminal number character \(position) (“\(character)”) is not allowed: only "
        + "digits and letters."
    case .wrongLength(let count):
      "The terminal number has \(count) characters; it should have 8. Check it against "
        + "the slip."
    }
  }

  private static func directoryFailed(_ error: MerchantDirectoryError) -> String {
    switch error {
    case .terminalTaken(let terminal, let owner, let wanted):
      "Terminal \(terminal) is already bound to merchant \(owner), so it cannot be bound to "
        + "\(wanted): a terminal belongs to one merchant. Unbind it from \(owner) first."
    case .unreadableRow(let number, let field):
      "The directory row for \(number) has an unreadable \(field): rebuild the directory "
        + "with merchants export/import."
    case .database(let operation, let message):
      "The merchant directory database failed to \(operation): \(message). Check that the "
        + "data directory is writable and the disk has room."
    }
  }
}
