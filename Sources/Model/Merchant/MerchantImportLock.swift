#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keeps two imports into one database apart: an import builds the new directory over many
/// transactions, so a second one running meanwhile would build on a directory about to be
/// replaced. An advisory lock on `<database>.import-lock` is held for the whole import; the
/// kernel drops it if the process dies, so a crashed import never blocks the next one.
final class MerchantImportLock {
  private let descriptor: Int32

  /// Takes the lock for the database at `databasePath`, or says that another import holds it.
  /// In-memory databases (tests) need no lock: nothing else can reach them.
  init?(databasePath: String) throws(MerchantImportError) {
    guard !databasePath.isEmpty, databasePath != ":memory:" else { return nil }
    let path = databasePath + ".import-lock"
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw .database(message: "\(path): \(String(cString: strerror(errno)))")
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      throw .database(
        message: "another merchants import is running on this data directory; wait for it to end")
    }
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
