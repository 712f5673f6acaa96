import Foundation

/// Fresh IDs for the loop: random UUIDs (version 4) from one random start per console and a
/// counter, so no two consoles or sessions share one.
///
/// The loop hands every action a fresh ID, though few use it (a self-check session's start).
/// `UUID()` opened, read and closed /dev/urandom for each one, a key press's most costly
/// system calls; the start is drawn once and each ID after it costs an addition.
final class SessionIDs {
  private var high: UInt64
  private var low: UInt64

  init() {
    var generator = SystemRandomNumberGenerator()
    high = generator.next()
    low = generator.next()
  }

  func next() -> String {
    low &+= 1
    if low == 0 { high &+= 1 }
    var bytes = (high.bigEndian, low.bigEndian)
    return withUnsafeBytes(of: &bytes) { raw -> String in
      var b = Array(raw)
      b[6] = b[6] & 0x0F | 0x40  // version 4
      b[8] = b[8] & 0x3F | 0x80  // RFC 4122 variant
      return UUID(
        uuid: (
          b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
          b[13], b[14], b[15]
        )
      ).uuidString
    }
  }
}
