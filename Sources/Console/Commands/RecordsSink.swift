import ArgumentParser
import Foundation
import Model

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an export's text goes: a file (written beside and renamed into place when complete,
/// so a half-written backup never stands in for a whole one) or standard output.
final class RecordsSink {
  private let path: String?
  private let handle: FileHandle
  private let partial: String?

  init(path: String?, language: Language) throws {
    self.path = path
    guard let path else {
      handle = FileHandle.standardOutput
      partial = nil
      return
    }
    let partial = path + ".partial"
    guard FileManager.default.createFile(atPath: partial, contents: nil),
      let handle = FileHandle(forWritingAtPath: partial)
    else {
      printError(
        RecordsText.cannotWrite(path: path, reason: String(cString: strerror(errno)))(language))
      throw ExitCode(2)
    }
    self.handle = handle
    self.partial = partial
  }

  func write(_ text: String) throws {
    try handle.write(contentsOf: Data(text.utf8))
  }

  func close(language: Language) throws {
    guard let path, let partial else { return }
    do {
      try handle.synchronize()
      try handle.close()
      if rename(partial, path) != 0 {
        throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
      }
    } catch {
      printError(RecordsText.cannotWrite(path: path, reason: "\(error)")(language))
      throw ExitCode(2)
    }
  }
}

/// "exporting sessions: 120000/1000000" on standard error, redrawn in place, only on a terminal.
final class RecordsProgress {
  private let language: Language
  private let drawing = isatty(2) == 1
  private var drawn = false

  init(language: Language) {
    self.language = language
  }

  func show(table: String, done: Int, total: Int) {
    guard drawing else { return }
    let text =
      total > 0
      ? RecordsText.exportProgress(table: table, done: done, total: total)(language)
      : "\(table): \(done)"
    printErrorRaw("\r\u{1B}[K" + text)
    drawn = true
  }

  func clear() {
    guard drawn else { return }
    printErrorRaw("\r\u{1B}[K")
    drawn = false
  }

  private func printErrorRaw(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  }
}
