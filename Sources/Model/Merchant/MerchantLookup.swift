/// What `pos-console lookup` (and the lookup screen) was asked: the numbers as typed.
public struct MerchantLookupRequest: Equatable, Sendable {
  public var number: String
  /// The merchant number printed on a slip, for the slip check (code jumping).
  public var slip: String?
  /// The terminal number printed on that slip.
  public var terminal: String?

  public init(number: String, slip: String? = nil, terminal: String? = nil) {
    self.number = number
    self.slip = slip
    self.terminal = terminal
  }
}

/// Which typed input was refused.
public enum MerchantLookupInput: String, Sendable, Codable {
  case number
  case slip
  case terminal
}

/// The answer to a lookup: a refused input, or the decoded number with directory and slip results.
public enum MerchantLookupOutcome: Equatable, Sendable {
  case malformed(input: MerchantLookupInput, typed: String, message: MerchantText)
  case decoded(DecodedMerchantNumber, record: MerchantRecord?, slipCheck: SlipCheckResult?)
}

/// A lookup's outcome with its exit code and renderings; everything the CLI prints is decided here.
public struct MerchantLookupReport: Equatable, Sendable {
  public let outcome: MerchantLookupOutcome

  public init(outcome: MerchantLookupOutcome) {
    self.outcome = outcome
  }

  /// Exit status of `pos-console lookup`.
  public enum ExitStatus: Int32, Sendable {
    /// Decoded and found in the directory (and the slip, if given, matches).
    case found = 0
    /// Decoded but not in the directory, or the slip does not match (code jumping).
    case notFoundOrMismatch = 1
    /// An input is malformed.
    case malformed = 2
  }

  /// Decodes the request, looks it up, and runs the slip check when a slip is given.
  public static func run(
    _ request: MerchantLookupRequest, tables: MerchantCodeTables, directory: MerchantDirectory
  ) throws(MerchantDirectoryError) -> MerchantLookupReport {
    let number: MerchantNumber
    do {
      number = try MerchantNumber(parsing: request.number)
    } catch {
      return MerchantLookupReport(
        outcome: .malformed(input: .number, typed: request.number, message: error.text))
    }
    var slip: MerchantNumber?
    if let typed = request.slip {
      do {
        slip = try MerchantNumber(parsing: typed)
      } catch {
        return MerchantLookupReport(
          outcome: .malformed(input: .slip, typed: typed, message: error.text))
      }
    }
    var terminal: TerminalNumber?
    if let typed = request.terminal {
      do {
        terminal = try TerminalNumber(parsing: typed)
      } catch {
        return MerchantLookupReport(
          outcome: .malformed(input: .terminal, typed: typed, message: error.text))
      }
    }
    let record = try directory.merchant(number)
    // A terminal without a slip number is checked against the merchant's own number.
    let slipNumber = slip ?? (terminal == nil ? nil : number)
    let slipCheck = try slipNumber.map { (slip) throws(MerchantDirectoryError) in
      try directory.checkSlip(slip, terminal: terminal, registeredNumber: number, tables: tables)
    }
    return MerchantLookupReport(
      outcome: .decoded(tables.decode(number), record: record, slipCheck: slipCheck))
  }

  public var exitStatus: ExitStatus {
    switch outcome {
    case .malformed:
      .malformed
    case .decoded(_, let record, let slipCheck):
      record == nil || slipCheck?.isMatch == false ? .notFoundOrMismatch : .found
    }
  }
}
