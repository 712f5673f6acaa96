import Glibc
import Synchronization

/// Appends lines to `pos-console.log` in the data dir. Nothing is ever printed
/// into the curses screen; this file is where the console's own notes go.
final class EventLog: Sendable {
  /// The open file; work off the loop writes too, so one line at a time, under the lock.
  private let file: Mutex<UnsafeMutablePointer<FILE>?>

  init(directory: String) {
    // Owner-only from the first byte, whatever the umask: the log names merchants.
    let descriptor = open(
      directory + "/pos-console.log", O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    let opened = descriptor >= 0 ? fdopen(descriptor, "a") : nil
    if descriptor >= 0 && opened == nil { close(descriptor) }
    file = Mutex(opened)
  }

  deinit {
    file.withLock { if let stream = $0 { fclose(stream) } }
  }

  func write(_ message: String) {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    var stamp = [CChar](repeating: 0, count: 32)
    strftime(&stamp, stamp.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
    let prefix = String(
      decoding: stamp.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    file.withLock {
      guard let stream = $0 else { return }
      fputs(prefix + " " + message + "\n", stream)
      fflush(stream)
    }
  }
}
