import Model
import XCTest

/// The validator's checks of steps bound to the simulated shop, each reported with file:line.
final class GuideBindingValidatorTests: XCTestCase {
  private let header = """
    id = "t"
    title = { zh = "测试", en = "Test" }

    [[start]]
    symptom = "s"
    title = { zh = "症状", en = "Symptom" }
    meanwhile = { zh = "先收现金", en = "Take cash first" }
    step = "a"

    [[step]]
    id = "v"
    kind = "verdict"
    topics = ["device"]
    title = { zh = "因", en = "Cause" }
    text = { zh = "因为", en = "Because" }
    fix = { zh = "修", en = "Fix" }

    """

  private func question(observe: String, values: [String?]) -> String {
    let options = values.map { value in
      let mapped = value.map { ", value = \"\($0)\"" } ?? ""
      return "  { zh = \"选\", en = \"Pick\", next = \"v\"\(mapped) },"
    }
    return """
      [[step]]
      id = "a"
      kind = "question"
      topics = ["device"]
      observe = "\(observe)"
      text = { zh = "看", en = "Look" }
      options = [
      \(options.joined(separator: "\n"))
      ]

      """
  }

  private func issues(_ source: String) throws -> [GuideIssue] {
    GuideValidator.issues(source: source, file: "t.toml", profile: try TerminalFixture.profile())
  }

  private func lineOf(_ needle: String, in source: String) -> Int {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    return (lines.firstIndex { $0.contains(needle) } ?? -1) + 1
  }

  func testABoundQuestionWithEveryOptionMappedIsClean() throws {
    let source = header + question(observe: "look.window", values: ["clean", "smudged"])
    XCTAssertEqual(try issues(source), [])
  }

  func testUnknownObservationIsReportedOnItsLine() throws {
    let source = header + question(observe: "look.ceiling", values: ["clean"])
    let found = try issues(source)
    XCTAssertEqual(found.map(\.kind), [.unknownObservation("look.ceiling")])
    XCTAssertEqual(found.first?.location, "t.toml:\(lineOf("look.ceiling", in: source))")
  }

  func testOptionMappedToNoValueIsReportedOnItsLine() throws {
    let source = header + question(observe: "look.window", values: ["clean", nil])
    let found = try issues(source)
    XCTAssertEqual(found.map(\.kind), [.optionWithoutValue(option: 2)])
    let optionLine = lineOf("value = \"clean\"", in: source) + 1
    XCTAssertEqual(found.first?.line, optionLine)
  }

  func testValueTheObservationCannotGiveIsReported() throws {
    let source = header + question(observe: "look.light", values: ["dim", "purple"])
    let found = try issues(source)
    XCTAssertEqual(
      found.map(\.kind), [.impossibleValue(value: "purple", observation: "look.light")])
    XCTAssertEqual(found.first?.line, lineOf("purple", in: source))
  }

  func testUnknownActionIsReportedOnItsLine() throws {
    let source =
      header + """
        [[step]]
        id = "a"
        kind = "instruction"
        topics = ["device"]
        action = "act.polish-the-moon"
        text = { zh = "做", en = "Do" }
        next = "v"

        """
    let found = try issues(source)
    XCTAssertEqual(found.map(\.kind), [.unknownAction("act.polish-the-moon")])
    XCTAssertEqual(found.first?.line, lineOf("polish", in: source))
  }

  func testMenuNodeMissingFromTheProfileIsReportedAndAPresentOneIsNot() throws {
    func check(_ node: String) -> String {
      header + """
        [[step]]
        id = "a"
        kind = "terminal-check"
        topics = ["firmware"]
        node = "\(node)"
        text = { zh = "看", en = "Look" }
        expect = { zh = "版本", en = "Version" }
        options = [
          { zh = "好", en = "Fine", next = "v" },
        ]

        """
    }
    XCTAssertEqual(try issues(check("manage.version")), [])
    let source = check("manage.system-update")
    let found = try issues(source)
    XCTAssertEqual(
      found.map(\.kind), [.unknownNode("manage.system-update", profile: "lakala-dianqian")])
    XCTAssertEqual(found.first?.line, lineOf("manage.system-update", in: source))
  }

  func testAHandWrittenMenuPath_andAReferenceToAMissingNode_areReportedOnTheStepLine() throws {
    let source =
      header + """
        [[step]]
        id = "a"
        kind = "instruction"
        topics = ["firmware"]
        text = { zh = "进入 管理 → 系统更新，再看 {menu:manage.system-update}。", en = "Open {menu:manage.version}." }
        next = "v"

        """
    let found = try issues(source)
    XCTAssertEqual(
      found.map(\.kind),
      [
        .unknownNode("manage.system-update", profile: "lakala-dianqian"),
        .handWrittenMenuPath("进入 管理 → 系统更新，再看 {menu:manage.system-update}。"),
      ])
    XCTAssertEqual(Set(found.map(\.line)), [lineOf("id = \"a\"", in: source)])
    // The same step naming its menu by reference is clean, and reads the profile's labels.
    let clean = source.replacingOccurrences(
      of: "进入 管理 → 系统更新，再看 {menu:manage.system-update}。", with: "打开 {menu:manage.version}。")
    XCTAssertEqual(try issues(clean), [])
    let guide = try GuideLibrary.guide(source: clean, file: "t.toml")
      .namingMenus(of: try TerminalFixture.profile())
    XCTAssertEqual(guide.step("a")?.text.zh, "打开 6 管理 → 3 版本信息。")
    XCTAssertEqual(guide.step("a")?.text.en, "Open 6 Management → 3 Version.")
  }

  func testAStartWithoutAWayToTakeThePaymentMeanwhile_isReported() throws {
    let source = (header + question(observe: "look.light", values: ["dim"]))
      .replacingOccurrences(
        of: "meanwhile = { zh = \"先收现金\", en = \"Take cash first\" }\n", with: "")
    let found = try issues(source)
    XCTAssertEqual(found.map(\.kind), [.missingField(field: "meanwhile")])
    XCTAssertEqual(found.first?.line, lineOf("[[start]]", in: source))
  }

  func testAnOnTerminalStepWithoutANode_isReported() throws {
    let source =
      header + """
        [[step]]
        id = "a"
        kind = "terminal-check"
        topics = ["firmware"]
        text = { zh = "看", en = "Look" }
        expect = { zh = "版本", en = "Version" }
        options = [
          { zh = "好", en = "Fine", next = "v" },
        ]

        """
    XCTAssertEqual(try issues(source).map(\.kind), [.missingField(field: "node")])
  }
}
