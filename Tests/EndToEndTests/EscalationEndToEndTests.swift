import Foundation
import XCTest

/// The escalation screen in the real binary (issue 5): 95016, lookup and the 跳码 check.
final class EscalationEndToEndTests: XCTestCase {
  private func start(_ arguments: String = "") throws -> TmuxSession {
    let session = try TmuxSession()
    try session.run("'\(TmuxSession.binary)' \(arguments); echo \"EXIT=$?\"")
    try session.waitFor("home") { $0.contains("0 退出") || $0.contains("0 Exit") }
    return session
  }

  func test_homeFive_shows95016AndTheStoresMerchantNumber() throws {
    let session = try start()
    try session.send("5")
    let screen = try session.waitFor("escalation card") {
      $0.contains("95016") && $0.contains("拉卡拉示例便利店")
    }
    XCTAssertTrue(screen.contains("822 5810 5411 0001"), screen)
    XCTAssertTrue(screen.contains("终端号 10420001"), screen)
    XCTAssertTrue(screen.contains("重启终端"), screen)
    try session.send("Escape")
    try session.waitFor(text: "0 退出")
    try session.send("q")
    try session.waitFor(text: "EXIT=0")
  }

  func test_lookingUpASampleMerchant_showsItsNameAndCategory() throws {
    let session = try start("--lang en")
    try session.send("5")
    try session.waitFor(text: "Call 95016")
    try session.send("1")
    try session.waitFor(text: "Merchant-number lookup")
    try session.send("822 5810 5812 0002", "Enter")
    let screen = try session.waitFor("lookup result") { $0.contains("粤味小馆") }
    XCTAssertTrue(screen.contains("5812  Eating places and restaurants"), screen)
  }

  func test_slipWithAnotherMcc_isFlaggedAsCodeJumping() throws {
    let session = try start()
    try session.send("5")
    try session.waitFor(text: "95016")
    try session.send("2")
    try session.waitFor(text: "签购单商户号")
    try session.send("822581058120001", "Enter")
    let screen = try session.waitFor("slip check") { $0.contains("可能是跳码") }
    XCTAssertTrue(screen.contains("商户类别（MCC）: 登记 5411，签购单 5812"), screen)
  }

  func test_savingTheCaseSummary_writesItIntoTheDataDir() throws {
    let session = try start()
    try session.send("5")
    try session.waitFor(text: "95016")
    try session.send("4")
    try session.waitFor(text: "交接单已保存到")
    let files = try FileManager.default.contentsOfDirectory(atPath: session.dataDirectory)
    let summary = try XCTUnwrap(files.first { $0.hasPrefix("case-") && $0.hasSuffix(".txt") })
    let text = try String(
      contentsOfFile: session.dataDirectory + "/" + summary, encoding: .utf8)
    XCTAssertTrue(text.contains("95016") && text.contains("822 5810 5411 0001"), text)
  }
}
