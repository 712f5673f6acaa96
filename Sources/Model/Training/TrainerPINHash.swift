import Crypto
import Foundation
import _CryptoExtras

/// A trainer PIN as stored: salt, PBKDF2-SHA256 hash and iteration count, never the PIN.
public struct TrainerPINHash: Equatable, Sendable {
  /// Random bytes mixed into the hash so equal PINs never store equal hashes.
  public var salt: [UInt8]
  /// PBKDF2-HMAC-SHA256 of the PIN with `salt`.
  public var hash: [UInt8]
  /// PBKDF2 rounds used; kept with the hash so the cost can be raised later.
  public var iterations: Int

  /// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
  public static let defaultIterations = 600_000
  static let saltByteCount = 16
  static let hashByteCount = 32

  public init(salt: [UInt8], hash: [UInt8], iterations: Int) {
    self.salt = salt
    self.hash = hash
    self.iterations = iterations
  }

  /// Hashes `pin` with a fresh random salt.
  public static func make(pin: String, iterations: Int = defaultIterations) throws(TrainerPINError)
    -> TrainerPINHash
  {
    try TrainerPINPolicy.check(pin)
    var generator = SystemRandomNumberGenerator()
    let salt = (0..<saltByteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    return TrainerPINHash(
      salt: salt, hash: try derive(pin, salt: salt, iterations: iterations),
      iterations: iterations)
  }

  /// Whether `pin` is the PIN this hash was made from (compared in constant time).
  public func matches(_ pin: String) -> Bool {
    guard let candidate = try? Self.derive(pin, salt: salt, iterations: iterations),
      candidate.count == hash.count
    else { return false }
    var difference: UInt8 = 0
    for (a, b) in zip(candidate, hash) { difference |= a ^ b }
    return difference == 0
  }

  static func derive(_ pin: String, salt: [UInt8], iterations: Int) throws(TrainerPINError)
    -> [UInt8]
  {
    guard iterations >= 1 else { throw .storedHashUnusable("iterations \(iterations) < 1") }
    do {
      // Tests use fewer rounds than the library's 210 000 floor to stay fast;
      // production always asks for `defaultIterations`.
      let key = try KDF.Insecure.PBKDF2.deriveKey(
        from: Array(pin.utf8), salt: salt, using: .sha256, outputByteCount: hashByteCount,
        unsafeUncheckedRounds: iterations)
      return key.withUnsafeBytes { Array($0) }
    } catch {
      throw .storedHashUnusable("PBKDF2 failed: \(error)")
    }
  }
}

/// Why a PIN could not be set or checked; never contains the PIN itself.
public enum TrainerPINError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The PIN has characters other than 0–9.
  case notDigits
  /// The PIN has this many digits, outside 6–12.
  case wrongLength(Int)
  /// The PIN is one anybody would guess first.
  case tooEasy(TrainerPINWeakness)
  /// The two entries differ.
  case entriesDiffer
  /// The stored record cannot be used (what is wrong with it).
  case storedHashUnusable(String)

  public var description: String {
    switch self {
    case .notDigits: "the PIN must be digits 0-9 only"
    case .wrongLength(let n):
      "the PIN has \(n) digits; use \(TrainerPINPolicy.minimumLength) to \(TrainerPINPolicy.maximumLength)"
    case .tooEasy(let weakness):
      "the PIN is too easy to guess (\(weakness.text(.en))); choose another"
    case .entriesDiffer: "the two entries differ; type the same PIN twice"
    case .storedHashUnusable(let why):
      "the stored trainer PIN cannot be used (\(why)); set it again with `pos-console trainer set-pin`"
    }
  }

  /// The message in `language`.
  public func message(_ language: Language) -> String {
    switch (self, language) {
    case (.notDigits, .zh): "PIN 只能是数字 0-9"
    case (.wrongLength(let n), .zh):
      "PIN 为 \(n) 位；请用 \(TrainerPINPolicy.minimumLength)-\(TrainerPINPolicy.maximumLength) 位数字"
    case (.tooEasy(let weakness), .zh): "PIN 太容易被猜到（\(weakness.text(.zh))），请换一个"
    case (.entriesDiffer, .zh): "两次输入不一致，请输入相同的 PIN"
    case (.storedHashUnusable, .zh): "保存的培训员 PIN 无法使用；请用 pos-console trainer set-pin 重新设置"
    case (_, .en): description
    }
  }
}
