import Foundation

/// A guide file's name and text, read from a path the caller gave.
public struct GuideSourceFile: Equatable, Sendable {
  public var path: String
  public var text: String

  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }

  /// Reads each path; a directory stands for its `*.toml` files in name order.
  /// Paths that cannot be read come back as `unreadable` issues rather than errors.
  public static func read(paths: [String]) -> (files: [GuideSourceFile], issues: [GuideIssue]) {
    var files: [GuideSourceFile] = []
    var issues: [GuideIssue] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        issues.append(unreadable(path, reason: "no such file or directory"))
        continue
      }
      var members = [path]
      if isDirectory.boolValue {
        guard let names = try? manager.contentsOfDirectory(atPath: path) else {
          issues.append(unreadable(path, reason: "cannot list the directory"))
          continue
        }
        // The case book beside the guides is the prover's, not a guide.
        members = names.filter { $0.hasSuffix(".toml") && $0 != caseBookName }.sorted().map {
          (path as NSString).appendingPathComponent($0)
        }
        if members.isEmpty {
          issues.append(unreadable(path, reason: "no .toml files in the directory"))
        }
      }
      for member in members {
        do {
          files.append(GuideSourceFile(path: member, text: try DataFile.read(member)))
        } catch {
          issues.append(
            GuideIssue(
              kind: .unusableFile(error.problem), file: member, line: error.line, stepID: nil))
        }
      }
    }
    return (files, issues)
  }

  private static func unreadable(_ path: String, reason: String) -> GuideIssue {
    GuideIssue(kind: .unreadable(reason: reason), file: path, line: 1, stepID: nil)
  }
}

/// The prover's case book, kept in the guides directory but not a guide itself.
public let caseBookName = "cases.toml"
