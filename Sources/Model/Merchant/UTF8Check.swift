/// Whether bytes are well-formed UTF-8 (no overlong forms, surrogates or values past
/// U+10FFFF), checked in place: `String(validating:)` would build a string for every row.
enum UTF8Check {
  static func isValid(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      let count = buffer.count
      while index < count {
        let lead = buffer[index]
        if lead < 0x80 {
          index += 1
          continue
        }
        // The allowed range of the second byte narrows for E0, ED, F0 and F4 (RFC 3629).
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
          length = 3
          low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
          length = 3
          high = 0x9F
        case 0xF0:
          length = 4
          low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
          length = 4
          high = 0x8F
        default: return false
        }
        guard index + length <= count else { return false }
        guard (low...high).contains(buffer[index + 1]) else { return false }
        for offset in 2..<max(2, length) where !(0x80...0xBF).contains(buffer[index + offset]) {
          return false
        }
        index += length
      }
      return true
    }
  }
}
