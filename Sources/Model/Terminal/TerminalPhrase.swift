/// Every text the simulated terminal shows, by meaning; the words live in one table
/// per language (`TerminalPhrasesZh`, `TerminalPhrasesEn`), so both stay complete.
public enum TerminalPhrase: TextKey, Equatable {
  // Sign-in and menu
  case operatorLabel
  case passwordLabel
  case unknownOperator(cashiers: String)
  case notACashier(OperatorRole, cashiers: String)
  case wrongOperatorPassword
  case signedIn(batch: String)
  case signInNoNetwork
  case mainMenuHint
  case trainingTag
  /// A text the profile words (`[text]` in the profile file).
  case profileText(ProfileTextKey)
  case keyLabel(TerminalKey)
  // Amounts
  case amountLabel
  case amountRefused(AmountError)
  case amountShown(fen: Int)
  case originalAmount(fen: Int)
  case refundableAmount(fen: Int)
  case refundAmountShown(fen: Int)
  case refundOverRemaining(remainingFen: Int)
  case wrongKeyInterrupted
  // Scan
  case cameraOn
  case cameraCannotStart
  case scanCodeHint
  case codeLabel
  case scanOrTypeCode
  case cameraTitle
  case pickSamplePrompt
  case noSuchSample
  // Wallet-password wait
  case walletWaited(seconds: Int, poll: Int, cancelAt: Int)
  case customerPasswordKeyHint
  case customerEnteredPassword
  // Card
  case pinLabel
  case pinLengthWrong
  case approvedPleaseSign
  case signFirst
  case signatureRequired
  case contactlessNoPINNoSignature
  // Void and refund
  case wrongSupervisorPassword
  case voucherLabel
  case voucherShown(String)
  case referenceShown(String)
  case voidRefused(VoidRefusal)
  case referenceLabel
  case referenceLengthWrong
  case dateLabel
  case dateFormatWrong
  case refundRefused(RefundRefusal)
  // Transaction query
  case transactionListHint
  case onlySalesVoidable
  /// After a voided sale in the transaction list.
  case voidedMark
  // Settlement
  case batchShown(String)
  case totalLine(TransactionKind, count: Int, fen: Int)
  case netTotal(fen: Int)
  // Management
  /// The merchant name a new unit is set up with.
  case demoMerchantName
  case firmwareShown(String)
  case appVersionShown(String)
  case firmwareUpdateAvailable
  case firmwareUpdated(String)
  case firmwareUpdateFailed
  case scanAreaShown(full: Bool)
  case resolutionShown(standard: Bool)
  case scanSettingsReset
  case permissionShown(PaymentChannel, open: Bool)
  case permissionsHint
  case merchantNameShown(String)
  case merchantNumberShown(String)
  case terminalNumberShown(String)
  case connectionShown(ConnectionKind)
  case signalShown(bars: String, count: Int)
  case linkStatus(connected: Bool)
  case hostTimeoutShown(seconds: Int)
  case parametersHint
  // Results
  case failureMessage(TransactionFailure)
  case responseCodeShown(String)
  case suggestionText(Suggestion)
  case transactionKind(TransactionKind, PaymentMethod)
  case methodName(PaymentMethod)
  // Classification
  case ruleDescription(length: String, prefixes: String)
  case codeReason(CodeReason)
  case verdictName(CodeVerdict)
  case faultTitle(ScanFault)
  case classifyLabel(ClassifyField)
  case yesNo(Bool)
  case noneText
  case listSeparator
  case confidenceName(RuleConfidence)
  // Slips
  case slipFieldSeparator
  case slipTrainingMark
  case slipReprintMark
  case slipOriginalVoucher
  case slipOriginalReference
  case slipSignedElectronically
  case slipSignatureLine
  case slipAgreement
  // Journalling
  case recording(RecordingPhrase)
  // Checking profile files
  case profilesOK(files: Int)
  case profileProblems(findings: Int, unreadable: Int)

  /// The phrase in `language`.
  public func text(_ language: Language) -> String {
    switch language {
    case .zh: TerminalPhrasesZh.text(self)
    case .en: TerminalPhrasesEn.text(self)
    }
  }

  /// Seconds with one decimal, e.g. `12.4`, from milliseconds.
  static func seconds(_ milliseconds: Int) -> String {
    let tenths = (max(0, milliseconds) + 50) / 100
    return "\(tenths / 10).\(tenths % 10)"
  }
}
