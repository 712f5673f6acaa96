import Model
import XCTest

final class GuideContentTests: XCTestCase {
  func test_shippedGuides_passStrictValidationWithNoFindings() {
    let read = GuideSourceFile.read(paths: [GuideFixtures.guidesDirectory])
    XCTAssertFalse(read.files.isEmpty)
    let report = GuideValidationReport(files: read.files, readIssues: read.issues, strict: true)
    XCTAssertEqual(report.issues, [], report.text(.en))
    XCTAssertEqual(report.exitCode, 0)
  }

  func test_shippedGuides_coverEveryRequiredTopicWithAStepAndAVerdict() throws {
    let coverage = GuideCoverage(guides: [try GuideFixtures.shippedGuide()])
    XCTAssertEqual(coverage.rows.map(\.topic), GuideTopic.allCases)
    XCTAssertEqual(coverage.missing, [], coverage.text(.en))
    XCTAssertEqual(coverage.exitCode, 0)
    let text = coverage.text(.en)
    for topic in GuideTopic.allCases { XCTAssertTrue(text.contains(topic.rawValue + " (")) }
  }

  func test_shippedGuide_hasAVerdictForEverySimulatorFault() throws {
    let guide = try GuideFixtures.shippedGuide()
    let faults = [
      "camera-broken", "lens-dirty", "low-light", "glare", "permission-off", "firmware-old",
      "unsupported-code", "code-expired", "network-down", "weak-signal", "server-maintenance",
      "merchant-risk-hold", "wrong-key", "card-permission-off", "wrong-pin", "insufficient-funds",
    ]
    for fault in faults {
      let step = guide.step("verdict.\(fault)")
      XCTAssertNotNil(step, fault)
      if let step, case .verdict = step.kind {
      } else {
        XCTFail("verdict.\(fault) is not a verdict")
      }
    }
  }

  func test_shippedGuide_startsForEverySymptom() throws {
    let guide = try GuideFixtures.shippedGuide()
    XCTAssertEqual(
      guide.starts.map(\.symptom),
      ["no-response", "light-no-read", "payment-fails", "some-codes-fail", "all-fail"])
  }

  func test_permissionVerdict_says58CardAnd95016InBothLanguages() throws {
    let step = try XCTUnwrap(try GuideFixtures.shippedGuide().step("verdict.permission-off"))
    guard case .verdict(let verdict) = step.kind else { return XCTFail("not a verdict") }
    XCTAssertTrue(step.title?.zh.contains("58") ?? false)
    XCTAssertTrue(step.title?.en.contains("58") ?? false)
    XCTAssertTrue(verdict.fix.zh.contains("刷卡") && verdict.fix.zh.contains("95016"))
    XCTAssertTrue(verdict.fix.en.contains("card") && verdict.fix.en.contains("95016"))
  }
}
