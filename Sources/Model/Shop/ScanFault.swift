/// A fault the simulated terminal can be given; any number can be on at once.
///
/// The raw values are stable IDs used on the command line (`--fault`) and by training.
public enum ScanFault: String, CaseIterable, Sendable, Codable, Comparable {
  case cameraBroken = "camera-broken"
  case lensDirty = "lens-dirty"
  case lowLight = "low-light"
  case glare
  case permissionOff = "permission-off"
  case firmwareOld = "firmware-old"
  case unsupportedCode = "unsupported-code"
  case codeExpired = "code-expired"
  case networkDown = "network-down"
  case weakSignal = "weak-signal"
  case serverMaintenance = "server-maintenance"
  case merchantRiskHold = "merchant-risk-hold"
  case wrongKey = "wrong-key"
  case cardPermissionOff = "card-permission-off"
  case wrongPIN = "wrong-pin"
  case insufficientFunds = "insufficient-funds"

  /// Faults order as declared, so lists print the same way every time.
  public static func < (lhs: ScanFault, rhs: ScanFault) -> Bool {
    let order = allCases
    return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
  }

  /// Parses `lens-dirty,glare`: IDs separated by commas, spaces around them ignored.
  /// An empty text is no faults.
  public static func parseList(_ text: String) throws(ScanFaultError) -> Set<ScanFault> {
    if text.trimmingSpaces().isEmpty { return [] }
    var faults: Set<ScanFault> = []
    for (index, item) in text.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
      let id = String(item).trimmingSpaces()
      guard !id.isEmpty else { throw .emptyItem(position: index + 1) }
      guard let fault = ScanFault(rawValue: id) else {
        throw .unknownID(id, position: index + 1)
      }
      faults.insert(fault)
    }
    return faults
  }

  /// The fault's name in `language`, for trainers' lists.
  public func title(_ language: Language) -> String {
    TerminalPhrase.faultTitle(self).text(language)
  }
}

/// Why a `--fault` list could not be read.
public enum ScanFaultError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An ID that is not one of `ScanFault`'s, at this 1-based position in the list.
  case unknownID(String, position: Int)
  /// Two commas with nothing between them, at this 1-based position.
  case emptyItem(position: Int)

  public var description: String {
    let known = ScanFault.allCases.map(\.rawValue).joined(separator: ", ")
    switch self {
    case .unknownID(let id, let position):
      return "unknown fault \"\(id)\" (item \(position)); known faults: \(known)"
    case .emptyItem(let position):
      return "empty fault name at item \(position); separate IDs with single commas"
    }
  }
}
