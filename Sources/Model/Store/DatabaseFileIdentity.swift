#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which file a connection opened, so a write can tell that the file at its path is no
/// longer its database: replaced (another inode: `mv`, a restore, an editor's save) or
/// overwritten in place (no SQLite header). SQLite itself goes on writing to the old,
/// unlinked inode and reports success: four sales showed "approved" and were lost.
struct DatabaseFileIdentity: Equatable, Sendable {
  let device: UInt64
  let inode: UInt64

  /// The identity of the file at `path` now; nil when there is none.
  static func of(_ path: String) -> DatabaseFileIdentity? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return DatabaseFileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
  }

  /// Why the file at `path` is no longer this database; nil while it still is.
  func change(at path: String) -> String? {
    guard let now = Self.of(path) else { return "the database file \(path) was removed" }
    guard now == self else { return "the database file \(path) was replaced by another file" }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }  // unreadable now: SQLite's error will say
    defer { close(descriptor) }
    var header = [UInt8](repeating: 0, count: 16)
    let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 16) }
    // An empty file is a database SQLite has not written a page of yet.
    if count == 0 { return nil }
    guard count == 16, header == Array("SQLite format 3\0".utf8) else {
      return "the database file \(path) was overwritten (no SQLite header)"
    }
    return nil
  }
}
