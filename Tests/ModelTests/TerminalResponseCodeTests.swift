import XCTest

@testable import Model

/// Host answers as UnionPay terminals word them (from the profile), a timeout's reversal,
/// and the operators with their password lengths.
final class TerminalResponseCodeTests: XCTestCase {
  func test_declines_showTheProfilesTextAndAdvice() throws {
    let cases: [(Set<ScanFault>, String, String)] = [
      ([.insufficientFunds], "51", "余额不足"),
      ([.wrongPIN], "55", "密码错，请重试"),
      ([.cardPermissionOff], "58", "终端无效，请联系收单行或银联"),
      ([.serverMaintenance], "96", "交易失败，请稍后重试"),
    ]
    for (faults, code, text) in cases {
      var sim = try TerminalFixture.signedIn(faults: faults)
      _ = sim.cardSale("10")
      XCTAssertTrue(sim.screenText.contains("应答码：\(code) \(text)"), sim.screenText)
      let advice = try XCTUnwrap(sim.profile.response(code)?.advice.zh)
      XCTAssertTrue(sim.screenText.contains(advice), sim.screenText)
    }
  }

  func test_profileTable_holdsA0And03WithWhatToDo() throws {
    let profile = try TerminalFixture.profile()
    XCTAssertEqual(profile.response("A0")?.text.zh, "校验错，请重新签到")
    XCTAssertEqual(profile.response("03")?.text.zh, "商户未登记")
    XCTAssertTrue(profile.response("03")?.advice.zh.contains("重新签到") == true)
  }

  func test_responseText_changesWithTheProfile() throws {
    var profile = try TerminalFixture.profile()
    let index = try XCTUnwrap(profile.responses.firstIndex { $0.code == "51" })
    profile.responses[index].text = LocalizedText(zh: "卡内余额不够", en: "Not enough")
    var sim = try TerminalFixture.signedIn(faults: [.insufficientFunds], profile: profile)
    _ = sim.cardSale("10")
    XCTAssertTrue(sim.screenText.contains("应答码：51 卡内余额不够"), sim.screenText)
  }

  /// A signed-in unit whose card sale timed out: one bar of signal, so no answer comes.
  private func timingOut() throws -> TerminalSimulator {
    var sim = try TerminalFixture.signedIn(faults: [.weakSignal])
    _ = sim.cardSale("20")
    guard case .timedOut? = sim.declinedFailure else {
      XCTFail("a weak signal must time out: \(sim.state)")
      return sim
    }
    return sim
  }

  func test_timeout_shows98_andTheNextTransactionSendsTheReversal() throws {
    var sim = try timingOut()
    XCTAssertTrue(sim.screenText.contains("应答码：98 交易超时，请重试"), sim.screenText)
    XCTAssertEqual(sim.pendingReversal, PendingReversal(kind: .sale, amountFen: 2_000))
    _ = sim.press(.confirm)
    sim.faults = []
    _ = sim.scanSale("5")
    XCTAssertNil(sim.pendingReversal)
    XCTAssertTrue(sim.screenText.contains("冲正成功"), sim.screenText)
    XCTAssertTrue(sim.screenText.contains("交易成功"), sim.screenText)
    _ = sim.press(.confirm)
    _ = sim.scanSale("5")
    XCTAssertFalse(sim.screenText.contains("冲正"), "a reversal is sent once: \(sim.screenText)")
  }

  func test_reversal_waitsWhileTheNetworkIsDown() throws {
    var sim = try timingOut()
    _ = sim.press(.confirm)
    sim.faults = [.networkDown]
    _ = sim.scanSale("5")
    XCTAssertNotNil(sim.pendingReversal)
    XCTAssertFalse(sim.screenText.contains("冲正"), sim.screenText)
  }

  func test_operators_cashiersSignInWith4Digits_supervisor6_admin8() throws {
    func signIn(_ id: String, _ password: String) throws -> TerminalSimulator {
      var sim = TerminalSimulator(
        codes: try TerminalFixture.codes(), profile: try TerminalFixture.profile(),
        clock: TerminalFixture.clock())
      _ = sim.press(.clear)
      _ = sim.press(.clear)
      sim.send(id)
      _ = sim.press(.confirm)
      sim.send(password + "9999")
      XCTAssertEqual(
        sim.screen.field?.display.count, password.count, "\(id) takes \(password.count)")
      for _ in 0..<password.count { _ = sim.press(.clear) }
      sim.send(password)
      _ = sim.press(.confirm)
      return sim
    }
    let cashier = try signIn("03", "0000")
    XCTAssertEqual(cashier.operatorID, "03")
    XCTAssertTrue(cashier.atStartMenu)
    XCTAssertEqual(try signIn("05", "0000").operatorID, "05")
    let supervisor = try signIn("00", "123456")
    XCTAssertNil(supervisor.operatorID)
    XCTAssertTrue(supervisor.screenText.contains("主管不能签到收款，请用收银员 01–05 签到"))
    let admin = try signIn("99", "12345678")
    XCTAssertNil(admin.operatorID)
    XCTAssertTrue(admin.screenText.contains("系统管理员不能签到收款"), admin.screenText)
    XCTAssertNil(try signIn("03", "1234").operatorID, "a wrong password signs nobody in")
    var unknown = TerminalSimulator(
      codes: try TerminalFixture.codes(), profile: try TerminalFixture.profile(),
      clock: TerminalFixture.clock())
    _ = unknown.press(.clear)
    _ = unknown.press(.clear)
    unknown.send("06")
    _ = unknown.press(.confirm)
    XCTAssertTrue(unknown.screenText.contains("操作员不存在，请输入 01–05"), unknown.screenText)
  }

  func test_saleRecord_carriesTheOperatorWhoSignedIn() throws {
    var sim = TerminalSimulator(
      codes: try TerminalFixture.codes(), profile: try TerminalFixture.profile(),
      clock: TerminalFixture.clock())
    _ = sim.press(.clear)
    _ = sim.press(.clear)
    sim.send("04")
    _ = sim.press(.confirm)
    sim.send("0000")
    _ = sim.press(.confirm)
    let slip = try XCTUnwrap(sim.scanSale("3").slips.first)
    XCTAssertTrue(slip.lines.contains("操作员号：04"), "\(slip.lines)")
  }
}
