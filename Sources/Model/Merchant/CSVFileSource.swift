#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A CSV file read with plain `read(2)` calls into the reader's buffer: no copy of the file
/// in memory, and no Foundation on the way.
public final class CSVFileSource: CSVByteSource {
  private let descriptor: Int32
  /// The file's size in bytes when it is a regular file (for progress), else nil.
  public let size: Int?

  /// Opens `path` for reading; nil with the system's reason when it cannot be opened.
  public init(path: String) throws(MerchantImportError) {
    // Non-blocking: opening a FIFO nobody writes to waited for ever (issue 20 item 8).
    descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
    }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      close(descriptor)
      throw .unreadableFile(
        path: path, reason: "not a regular file (a pipe, device or folder); name a .csv file")
    }
    size = Int(status.st_size)
  }

  deinit { close(descriptor) }

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    while true {
      #if canImport(Glibc)
        let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
      #else
        let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
      #endif
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw CSVFileReadError(reason: String(cString: strerror(errno)))
    }
  }
}

/// A read from an open CSV file failed (an I/O error, a directory given as the file).
struct CSVFileReadError: Error, CustomStringConvertible {
  let reason: String
  var description: String { reason }
}
