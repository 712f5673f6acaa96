/// The terminal's words in English (`--lang en`).
enum TerminalPhrasesEn {
  static func money(_ fen: Int) -> String { "CNY " + Amount.yuanText(fen: fen) }

  static func text(_ phrase: TerminalPhrase) -> String {
    switch phrase {
    case .operatorLabel: return "Operator: "
    case .passwordLabel: return "Password: "
    case .unknownOperator(let cashiers): return "No such operator; enter \(cashiers)"
    case .notACashier(let role, let cashiers):
      return
        "The \(role == .supervisor ? "supervisor" : "administrator") cannot take payments; sign in as cashier \(cashiers)"
    case .profileText(let key): return key.rawValue
    case .wrongOperatorPassword: return "Wrong operator password; try again"
    case .signInNoNetwork: return "Sign-in failed: no network; check the link, then sign in again"
    case .signedIn(let batch): return "Signed in, batch \(batch)"
    case .mainMenuHint: return "Press a number; Function opens management"
    case .trainingTag: return "[TRAINING]"
    case .keyLabel(let key): return keyLabel(key)
    case .amountLabel: return "Amount: "
    case .amountRefused(let error): return amountRefused(error)
    case .amountShown(let fen): return "Amount: \(money(fen))"
    case .originalAmount(let fen): return "Original amount: \(money(fen))"
    case .refundableAmount(let fen): return "Refundable: \(money(fen))"
    case .refundAmountShown(let fen): return "Refund amount: \(money(fen))"
    case .refundOverRemaining(let fen): return "Refund exceeds what remains: \(money(fen))"
    case .wrongKeyInterrupted: return "Scan key pressed: amount entry interrupted, enter it again"
    case .cameraOn: return "Camera on: hold the code to the scan window"
    case .cameraCannotStart: return "Camera cannot start"
    case .scanCodeHint: return "Scanner or paste, then Confirm; Function: camera scans a sample"
    case .codeLabel: return "Code: "
    case .scanOrTypeCode: return "Scan or type the payment code"
    case .cameraTitle: return "Camera scan"
    case .pickSamplePrompt: return "Pick the code the customer shows:"
    case .noSuchSample: return "No such sample code"
    case .walletWaited(let seconds, let poll, let cancelAt):
      return "Waited \(seconds) s (asks every \(poll) s, cancels at \(cancelAt) s)"
    case .customerPasswordKeyHint: return "Customer side: P enters the password on the phone"
    case .customerEnteredPassword:
      return "Customer entered the password; waiting for the next query"
    case .pinLabel: return "PIN: "
    case .pinLengthWrong: return "The PIN has 6 digits"
    case .approvedPleaseSign: return "Approved; cardholder, please sign"
    case .signFirst: return "Please sign first"
    case .signatureRequired: return "Approved already: the e-slip needs the cardholder's signature"
    case .contactlessNoPINNoSignature: return "Small contactless: no PIN, no signature"
    case .wrongSupervisorPassword: return "Wrong supervisor password"
    case .voucherLabel: return "Voucher: "
    case .voucherShown(let voucher): return "Voucher: \(voucher)"
    case .referenceShown(let reference): return "Reference: \(reference)"
    case .voidRefused(let refusal): return voidRefused(refusal)
    case .referenceLabel: return "Reference: "
    case .referenceLengthWrong: return "The reference number has 12 digits"
    case .dateLabel: return "Date: "
    case .dateFormatWrong: return "Date not valid: enter month and day as 4 digits"
    case .refundRefused(let refusal): return refundRefused(refusal)
    case .voidedMark: return "voided"
    case .transactionListHint: return "Confirm: slip again  Function: void this one"
    case .onlySalesVoidable: return "Only sales can be voided"
    case .batchShown(let batch): return "Batch: \(batch)"
    case .totalLine(let kind, let count, let fen):
      return "\(kindName(kind)) \(count)  \(money(fen))"
    case .netTotal(let fen): return "Net: \(money(fen))"
    case .firmwareShown(let version): return "Firmware: \(version)"
    case .appVersionShown(let version): return "Application: \(version)"
    case .firmwareUpdateAvailable: return "An update is available: Confirm downloads it"
    case .firmwareUpdated(let version): return "Firmware updated to \(version); the unit restarted"
    case .firmwareUpdateFailed: return "Download failed: cannot reach the host; check the network"
    case .scanAreaShown(let full): return "Scan area: \(full ? "full" : "partial")"
    case .resolutionShown(let standard): return "Resolution: \(standard ? "default" : "changed")"
    case .scanSettingsReset: return "Scan settings back to default"
    case .permissionShown(let channel, let open):
      return "\(channel == .scan ? "Scan payments" : "Card payments"): \(open ? "open" : "closed")"
    case .permissionsHint: return "1 toggle scan  2 toggle card (as the acquirer would)"
    case .merchantNameShown(let name): return "Merchant: \(name)"
    case .merchantNumberShown(let number): return "Merchant no.: \(number)"
    case .terminalNumberShown(let number): return "Terminal no.: \(number)"
    case .connectionShown(let kind): return "Link: \(kind == .wifi ? "Wi-Fi" : "mobile data")"
    case .signalShown(let bars, let count): return "Signal: \(bars) \(count)/4"
    case .linkStatus(let connected): return connected ? "Network connected" : "No network"
    case .hostTimeoutShown(let seconds): return "Host timeout: \(seconds) s"
    case .parametersHint: return "1 switch Wi-Fi / mobile data  2 scan settings to default"
    case .recording(let phrase): return phrase.text(.en)
    case .slipFieldSeparator: return ": "
    case .listSeparator: return ", "
    case .demoMerchantName: return "Lakala Demo Store"
    case .profilesOK(let files):
      return "terminal profiles OK (\(files) file\(files == 1 ? "" : "s"))"
    case .profileProblems(let findings, let unreadable):
      return "\(findings) finding(s), \(unreadable) unreadable file(s)"
    case .failureMessage(let failure): return failureMessage(failure)
    case .responseCodeShown(let code): return "Response code: \(code)"
    case .suggestionText(let suggestion): return suggestionText(suggestion)
    case .transactionKind(let kind, let method):
      return kind == .sale ? (method == .scan ? "Scan payment" : "Sale") : kindName(kind)
    case .methodName(let method): return methodName(method)
    case .ruleDescription(let length, let prefixes):
      return "\(length) digits starting \(prefixes)"
    case .codeReason(let reason): return codeReason(reason)
    case .verdictName(let verdict): return verdict.rawValue
    case .faultTitle(let fault): return faultTitle(fault)
    case .classifyLabel(let field): return classifyLabel(field)
    case .yesNo(let yes): return yes ? "yes" : "no"
    case .noneText: return "none"
    case .confidenceName(let confidence): return confidence.rawValue
    case .slipReprintMark: return "REPRINT"
    case .slipTrainingMark: return "*** TRAINING - NOT SETTLED ***"
    case .slipOriginalVoucher: return "Orig voucher: "
    case .slipOriginalReference: return "Orig reference: "
    case .slipSignedElectronically: return "Cardholder signed on screen"
    case .slipSignatureLine: return "Cardholder: ______________"
    case .slipAgreement: return "I agree to the above transaction"
    }
  }

