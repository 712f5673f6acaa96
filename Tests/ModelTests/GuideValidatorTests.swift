import Model
import XCTest

final class GuideValidatorTests: XCTestCase {
  /// A small valid guide; each test breaks one thing in it.
  private let header = """
    id = "t"
    title = { zh = "测试", en = "Test" }

    [[start]]
    symptom = "s"
    title = { zh = "症状", en = "Symptom" }
    meanwhile = { zh = "先收现金", en = "Take cash first" }
    step = "a"

    """

  private func step(
    _ id: String, kind: String = "question", topics: String = "[\"device\"]", body: String
  ) -> String {
    """

    [[step]]
    id = "\(id)"
    kind = "\(kind)"
    topics = \(topics)
    \(body)

    """
  }

  private let question = """
    text = { zh = "问", en = "Ask" }
    options = [
      { zh = "是", en = "Yes", next = "v" },
    ]
    """

  private let verdict = """
    title = { zh = "因", en = "Cause" }
    text = { zh = "因为", en = "Because" }
    fix = { zh = "修", en = "Fix" }
    """

  private func issues(_ source: String) -> [GuideIssue] {
    GuideValidator.issues(source: source, file: "t.toml")
  }

  private func lineOf(_ needle: String, in source: String) -> Int {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    return (lines.firstIndex { $0.contains(needle) } ?? -1) + 1
  }

  func test_validGuide_hasNoIssues() {
    let source = header + step("a", body: question) + step("v", kind: "verdict", body: verdict)
    XCTAssertEqual(issues(source), [])
  }

  func test_syntaxError_isReportedWithFileLineAndColumn() {
    let source = header + "\n[[step]]\nid = \"a\nkind = \"question\"\n"
    let found = issues(source)
    XCTAssertEqual(found.count, 1)
    guard case .syntax = found.first?.kind else { return XCTFail("\(found)") }
    XCTAssertEqual(found.first?.line, lineOf("id = \"a", in: source))
    XCTAssertNotNil(found.first?.column)
    XCTAssertTrue(
      found.first?.location.hasPrefix("t.toml:\(lineOf("id = \"a", in: source)):") ?? false)
    let report = GuideValidationReport(issues: found, fileCount: 1, strict: false)
    XCTAssertEqual(report.exitCode, 1)
  }

  func test_referenceToMissingStep_namesFieldLineAndStep() {
    let source =
      header
      + step("a", body: question.replacingOccurrences(of: "next = \"v\"", with: "next = \"gone\""))
      + step("v", kind: "verdict", body: verdict)
    let found = issues(source).filter {
      if case .missingStep = $0.kind { true } else { false }
    }
    XCTAssertEqual(found.count, 1)
    XCTAssertEqual(found.first?.kind, .missingStep(field: "options[0].next", target: "gone"))
    XCTAssertEqual(found.first?.stepID, "a")
    XCTAssertEqual(found.first?.line, lineOf("id = \"a\"", in: source))
  }

  func test_duplicateStepID_pointsAtTheSecondAndNamesTheFirstLine() {
    let source =
      header + step("a", body: question) + step("v", kind: "verdict", body: verdict)
      + step("v", kind: "verdict", body: verdict)
    let found = issues(source).filter {
      if case .duplicateStepID = $0.kind { true } else { false }
    }
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .filter { $0.element == "id = \"v\"" }.map { $0.offset + 1 }
    XCTAssertEqual(lines.count, 2)
    XCTAssertEqual(
      found,
      [
        GuideIssue(
          kind: .duplicateStepID(firstLine: lines[0]), file: "t.toml", line: lines[1], stepID: "v")
      ])
  }

  func test_unreachableStep_isAWarningThatStrictMakesAnError() {
    let source =
      header + step("a", body: question) + step("v", kind: "verdict", body: verdict)
      + step("lonely", kind: "verdict", body: verdict)
    let found = issues(source)
    XCTAssertEqual(found.map(\.kind), [.unreachable])
    XCTAssertEqual(found.first?.stepID, "lonely")
    XCTAssertEqual(found.first?.line, lineOf("id = \"lonely\"", in: source))
    XCTAssertEqual(GuideValidationReport(issues: found, fileCount: 1, strict: false).exitCode, 0)
    XCTAssertEqual(GuideValidationReport(issues: found, fileCount: 1, strict: true).exitCode, 1)
  }

  func test_closedLoop_withNoWayToAVerdict_isReportedForEachStepInIt() {
    let loop = """
      text = { zh = "做", en = "Do" }
      next = "b"
      """
    let back = """
      text = { zh = "再做", en = "Again" }
      next = "a"
      """
    let source =
      header + step("a", kind: "instruction", body: loop)
      + step("b", kind: "instruction", body: back)
    let found = issues(source)
    XCTAssertEqual(found.map(\.kind), [.noWayOut, .noWayOut])
    XCTAssertEqual(found.map(\.stepID), ["a", "b"])
    XCTAssertEqual(
      found.map(\.line), [lineOf("id = \"a\"", in: source), lineOf("id = \"b\"", in: source)])
  }

  func test_missingTranslation_isReportedOnTheFieldLine() {
    let source =
      header + step("a", body: question.replacingOccurrences(of: "en = \"Ask\"", with: "en = \"\""))
      + step("v", kind: "verdict", body: verdict)
    let found = issues(source)
    XCTAssertEqual(found.map(\.kind), [.missingTranslation(field: "text", language: .en)])
    XCTAssertEqual(found.first?.line, lineOf("zh = \"问\"", in: source))
    XCTAssertEqual(found.first?.stepID, "a")
  }

