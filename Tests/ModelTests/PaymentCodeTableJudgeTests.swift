import Foundation
import Model
import XCTest

final class PaymentCodeTableJudgeTests: XCTestCase {
  private func judge() throws -> PaymentCodeTableJudge {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().path
    return PaymentCodeTableJudge(
      table: try PaymentCodeTable(contentsOfFile: root + "/data/payment-codes.toml"))
  }

  func test_walletCode_isSupported_selfMadeQR_isUnsupported_emptyIsMalformed() throws {
    let judge = try judge()
    guard case .supported = judge.judge("134567890123456789") else {
      return XCTFail("WeChat sample not supported")
    }
    guard case .unsupported = judge.judge("https://shop.example/pay") else {
      return XCTFail("self-made QR not unsupported")
    }
    XCTAssertEqual(judge.judge("99"), .unknown)
    guard case .malformed = judge.judge("  ") else { return XCTFail("blank not malformed") }
  }
}
