import Foundation
import XCTest

/// The store's own numbers, set once by staff, are what escalation shows.
final class StoreEndToEndTests: XCTestCase {
  func test_storeSet_thenEscalationShowsTheNewNumbers() throws {
    let session = try TmuxSession()
    let binary = "'\(TmuxSession.binary)'"
    try session.run(
      "\(binary) store set --merchant '822 5810 5411 0099' --terminal 10420099 --serial SN-0099; "
        + "echo \"EXIT=$?\"")
    try session.waitFor(text: "EXIT=0")
    try session.run("clear; \(binary); echo \"EXIT=$?\"")
    try session.waitFor(text: "0 退出")
    try session.send("5")
    let screen = try session.waitFor("escalation") { $0.contains("☎") }
    XCTAssertTrue(screen.contains("822 5810 5411 0099"), screen)
    XCTAssertTrue(screen.contains("10420099"), screen)
    XCTAssertTrue(screen.contains("SN-0099"), screen)
  }
}
