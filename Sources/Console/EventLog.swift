import Foundation
import Glibc

/// Appends lines to `pos-console.log` in the data dir. Nothing is ever printed
/// into the curses screen; this file is where the console's own notes go.
final class EventLog: @unchecked Sendable {
  private let file: UnsafeMutablePointer<FILE>?
  // Slow work writes from its own thread: one line at a time.
  private let lock = NSLock()

  init(directory: String) {
    // Owner-only from the first byte, whatever the umask: the log names merchants.
    let descriptor = open(
      directory + "/pos-console.log", O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    file = descriptor >= 0 ? fdopen(descriptor, "a") : nil
    if descriptor >= 0 && file == nil { close(descriptor) }
  }

  deinit {
    if let file { fclose(file) }
  }

  func write(_ message: String) {
    guard let file else { return }
    lock.lock()
    defer { lock.unlock() }
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    var stamp = [CChar](repeating: 0, count: 32)
    strftime(&stamp, stamp.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
    let prefix = String(
      decoding: stamp.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    fputs(prefix + " " + message + "\n", file)
    fflush(file)
  }
}
