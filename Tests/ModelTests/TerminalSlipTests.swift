import XCTest

@testable import Model

/// Electronic slips: no printer on a 电签 unit; every field the real slip has.
final class TerminalSlipTests: XCTestCase {
  func test_approvedScan_saysTheSlipIsElectronic_neverPrinted() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.scanSale("12.50")
    XCTAssertTrue(sim.screenText.contains("电子签购单已生成"), sim.screenText)
    XCTAssertFalse(sim.screenText.contains("打印"), sim.screenText)
    let slip = try XCTUnwrap(sim.shownSlip)
    XCTAssertTrue(slip.lines.first?.contains("电子") == true, "\(slip.lines)")
  }

  func test_cardSlip_hasEveryFieldInProfileOrder_cardShowsFirst6AndLast4() throws {
    var sim = try TerminalFixture.signedIn()
    let events = sim.cardSale("88.80")
    let slip = try XCTUnwrap(events.slips.first)
    let labels = [
      "商户名称：", "商户编号：", "终端编号：", "操作员号：", "收单行：", "发卡行：", "卡号：",
      "交易类型：", "支付方式：", "有效期：", "批次号：", "凭证号：", "授权码：", "参考号：",
      "日期时间：", "金额：",
    ]
    var previous = -1
    for label in labels {
      let index = try XCTUnwrap(slip.lines.firstIndex { $0.hasPrefix(label) }, label)
      XCTAssertGreaterThan(index, previous, "\(label) out of order: \(slip.lines)")
      previous = index
    }
    XCTAssertTrue(slip.lines.contains("收单行：拉卡拉支付"), "\(slip.lines)")
    XCTAssertTrue(slip.lines.contains("发卡行：中国工商银行"), "\(slip.lines)")
    XCTAssertTrue(slip.lines.contains("有效期：2029/12"), "\(slip.lines)")
    XCTAssertFalse(slip.lines.contains("有效期：29/12"), "\(slip.lines)")
    let card = try XCTUnwrap(slip.lines.first { $0.hasPrefix("卡号：") })
    let number = card.dropFirst(3)
    XCTAssertEqual(number.prefix(6), "622202")
    XCTAssertEqual(number.dropFirst(6).prefix(6), "******")
    XCTAssertEqual(number.suffix(4).allSatisfy(\.isNumber), true)
    let code = try XCTUnwrap(slip.lines.first { $0.hasPrefix("授权码：") }).dropFirst(4)
    XCTAssertEqual(code.count, 6)
    XCTAssertTrue(slip.lines.contains("持卡人签名：已电子签名"), "\(slip.lines)")
  }

  func test_refundSlip_remarksTheOriginal() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.scanSale("10")
    _ = sim.press(.confirm)
    _ = sim.perform(.refund)
    sim.send("123456")
    _ = sim.press(.confirm)
    _ = sim.press(.presentCard(.insert))
    sim.send("000000000001")
    _ = sim.press(.confirm)
    sim.send("0501")
    _ = sim.press(.confirm)
    sim.typeAmount("10")
    _ = sim.press(.confirm)
    let slip = try XCTUnwrap(sim.press(.confirm).slips.first)
    XCTAssertTrue(slip.lines.contains("金额：RMB -10.00"), "\(slip.lines)")
    XCTAssertTrue(slip.lines.contains { $0.hasPrefix("备注：原参考号：000000000001") }, "\(slip.lines)")
  }

  func test_slipFieldLabels_comeFromTheProfile() throws {
    var profile = try TerminalFixture.profile()
    profile.slipFields = [
      SlipFieldEntry(id: .amount, label: LocalizedText(zh: "合计", en: "Total"))
    ]
    var sim = try TerminalFixture.signedIn(profile: profile)
    let slip = try XCTUnwrap(sim.scanSale("3").slips.first)
    XCTAssertTrue(slip.lines.contains("合计：RMB 3.00"), "\(slip.lines)")
    XCTAssertFalse(slip.lines.contains { $0.hasPrefix("商户编号") }, "\(slip.lines)")
  }
}
