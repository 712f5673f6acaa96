/// A colour as a theme names it, before the terminal's colour depth is known.
enum ColorSpec: Hashable, Sendable {
  case terminalDefault
  /// One of the 16 ANSI colours, 0–15.
  case ansi(Int)
  /// An xterm-256 palette index.
  case indexed(Int)
  case rgb(UInt8, UInt8, UInt8)

  static let names: [String: Int] = [
    "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6,
    "white": 7, "gray": 8, "grey": 8, "bright-black": 8, "bright-red": 9, "bright-green": 10,
    "bright-yellow": 11, "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14,
    "bright-white": 15,
  ]

  /// Parses `#rrggbb`, an ANSI name, or `default`; `nil` when it is none of these.
  init?(parsing text: String) {
    let lower = text.lowercased()
    if lower == "default" || lower == "reset" {
      self = .terminalDefault
    } else if let index = Self.names[lower] {
      self = .ansi(index)
    } else if lower.hasPrefix("#"), lower.count == 7,
      let value = UInt32(lower.dropFirst(), radix: 16)
    {
      self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    } else {
      return nil
    }
  }
}

/// How many colours the terminal can show, read at run time.
enum ColorLevel: Sendable, Equatable, CustomStringConvertible {
  case none
  case basic8
  case basic16
  case indexed256

  // Spelled out: interpolating an enum without a description goes through reflection,
  // which cost a millisecond of every start-up (the log line names the level).
  var description: String {
    switch self {
    case .none: "none"
    case .basic8: "basic8"
    case .basic16: "basic16"
    case .indexed256: "indexed256"
    }
  }

  /// The level for a terminal reporting `colors`, or none when colour is refused.
  static func detect(hasColors: Bool, colors: Int, noColor: Bool) -> ColorLevel {
    if noColor || !hasColors { return .none }
    if colors >= 256 { return .indexed256 }
    if colors >= 16 { return .basic16 }
    return .basic8
  }

  /// The terminal colour number for `spec` at this level; -1 is the terminal's default.
  func number(for spec: ColorSpec) -> Int {
    switch (self, spec) {
    case (.none, _), (_, .terminalDefault): return -1
    case (.basic8, .ansi(let i)): return i % 8
    case (_, .ansi(let i)): return i
    case (.indexed256, .indexed(let i)): return i
    case (.indexed256, .rgb(let r, let g, let b)): return Self.cubeIndex(r, g, b)
    case (_, .indexed(let i)): return nearestAnsi(Self.rgbOf(index: i))
    case (_, .rgb(let r, let g, let b)): return nearestAnsi((Int(r), Int(g), Int(b)))
    }
  }

  private func nearestAnsi(_ color: (Int, Int, Int)) -> Int {
    let count = self == .basic8 ? 8 : 16
    var best = 0
    var bestDistance = Int.max
    for i in 0..<count {
      let c = Self.rgbOf(index: i)
      let d =
        (c.0 - color.0) * (c.0 - color.0) + (c.1 - color.1) * (c.1 - color.1)
        + (c.2 - color.2) * (c.2 - color.2)
      if d < bestDistance {
        best = i
        bestDistance = d
      }
    }
    return best
  }

  /// The xterm-256 index closest to an RGB colour (6x6x6 cube or grey ramp).
  static func cubeIndex(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
    func level(_ v: UInt8) -> Int { v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
    let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
    let cubeRGB = rgbOf(index: cube)
    let average = (Int(r) + Int(g) + Int(b)) / 3
    let grey = average > 238 ? 255 : 232 + max(0, (average - 3) / 10)
    let greyRGB = rgbOf(index: min(grey, 255))
    func distance(_ c: (Int, Int, Int)) -> Int {
      (c.0 - Int(r)) * (c.0 - Int(r)) + (c.1 - Int(g)) * (c.1 - Int(g)) + (c.2 - Int(b))
        * (c.2 - Int(b))
    }
    return distance(greyRGB) < distance(cubeRGB) ? min(grey, 255) : cube
  }

  /// The RGB value xterm uses for a palette index.
  static func rgbOf(index: Int) -> (Int, Int, Int) {
    let ansi: [(Int, Int, Int)] = [
      (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
      (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
      (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    if index < 16 { return ansi[max(0, index)] }
    if index >= 232 {
      return ((index - 232) * 10 + 8, (index - 232) * 10 + 8, (index - 232) * 10 + 8)
    }
    let i = index - 16
    let steps = [0, 95, 135, 175, 215, 255]
    return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
  }
}
