import Foundation

/// Where the terminal gets the time from; injected so slips and tests are reproducible.
public struct TerminalClock: Sendable {
  /// The current time.
  public var now: @Sendable () -> Date
  /// The zone slips show times in and refund dates are compared in.
  public var timeZone: TimeZone

  /// A clock from any time source.
  public init(timeZone: TimeZone, now: @escaping @Sendable () -> Date) {
    self.now = now
    self.timeZone = timeZone
  }

  /// The machine's clock and zone.
  public static var system: TerminalClock { TerminalClock(timeZone: .current) { Date() } }

  /// A clock that always answers `date`, for tests and replays.
  public static func fixed(_ date: Date, timeZone: TimeZone) -> TerminalClock {
    TerminalClock(timeZone: timeZone) { date }
  }

  /// Calendar fields of `date` in this clock's zone.
  func fields(of date: Date) -> DateComponents {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
  }

  /// `2024-05-01 14:03:22` in this clock's zone.
  func stamp(_ date: Date) -> String {
    let f = fields(of: date)
    return "\(f.year ?? 0)-\(pad2(f.month))-\(pad2(f.day)) "
      + "\(pad2(f.hour)):\(pad2(f.minute)):\(pad2(f.second))"
  }

  /// `14:03` in this clock's zone.
  func time(_ date: Date) -> String {
    let f = fields(of: date)
    return "\(pad2(f.hour)):\(pad2(f.minute))"
  }

  /// `0501` (month and day), as the terminal asks for a refund's original date.
  func monthDay(_ date: Date) -> String {
    let f = fields(of: date)
    return pad2(f.month) + pad2(f.day)
  }

  /// Whether two instants fall on the same calendar day in this zone.
  func sameDay(_ a: Date, _ b: Date) -> Bool {
    let x = fields(of: a)
    let y = fields(of: b)
    return x.year == y.year && x.month == y.month && x.day == y.day
  }

  private func pad2(_ value: Int?) -> String { zeroPadded(value ?? 0, width: 2) }
}

/// `value` in decimal, left-padded with zeros to `width` digits.
func zeroPadded(_ value: Int, width: Int) -> String {
  let digits = String(value)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
