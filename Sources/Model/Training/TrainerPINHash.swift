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

  public var description: String { TrainingText.pinRefused(self).en }

  /// The message in `language`.
  public func message(_ language: Language) -> String { TrainingText.pinRefused(self)(language) }
}
