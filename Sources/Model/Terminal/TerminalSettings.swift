/// What the terminal is set up with: merchant identity, versions, permissions, network.
public struct TerminalSettings: Equatable, Sendable, Codable {
  /// Merchant number: 15 digits.
  public var merchantNumber = "822581054110001"
  /// Terminal number: 8 characters.
  public var terminalNumber = "10420001"
  /// Serial number (SN) from the label on the back; customer service asks for it.
  public var serialNumber = "N86A2250012345"
  /// Merchant name, as slips print it.
  public var merchantName = LocalizedText(TerminalPhrase.demoMerchantName)
  /// Firmware version the unit runs.
  public var firmwareVersion = "V2.3.8"
  /// What version info shows while the `firmware-old` fault is on.
  public var outdatedFirmwareVersion = "V1.2.0"
  /// Payment application version.
  public var appVersion = "V1.6.2"
  /// Scan payments are open for this terminal.
  public var scanPermission = true
  /// Card payments are open for this terminal.
  public var cardPermission = true
  /// How the unit reaches the host.
  public var connection = ConnectionKind.wifi
  /// Operator 01's sign-in password.
  public var operatorPassword = "0000"
  /// Supervisor password: needed for void and refund.
  public var supervisorPassword = "123456"
  /// Seconds the unit waits for the host before it gives up.
  public var hostTimeoutSeconds = 60

  /// The default demo terminal.
  public init() {}

  /// Refuses settings a real terminal could not have.
  public func validate() throws(SettingsError) {
    guard merchantNumber.count == 15, merchantNumber.allSatisfy(\.isASCIIDigit) else {
      throw .invalid(field: "merchantNumber", value: merchantNumber, expected: "15 digits")
    }
    guard terminalNumber.count == 8, terminalNumber.allSatisfy({ $0.isASCII && !$0.isWhitespace })
    else {
      throw .invalid(
        field: "terminalNumber", value: terminalNumber, expected: "8 letters or digits")
    }
    guard (6...24).contains(serialNumber.count),
      serialNumber.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
    else {
      throw .invalid(
        field: "serialNumber", value: serialNumber, expected: "6 to 24 letters, digits or -")
    }
    guard (4...6).contains(operatorPassword.count), operatorPassword.allSatisfy(\.isASCIIDigit)
    else { throw .invalid(field: "operatorPassword", value: "…", expected: "4 to 6 digits") }
    guard supervisorPassword.count == 6, supervisorPassword.allSatisfy(\.isASCIIDigit) else {
      throw .invalid(field: "supervisorPassword", value: "…", expected: "6 digits")
    }
    guard (5...300).contains(hostTimeoutSeconds) else {
      throw .invalid(
        field: "hostTimeoutSeconds", value: "\(hostTimeoutSeconds)", expected: "5 to 300")
    }
  }
}

/// How the terminal connects.
public enum ConnectionKind: String, Equatable, Sendable, Codable, CaseIterable {
  case wifi
  case mobile
}

/// A setting a real terminal could not have.
public enum SettingsError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `field` holds `value` but must be `expected`.
  case invalid(field: String, value: String, expected: String)

  public var description: String {
    switch self {
    case .invalid(let field, let value, let expected):
      return "terminal setting \(field) is \"\(value)\"; it must be \(expected)"
    }
  }
}
