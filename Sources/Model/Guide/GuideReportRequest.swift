/// What `pos-console report` was asked for, and what it prints and exits with.
public struct GuideReportRequest: Equatable, Sendable {
  /// Which session to report.
  public enum Selection: Equatable, Sendable {
    case last
    case session(String)
  }

  /// Output format.
  public enum Format: String, Equatable, Sendable, CaseIterable {
    case text
    case json
  }

  public var selection: Selection
  public var format: Format
  public var language: Language

  public init(selection: Selection, format: Format, language: Language) {
    self.selection = selection
    self.format = format
    self.language = language
  }

  /// What to print on stdout and stderr, and the exit code: 0 printed, 1 no such session,
  /// 2 the store or the session's guide cannot be read.
  public struct Result: Equatable, Sendable {
    public var output: String
    public var error: String
    public var exitCode: Int32
  }

  /// Finds the session in `store`, replays it on its guide from `guides`, and renders it.
  public func run(store: GuideSessionStore, guides: [Guide]) -> Result {
    let record: GuideSessionRecord?
    do {
      switch selection {
      case .last: record = try store.latest()
      case .session(let id): record = try store.session(id)
      }
    } catch {
      return failure(2, .sessionsUnreadable("\(error)"))
    }
    guard let record else {
      switch selection {
      case .last:
        return failure(1, .noSessionsYet)
      case .session(let id):
        return failure(1, .noSuchSession("\(id)"))
      }
    }
    guard let guide = guides.first(where: { $0.id == record.guideID }) else {
      return failure(2, .sessionGuideMissing(record.guideID))
    }
    let engine: GuideEngine
    do {
      engine = try store.resume(record, guide: guide).engine
    } catch {
      return failure(2, .sessionNotRebuilt("\(error)"))
    }
    let report = GuideReport(engine: engine, sessionID: record.id, state: record.state)
    switch format {
    case .text: return Result(output: report.text(language), error: "", exitCode: 0)
    case .json: return Result(output: report.json(), error: "", exitCode: 0)
    }
  }

  private func failure(_ code: Int32, _ message: GuideText) -> Result {
    Result(output: "", error: message(language) + "\n", exitCode: code)
  }
}
