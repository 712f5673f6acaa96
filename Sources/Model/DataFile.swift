import Foundation
import Glibc

/// Reads a data file people edit (theme, guide, scenario, code table) safely: only a
/// regular file, at most `maximumBytes`, and only UTF-8 text. `/dev/zero` or a huge file
/// is refused before anything is read; a Latin-1 file is called what it is.
public enum DataFile {
  /// No theme, guide or table comes anywhere near this; more means a wrong file.
  public static let maximumBytes = 16 * 1024 * 1024

  /// `read` as a value, for reports that go on past a refused file.
  public static func result(_ path: String) -> Result<String, DataFileError> {
    do throws(DataFileError) {
      return .success(try read(path))
    } catch {
      return .failure(error)
    }
  }

  /// The file's text, or why it cannot be used.
  ///
  /// Plain system calls, not `FileManager`/`FileHandle`: the theme is read before the
  /// first frame, and Foundation's attribute lookup also resolved the owner's and group's
  /// names (nsswitch, /etc/passwd, /etc/group) and faulted in its code on every start.
  public static func read(_ path: String) throws(DataFileError) -> String {
    // Non-blocking, so a pipe or a device is never waited on before it is refused.
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { throw unreadable(path) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw unreadable(path) }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw DataFileError(file: path, line: 1, problem: .notARegularFile)
    }
    if Int(info.st_size) > maximumBytes {
      throw DataFileError(file: path, line: 1, problem: .tooLarge(bytes: Int(info.st_size)))
    }
    // Never more than the limit, even when the file grows while it is read.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(info.st_size) + 1)
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while bytes.count <= maximumBytes {
      let got = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if got < 0 && errno == EINTR { continue }
      guard got >= 0 else { throw unreadable(path) }
      if got == 0 { break }
      bytes += chunk[..<got]
    }
    let count = bytes.count
    guard count <= maximumBytes else {
      throw DataFileError(file: path, line: 1, problem: .tooLarge(bytes: count))
    }
    // A byte-order mark some editors write is not part of the text.
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
    guard let text = String(validating: body, as: UTF8.self) else {
      throw DataFileError(file: path, line: firstInvalidLine(Data(bytes)), problem: .notUTF8)
    }
    return text
  }

  private static func unreadable(_ path: String) -> DataFileError {
    let why = String(cString: strerror(errno))
    return DataFileError(file: path, line: 1, problem: .unreadable(why))
  }

  /// The 1-based line of the first byte sequence that is not UTF-8.
  static func firstInvalidLine(_ data: Data) -> Int {
    var line = 1
    var lineStart = data.startIndex
    for index in data.indices where data[index] == 0x0A {
      if String(data: data[lineStart..<index], encoding: .utf8) == nil { return line }
      line += 1
      lineStart = index + 1
    }
    return line
  }
}

/// Why a data file cannot be read, with where: `file:line: problem`.
public struct DataFileError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var problem: DataFileProblem

  public init(file: String, line: Int, problem: DataFileProblem) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  public var description: String { message(.en) }

  /// `file:line: what is wrong` in `language`.
  public func message(_ language: Language) -> String {
    "\(file):\(line): \(problem.text(language))"
  }
}

/// What is wrong with a data file as a whole.
public enum DataFileProblem: Equatable, Sendable {
  case unreadable(String)
  case notARegularFile
  case tooLarge(bytes: Int)
  case notUTF8

  public func text(_ language: Language) -> String { DataText.fileProblem(self)(language) }
}
