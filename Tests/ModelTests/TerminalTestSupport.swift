import Foundation
import XCTest

@testable import Model

/// Shared set-up for the terminal tests: the real data file and a signed-in unit.
enum TerminalFixture {
  static let repoRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let codesPath = repoRoot.appendingPathComponent("data/payment-codes.toml").path

  static func codes() throws -> PaymentCodeTable {
    try PaymentCodeTable(contentsOfFile: codesPath)
  }

  static func profilePath(_ name: String = "lakala-dianqian") -> String {
    repoRoot.appendingPathComponent("data/terminal-profiles/\(name).toml").path
  }

  /// A shipped terminal profile (the Lakala fen-shift one unless named).
  static func profile(_ name: String = "lakala-dianqian") throws -> TerminalProfile {
    try TerminalProfile(contentsOfFile: profilePath(name))
  }

  /// 2024-05-01 14:03:22 in Shanghai.
  static let saleDate = Date(timeIntervalSince1970: 1_714_543_402)
  static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

  static func clock(_ date: Date = saleDate) -> TerminalClock {
    .fixed(date, timeZone: shanghai)
  }

  /// A terminal signed in as operator 01, at the main menu.
  static func signedIn(
    faults: Set<ScanFault> = [], seed: UInt64 = 7, language: Language = .zh,
    ledger: TerminalLedger = TerminalLedger(), clock: TerminalClock = clock(),
    training: Bool = false, profile: TerminalProfile? = nil
  ) throws -> TerminalSimulator {
    var sim = TerminalSimulator(
      codes: try codes(), profile: try profile ?? Self.profile(), ledger: ledger,
      seed: seed, language: language,
      training: training, clock: clock)
    _ = sim.press(.confirm)
    _ = sim.send("0000")
    _ = sim.press(.confirm)
    // Signed in while the link worked (签到 needs the host); the faults come after.
    sim.faults = faults
    return sim
  }

  static let wechatCode = "134567890123456789"

  /// A WeChat code this unit has not seen (the host refuses a used one): `134567890…` with
  /// the count of codes it has seen in the last digits.
  static func freshCode(after ledger: TerminalLedger) -> String {
    let count = String(ledger.usedCodes.count + 1)
    return String(wechatCode.dropLast(count.count)) + count
  }
}

extension TerminalSimulator {
  /// One input, then the journal's answer when the unit asked for one: numbers from the
  /// unit's own counters, as a store that is the only writer would give.
  @discardableResult
  mutating func press(_ input: TerminalInput) -> [TerminalEvent] {
    handle(input) + journal()
  }

  /// Answers a pending request to journal with the next numbers of the unit's counters.
  @discardableResult
  mutating func journal() -> [TerminalEvent] {
    guard case .recording(let entry) = state, entry.failure == nil else { return [] }
    var counters = ledger
    let numbers = counters.issueNumbers(training: entry.pending.training)
    return answerRecording(.recorded(numbers))
  }

  /// Types keypad characters: digits and `.` (the point only matters on a decimal profile).
  @discardableResult
  mutating func send(_ keys: String) -> [TerminalEvent] {
    var events: [TerminalEvent] = []
    for key in keys {
      if key == "." {
        events += press(.point)
      } else if let digit = key.wholeNumberValue {
        events += press(.digit(digit))
      }
    }
    return events
  }

  /// From the main menu: the scan entry, amount in fen (`1250` is 12.50), confirm —
  /// now at "请出示付款码".
  mutating func startScan(_ amount: String) {
    _ = perform(.scanSale)
    typeAmount(amount)
    _ = press(.confirm)
  }

  /// Types `yuan` (e.g. `12.30`) as the profile keys it: `1230` on a fen-shift unit,
  /// as written on a decimal-key unit. Text that is not an amount is typed as is.
  mutating func typeAmount(_ yuan: String) {
    guard profile.amountEntry == .fenShift, let amount = try? Amount.parse(yuan) else {
      send(yuan)
      return
    }
    send(String(amount.fen))
  }

  /// A whole scan sale with a typed code; returns the events of submitting it.
  mutating func scanSale(_ amount: String, code: String? = nil) -> [TerminalEvent] {
    startScan(amount)
    return press(.text((code ?? TerminalFixture.freshCode(after: ledger)) + "\n"))
  }

  /// A card sale through signature; returns every event from the PIN onwards.
  mutating func cardSale(_ amount: String, mode: CardEntryMode = .insert) -> [TerminalEvent] {
    _ = perform(.cardSale)
    typeAmount(amount)
    _ = press(.confirm)
    _ = press(.presentCard(mode))
    send("123456")
    var events = press(.confirm)
    guard case .signature = state else { return events }
    _ = press(.arrow(.right))
    _ = press(.arrow(.down))
    events += press(.confirm)
    return events
  }

  var screenText: String { screen.plainText.joined(separator: "\n") }

  /// `count` simulated seconds.
  @discardableResult
  mutating func wait(seconds count: Int) -> [TerminalEvent] {
    (0..<count).flatMap { _ in press(.tick) }
  }

  var declinedFailure: TransactionFailure? {
    if case .result(let result) = state, case .declined(let failure) = result.outcome {
      return failure
    }
    return nil
  }

  var approvedRecord: TransactionRecord? {
    if case .result(let result) = state, case .approved(let record) = result.outcome {
      return record
    }
    return nil
  }
}

extension [TerminalEvent] {
  var completed: [TransactionRecord] {
    compactMap { if case .transactionCompleted(let r) = $0 { r } else { nil } }
  }
  var slips: [Slip] {
    compactMap { if case .slipPrinted(let s) = $0 { s } else { nil } }
  }
  var suggestions: [Suggestion] {
    compactMap { if case .suggestion(let s) = $0 { s } else { nil } }
  }
  var surfaced: [ScanFault] {
    compactMap { if case .faultSurfaced(let f) = $0 { f } else { nil } }
  }
}