  private static func keyLabel(_ key: TerminalKey) -> String {
    switch key {
    case .confirm: "Confirm"
    case .cancel: "Cancel"
    case .clear: "Clear"
    case .function: "Function"
    case .arrows: "Arrows"
    case .digits: "Digits"
    }
  }

  private static func amountRefused(_ error: AmountError) -> String {
    switch error {
    case .empty: "Enter an amount"
    case .invalidCharacter(let c): "Digits and one point only (\"\(c)\" is not allowed)"
    case .missingYuan: "Digits are missing before the point"
    case .leadingZero: "The amount cannot start with 0"
    case .tooManyDecimals: "At most two decimals"
    case .zero: "The amount cannot be zero"
    case .overMaximum: "Above the 99999.99 yuan limit"
    }
  }

  private static func voidRefused(_ refusal: VoidRefusal) -> String {
    switch refusal {
    case .notFound: "Original not found (25); check the voucher number"
    case .settled: "Already settled: cannot void, use refund"
    case .alreadyVoided: "Already voided"
    case .alreadyRefunded: "Partly refunded: cannot void, use refund"
    case .notToday: "Only today's sales can be voided; use refund"
    }
  }

  private static func refundRefused(_ refusal: RefundRefusal) -> String {
    switch refusal {
    case .notFound: "Original not found (25); check reference and date"
    case .voided: "The original was voided: nothing to refund"
    case .fullyRefunded: "Already fully refunded"
    }
  }

