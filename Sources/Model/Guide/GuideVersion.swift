import Foundation

/// A dotted version such as `3.2.1` (an optional leading `V` is ignored), compared numerically.
public struct GuideVersion: Equatable, Comparable, Sendable, CustomStringConvertible {
  public var parts: [Int]

  /// Parses `text`; nil unless it is 1 to 6 dot-separated groups of at most 6 digits each.
  public init?(_ text: String) {
    var body = Substring(text.trimmingCharacters(in: .whitespaces))
    if let first = body.first, first == "V" || first == "v" { body = body.dropFirst() }
    let groups = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...6).contains(groups.count) else { return nil }
    var parts: [Int] = []
    for group in groups {
      guard (1...6).contains(group.count), group.allSatisfy({ $0.isASCII && $0.isNumber }),
        let value = Int(group)
      else { return nil }
      parts.append(value)
    }
    self.parts = parts
  }

  public var description: String { parts.map(String.init).joined(separator: ".") }

  /// Missing trailing groups count as zero, so 3.2 == 3.2.0.
  public static func < (lhs: GuideVersion, rhs: GuideVersion) -> Bool {
    let count = max(lhs.parts.count, rhs.parts.count)
    for index in 0..<count {
      let left = index < lhs.parts.count ? lhs.parts[index] : 0
      let right = index < rhs.parts.count ? rhs.parts[index] : 0
      if left != right { return left < right }
    }
    return false
  }

  public static func == (lhs: GuideVersion, rhs: GuideVersion) -> Bool {
    !(lhs < rhs) && !(rhs < lhs)
  }
}
