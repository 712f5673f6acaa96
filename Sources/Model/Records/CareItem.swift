/// The routine care the source article asks of a shop (cleaning, checking the cable and
/// charger, settling, keeping the firmware current, backing up the records), each with how
/// often it is due.
public enum CareItem: String, CaseIterable, Equatable, Sendable, Codable {
  case wipeWindow = "wipe-window"
  case settle
  case exportRecords = "export-records"
  case cableAndCharger = "cable-and-charger"
  case firmwareVersion = "firmware-version"

  public var cadence: CareCadence {
    switch self {
    case .wipeWindow, .settle, .exportRecords: .daily
    case .cableAndCharger, .firmwareVersion: .weekly
    }
  }
}

/// How often a care item is due.
public enum CareCadence: String, Equatable, Sendable, Codable {
  case daily
  case weekly

  /// Days a tick counts for: done today (daily) or within the last seven days (weekly).
  public var days: Int {
    switch self {
    case .daily: 1
    case .weekly: 7
    }
  }
}