  private static func failureMessage(_ failure: TransactionFailure) -> String {
    switch failure {
    case .cameraNotStarting: return "Camera cannot start"
    case .codeNotRecognised: return "No payment code recognised; scan timed out"
    case .malformedCode(let reason): return "Not a payment code: \(codeReason(reason))"
    case .unsupportedCode(let reason, let wallet):
      let name = wallet.map { " (\($0.en))" } ?? ""
      return "Code not supported\(name): \(codeReason(reason))"
    case .firmwareTooOld(let wallet): return "Firmware too old to read \(wallet.en) codes"
    case .codeExpired: return "Payment code expired or already used"
    case .networkDown: return "Network connection failed"
    case .timedOut(let seconds, _): return "Timed out (no answer in \(seconds) s)"
    case .serverMaintenance: return "Host under maintenance; try again later"
    case .merchantRiskHold: return "Merchant restricted by risk control"
    case .notPermitted: return "Transaction not permitted"
    case .wrongPIN: return "Wrong PIN"
    case .insufficientFunds: return "Insufficient funds"
    case .walletPasswordTimeout(let seconds):
      return "The customer did not enter the password in \(seconds) s; the order was cancelled"
    case .walletPaymentCancelled: return "Cancelled; the order was cancelled"
    }
  }

  private static func suggestionText(_ suggestion: Suggestion) -> String {
    switch suggestion {
    case .cardPayment: "Take the payment by card"
    case .selfCheck: "Scan self-check"
    case .refreshCode: "Ask the customer to refresh the code and scan again"
    case .retryLater: "Try again later; watch official notices"
    case .callSupport: "Call customer service 95016 with the merchant number"
    case .updateFirmware: "Update the terminal firmware"
    case .otherPayment: "Ask for another card or payment method"
    case .retryCard: "Try the card again; if it still fails, another card or cash"
    }
  }

  private static func kindName(_ kind: TransactionKind) -> String {
    switch kind {
    case .sale: "Sales"
    case .void: "Voids"
    case .refund: "Refunds"
    }
  }

  private static func methodName(_ method: PaymentMethod) -> String {
    switch method {
    case .swipe: "Swipe"
    case .insert: "Chip"
    case .tap: "Contactless"
    case .scan: "Scan"
    }
  }

  private static func codeReason(_ reason: CodeReason) -> String {
    switch reason {
    case .matchedSupportedRule: "matches a rule this terminal supports"
    case .walletNotSupported: "this terminal does not take this kind of code"
    case .selfMadeURL: "a web address (self-made QR), not a payment code"
    case .selfMadeText: "not all digits (self-made QR), not a payment code"
    case .noRuleMatches(let length): "\(length) digits, matching no known payment-code rule"
    case .empty: "empty"
    case .controlCharacter(let position): "character \(position) is a control character"
    case .tooLong(let length): "too long (\(length) characters)"
    }
  }

  private static func faultTitle(_ fault: ScanFault) -> String {
    switch fault {
    case .cameraBroken: "Camera broken"
    case .lensDirty: "Dirty lens"
    case .lowLight: "Low light"
    case .glare: "Glare"
    case .permissionOff: "Scan permission off"
    case .firmwareOld: "Old firmware"
    case .unsupportedCode: "Unsupported code"
    case .codeExpired: "Code expired"
    case .networkDown: "Network down"
    case .weakSignal: "Weak signal"
    case .serverMaintenance: "Server maintenance"
    case .merchantRiskHold: "Merchant risk hold"
    case .wrongKey: "Scan key pressed by mistake"
    case .cardPermissionOff: "Card permission off"
    case .wrongPIN: "Wrong PIN"
    case .insufficientFunds: "Insufficient funds"
    }
  }

  private static func classifyLabel(_ field: ClassifyField) -> String {
    switch field {
    case .wallet: "Wallet: "
    case .rule: "Rule matched: "
    case .confidence: "Confidence: "
    case .supported: "Supported here: "
    case .verdict: "Verdict: "
    case .reason: "Reason: "
    }
  }

  static func recording(_ phrase: RecordingPhrase) -> String {
    switch phrase {
    case .inProgress: "Recording, please wait…"
    case .notRecordedHeading: "NOT COMPLETED: could not record"
    case .reason(.busy): "Why: another program holds the database"
    case .reason(.diskFull): "Why: the disk is full"
    case .reason(.notWritable): "Why: the data dir cannot be written"
    case .reason(.corrupt): "Why: the database file is damaged"
    case .reason(.unavailable): "Why: the database cannot be opened"
    case .reason(.ioError): "Why: a read/write error on the database"
    case .nothingTaken: "Reversed: no slip, nothing was charged"
    case .advice(.busy): "Wait a moment, press Enter, take it again"
    case .advice(.diskFull): "Free disk space, then take it again"
    case .advice(.notWritable): "Fix the data dir's permissions, restart"
    case .advice(.corrupt): "Ask an admin to restore; take another way"
    case .advice(.unavailable): "Check the data dir, restart the console"
    case .advice(.ioError): "Check the disk, then take it again"
    }
  }
}