  func test_missingTranslationInAnOption_isReported() {
    let source =
      header + step("a", body: question.replacingOccurrences(of: "zh = \"是\", ", with: ""))
      + step("v", kind: "verdict", body: verdict)
    XCTAssertEqual(
      issues(source).map(\.kind), [.missingTranslation(field: "options[0]", language: .zh)])
  }

  func test_unknownTopic_isAWarningOnTheTopicsLine() {
    let source =
      header + step("a", topics: "[\"device\", \"weather\"]", body: question)
      + step("v", kind: "verdict", body: verdict)
    let found = issues(source)
    XCTAssertEqual(found.map(\.kind), [.unknownTopic("weather")])
    XCTAssertEqual(found.first?.severity, .warning)
    XCTAssertEqual(found.first?.line, lineOf("\"weather\"", in: source))
  }

  func test_missingFieldAndUnknownKind_areErrorsWithStepAndLine() {
    let source =
      header + step("a", body: "text = { zh = \"问\", en = \"Ask\" }")
      + step("v", kind: "conclusion", body: verdict)
    let found = issues(source)
    XCTAssertTrue(
      found.contains {
        $0.kind == .missingField(field: "options") && $0.stepID == "a"
          && $0.line == lineOf("id = \"a\"", in: source)
      }, "\(found)")
    XCTAssertTrue(
      found.contains {
        $0.kind == .unknownKind("conclusion") && $0.stepID == "v"
          && $0.line == lineOf("kind = \"conclusion\"", in: source)
      }, "\(found)")
    // The dropped steps are not reported again as missing references.
    XCTAssertFalse(found.contains { if case .missingStep = $0.kind { true } else { false } })
  }

  func test_badVersionMinimum_isAnInvalidValue() {
    let input = """
      input = "version"
      text = { zh = "输入版本", en = "Type the version" }
      minimum = "two"
      at_least = "v"
      below = "v"
      """
    let source =
      header + step("a", kind: "input", body: input) + step("v", kind: "verdict", body: verdict)
    let found = issues(source)
    XCTAssertEqual(found.map(\.kind), [.invalidValue(field: "minimum", value: "two")])
    XCTAssertEqual(found.first?.line, lineOf("minimum = \"two\"", in: source))
  }

  func test_reportText_namesFileLineSeverityAndStep() {
    let source =
      header + step("a", body: question) + step("v", kind: "verdict", body: verdict)
      + step("lonely", kind: "verdict", body: verdict)
    let report = GuideValidationReport(issues: issues(source), fileCount: 1, strict: false)
    let line = lineOf("id = \"lonely\"", in: source)
    XCTAssertTrue(report.text(.en).hasPrefix("t.toml:\(line): warning [lonely]: no start leads"))
    XCTAssertTrue(report.text(.zh).hasPrefix("t.toml:\(line): 警告 [lonely]: "))
  }

  func test_unreadablePath_exitsWithTwo() {
    let read = GuideSourceFile.read(paths: ["/nonexistent/guides"])
    let report = GuideValidationReport(files: read.files, readIssues: read.issues, strict: false)
    XCTAssertEqual(report.exitCode, 2)
    XCTAssertTrue(report.text(.en).contains("/nonexistent/guides:1: "), report.text(.en))
  }

  func test_loadingABrokenGuide_throwsItsErrors() {
    let source = header + step("a", body: question)
    XCTAssertThrowsError(try GuideLibrary.guide(source: source, file: "t.toml")) { error in
      let issues = (error as? GuideLoadError)?.issues ?? []
      XCTAssertTrue(
        issues.contains { $0.kind == .missingStep(field: "options[0].next", target: "v") })
    }
  }

  func test_duplicateSymptomAndStartToMissingStep_areErrorsOnTheStartLine() {
    let extra = """

      [[start]]
      symptom = "s"
      title = { zh = "又一个", en = "Again" }
      meanwhile = { zh = "先收现金", en = "Take cash first" }
      step = "nowhere"

      """
    let source =
      header + extra + step("a", body: question) + step("v", kind: "verdict", body: verdict)
    let found = issues(source)
    let starts = source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .filter { $0.element == "[[start]]" }.map { $0.offset + 1 }
    XCTAssertEqual(
      found.map(\.kind),
      [.duplicateSymptom(firstLine: starts[0]), .missingStep(field: "step", target: "nowhere")])
    XCTAssertEqual(found.map(\.line), [starts[1], starts[1]])
  }

  func test_aTenthOption_cannotBePickedWithADigitKey_andIsAnError() {
    let ten = (1...10).map { "  { zh = \"选\($0)\", en = \"Pick \($0)\", next = \"v\" }," }
    let body =
      "text = { zh = \"问\", en = \"Ask\" }\noptions = [\n" + ten.joined(separator: "\n") + "\n]"
    let source = header + step("a", body: body) + step("v", kind: "verdict", body: verdict)
    let found = issues(source)
    XCTAssertEqual(found.map(\.kind), [.tooManyOptions(10)])
    XCTAssertEqual(found.first?.line, lineOf("id = \"a\"", in: source))
    let nine = source.replacingOccurrences(
      of: "  { zh = \"选10\", en = \"Pick 10\", next = \"v\" },\n", with: "")
    XCTAssertEqual(issues(nine), [])
  }
}
