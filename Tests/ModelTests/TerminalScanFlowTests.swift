import XCTest

@testable import Model

final class TerminalScanFlowTests: XCTestCase {
  func test_signIn_needsAKnownOperatorAndItsPassword() throws {
    var sim = TerminalSimulator(
      codes: try TerminalFixture.codes(), profile: try TerminalFixture.profile(),
      clock: TerminalFixture.clock())
    XCTAssertTrue(sim.screenText.contains("签到"))
    _ = sim.press(.clear)
    _ = sim.press(.clear)
    sim.send("07")
    _ = sim.press(.confirm)
    XCTAssertTrue(sim.screenText.contains("操作员不存在"))
    sim.send("01")
    _ = sim.press(.confirm)
    sim.send("1111")
    _ = sim.press(.confirm)
    XCTAssertTrue(sim.screenText.contains("操作员密码错误"))
    XCTAssertTrue(sim.screen.field?.masked ?? false)
    sim.send("0000")
    XCTAssertEqual(sim.screen.field?.display, "****")
    let events = sim.press(.confirm)
    XCTAssertEqual(events, [.signedIn(operatorID: "01")])
    XCTAssertEqual(sim.state, .menu("main"))
    XCTAssertTrue(sim.screenText.contains("签到成功，批次号 000001"))
  }

  func test_mainMenu_listsTheProfilesItemsInEachLanguage() throws {
    let zh = try TerminalFixture.signedIn()
    for label in ["1 消费", "2 扫码", "3 消费撤销", "4 退货", "5 交易查询", "6 管理"] {
      XCTAssertTrue(zh.screenText.contains(label), label)
    }
    let en = try TerminalFixture.signedIn(language: .en)
    XCTAssertTrue(en.screenText.contains("2 Scan"))
  }

  func test_scanWithWeChatCode_noFaults_succeedsAndPrintsSlip() throws {
    var sim = try TerminalFixture.signedIn()
    sim.startScan("12.30")
    XCTAssertTrue(sim.screenText.contains("请出示付款码"))
    XCTAssertTrue(sim.screenText.contains("¥12.30"))
    let events = sim.press(.text(TerminalFixture.wechatCode + "\n"))
    let record = try XCTUnwrap(events.completed.first)
    XCTAssertEqual(record.amountFen, 1_230)
    XCTAssertEqual(record.walletID, "wechat")
    XCTAssertEqual(record.method, .scan)
    XCTAssertEqual(record.voucher, "000001")
    XCTAssertEqual(record.reference, "000000000001")
    XCTAssertEqual(record.batch, "000001")
    let slip = try XCTUnwrap(events.slips.first)
    XCTAssertTrue(slip.lines.contains("金额：RMB 12.30"), "\(slip.lines)")
    XCTAssertTrue(slip.lines.contains("支付方式：微信支付"), "\(slip.lines)")
    XCTAssertTrue(sim.screenText.contains("交易成功"))
  }

  func test_typedDigitsThenConfirm_submitTheCode() throws {
    var sim = try TerminalFixture.signedIn()
    sim.startScan("5")
    sim.send("286543210987654321")
    let events = sim.press(.confirm)
    XCTAssertEqual(events.completed.first?.walletID, "alipay")
  }

  func test_cameraScanOfSample_succeedsWithoutFaults() throws {
    var sim = try TerminalFixture.signedIn()
    sim.startScan("5")
    _ = sim.press(.function)
    XCTAssertTrue(sim.screenText.contains("微信付款码"))
    let events = sim.press(.digit(1))
    XCTAssertEqual(events.completed.first?.walletID, "wechat")
  }

  func test_scanWithPermissionOff_showsCode58AndOffersCardOrSelfCheck() throws {
    var sim = try TerminalFixture.signedIn(faults: [.permissionOff])
    let events = sim.scanSale("12.30")
    XCTAssertEqual(sim.declinedFailure, .notPermitted(.scan))
    XCTAssertTrue(events.contains(.declined(.notPermitted(.scan))))
    XCTAssertEqual(events.suggestions, [.cardPayment, .selfCheck])
    XCTAssertEqual(events.surfaced, [.permissionOff])
    XCTAssertTrue(sim.screenText.contains("应答码：58 终端无效，请联系收单行或银联"), sim.screenText)
    XCTAssertFalse(sim.screenText.contains("交易权限未开通"))
    XCTAssertTrue(sim.screenText.contains("1 改用刷卡收款"))
    XCTAssertTrue(sim.screenText.contains("2 扫码自检"))
    XCTAssertTrue(events.completed.isEmpty)

    var selfCheck = sim
    XCTAssertEqual(selfCheck.press(.digit(2)), [.selfCheckRequested(.notPermitted(.scan))])
    _ = sim.press(.digit(1))
    XCTAssertEqual(sim.state, .awaitingCard(amount: try Amount.parse("12.30"), purpose: .sale))
  }

  func test_scanPermissionClosedInSettings_alsoAnswers58() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.perform(.permissions)
    let events = sim.press(.digit(1))
    XCTAssertEqual(events.count, 1)
    _ = sim.press(.cancel)
    _ = sim.press(.cancel)
    _ = sim.scanSale("1")
    XCTAssertEqual(sim.declinedFailure, .notPermitted(.scan))
  }

  func test_unsupportedSelfMadeCode_isRefusedWithItsReason() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.scanSale("3", code: "https://example.com/pay")
    XCTAssertEqual(sim.declinedFailure, .unsupportedCode(.selfMadeURL, wallet: nil))
    XCTAssertTrue(sim.screenText.contains("不是付款码"), sim.screenText)
  }

  func test_unsupportedCodeFault_refusesEvenAWeChatCode() throws {
    var sim = try TerminalFixture.signedIn(faults: [.unsupportedCode], language: .en)
    let events = sim.scanSale("3")
    guard case .unsupportedCode(.walletNotSupported, let wallet)? = sim.declinedFailure else {
      return XCTFail("\(sim.state)")
    }
    XCTAssertEqual(wallet?.en, "WeChat Pay")
    XCTAssertEqual(events.surfaced, [.unsupportedCode])
    XCTAssertTrue(sim.screenText.contains("does not take this kind of code"), sim.screenText)
  }

  func test_malformedPastedCode_isRefusedAsNotACode() throws {
    var sim = try TerminalFixture.signedIn()
    _ = sim.scanSale("3", code: "13\u{1B}45")
    XCTAssertEqual(sim.declinedFailure, .malformedCode(.controlCharacter(position: 3)))
  }

  func test_emptyCodeConfirm_asksForACode() throws {
    var sim = try TerminalFixture.signedIn()
    sim.startScan("3")
    XCTAssertTrue(sim.press(.confirm).isEmpty)
    XCTAssertTrue(sim.screenText.contains("请扫码或输入付款码"))
  }

  func test_cameraBroken_neverStartsButScannerStillWorks() throws {
    var sim = try TerminalFixture.signedIn(faults: [.cameraBroken])
    _ = sim.press(.digit(2))
    sim.send("8")
    XCTAssertEqual(sim.press(.confirm), [.faultSurfaced(.cameraBroken)])
    XCTAssertTrue(sim.screenText.contains("摄像头无法启动"))
    var camera = sim
    let events = camera.press(.pickSample(0))
    XCTAssertEqual(camera.declinedFailure, .cameraNotStarting)
    XCTAssertEqual(events.suggestions, [.cardPayment, .selfCheck])
    XCTAssertNil(camera.screenText.range(of: "用时"))
    let typed = sim.press(.text(TerminalFixture.wechatCode + "\n"))
    XCTAssertEqual(typed.completed.count, 1)
  }

  /// Camera reads of sample 0 over `seeds`: how many were declined as unread, and how many
  /// went through; every unread one took the scan window's full time.
  private func cameraReads(
    _ faults: Set<ScanFault>, after actions: [ShopAction] = [], seeds: ClosedRange<UInt64> = 1...60
  ) throws -> (unread: Int, read: Int) {
    var unread = 0
    var read = 0
    // One unit signed in, copied per seed: a simulator is a value.
    var base = try TerminalFixture.signedIn(faults: faults)
    for action in actions { _ = base.act(action) }
    for seed in seeds {
      var sim = base
      sim.rng = SplitMix64(seed: seed)
      sim.startScan("1")
      _ = sim.press(.pickSample(0))
      guard case .result(let result) = sim.state else {
        XCTFail("\(sim.state)")
        continue
      }
      switch result.outcome {
      case .declined(let failure):
        XCTAssertEqual(failure, .codeNotRecognised)
        XCTAssertGreaterThanOrEqual(result.elapsedMilliseconds, 20_000)
        unread += 1
      case .approved: read += 1
      case .settled: XCTFail("settled")
      }
    }
    return (unread, read)
  }

  func test_opticalFaults_failNearlyEveryRead_andTheMatchingFixMakesItRead() throws {
    let fixes: [(ScanFault, right: ShopAction, wrong: ShopAction)] = [
      (.lensDirty, .wipeWindow, .betterLight), (.lowLight, .betterLight, .wipeWindow),
      (.glare, .shade, .wipeWindow),
    ]
    for (fault, right, wrong) in fixes {
      var sim = try TerminalFixture.signedIn(faults: [fault])
      sim.startScan("1")
      XCTAssertEqual(sim.press(.pickSample(0)).surfaced, [fault])
      let before = try cameraReads([fault])
      XCTAssertGreaterThanOrEqual(before.unread, 48, "\(fault) reads \(before.read) of 60")
      let wrongFix = try cameraReads([fault], after: [wrong])
      XCTAssertGreaterThanOrEqual(wrongFix.unread, 48, "\(wrong) must not fix \(fault)")
      XCTAssertEqual(try cameraReads([fault], after: [right]).unread, 0, "\(right) fixes \(fault)")
    }
  }

  func test_dirtyWindowInTheDark_readsOnlyOnceBothAreFixed() throws {
    let both: Set<ScanFault> = [.lensDirty, .lowLight]
    XCTAssertEqual(try cameraReads(both).read, 0)
    XCTAssertEqual(
      try cameraReads(both, after: [.wipeWindow]).read, try cameraReads([.lowLight]).read)
    XCTAssertGreaterThanOrEqual(try cameraReads(both, after: [.betterLight]).unread, 48)
    XCTAssertEqual(try cameraReads(both, after: [.wipeWindow, .betterLight]).unread, 0)
  }

  func test_theUnitsOwnLinkSwitch_movesAWeakWiFiUnitToMobileData() throws {
    var sim = try TerminalFixture.signedIn(faults: [.weakSignal])
    _ = sim.perform(.parameters)
    let events = sim.press(.digit(1))
    XCTAssertEqual(sim.shop.network.kind, .mobile)
    XCTAssertEqual(sim.signalBars, 4)
    XCTAssertTrue(
      events.contains {
        if case .settingsChanged(let s) = $0 { s.connection == .mobile } else { false }
      })
    _ = sim.press(.cancel)
    _ = sim.press(.cancel)
    XCTAssertEqual(sim.scanSale("1").completed.count, 1, sim.screenText)
  }

  func test_opticalFaults_doNotAffectATypedCode() throws {
    var sim = try TerminalFixture.signedIn(faults: [.lensDirty, .lowLight, .glare])
    XCTAssertEqual(sim.scanSale("1").completed.count, 1)
  }

  func test_firmwareOld_cannotReadNewerFormatsButReadsOldOnes() throws {
    var sim = try TerminalFixture.signedIn(faults: [.firmwareOld])
    let events = sim.scanSale("1", code: "0123456789012345678")
    guard case .firmwareTooOld(let wallet)? = sim.declinedFailure else {
      return XCTFail("\(sim.state)")
    }
    XCTAssertEqual(wallet.zh, "数字人民币")
    XCTAssertEqual(events.suggestions, [.updateFirmware, .selfCheck])
    XCTAssertEqual(events.surfaced, [.firmwareOld])
    _ = sim.press(.confirm)
    XCTAssertEqual(sim.scanSale("1").completed.count, 1)
  }

  func test_codeExpired_tellsTheCustomerToRefresh() throws {
    var sim = try TerminalFixture.signedIn(faults: [.codeExpired])
    let events = sim.scanSale("1")
    XCTAssertEqual(sim.declinedFailure, .codeExpired)
    XCTAssertEqual(events.suggestions, [.refreshCode])
    XCTAssertTrue(sim.screenText.contains("请顾客刷新付款码"))
  }

  func test_networkDown_failsAtOnce() throws {
    var sim = try TerminalFixture.signedIn(faults: [.networkDown])
    _ = sim.scanSale("1")
    XCTAssertEqual(sim.declinedFailure, .networkDown)
    guard case .result(let result) = sim.state else { return XCTFail() }
    XCTAssertLessThanOrEqual(result.elapsedMilliseconds, 1_000)
    XCTAssertTrue(sim.screenText.contains("网络连接失败"))
  }

  func test_weakSignal_timesOutEveryTime_untilTheUnitHasABetterLink() throws {
    for seed in UInt64(1)...20 {
      var sim = try TerminalFixture.signedIn(faults: [.weakSignal], seed: seed)
      XCTAssertEqual(sim.signalBars, 1)
      let events = sim.scanSale("1")
      XCTAssertEqual(events.surfaced, [.weakSignal])
      XCTAssertEqual(sim.declinedFailure, .timedOut(seconds: 60, channel: .scan), "seed \(seed)")
      XCTAssertTrue(sim.screenText.contains("应答码：98"), sim.screenText)
    }
    for fix in [ShopAction.nearRouter, .mobileData] {
      var sim = try TerminalFixture.signedIn(faults: [.weakSignal])
      _ = sim.act(fix)
      XCTAssertEqual(sim.signalBars, fix == .mobileData ? 4 : 3)
      XCTAssertEqual(sim.scanSale("1").completed.count, 1, "\(fix)")
    }
  }

  func test_serverMaintenance_saysTheHostIsUnderMaintenance() throws {
    var sim = try TerminalFixture.signedIn(faults: [.serverMaintenance])
    let events = sim.scanSale("1")
    XCTAssertEqual(sim.declinedFailure, .serverMaintenance)
    XCTAssertEqual(events.suggestions, [.retryLater])
    XCTAssertTrue(sim.screenText.contains("应答码：96 交易失败，请稍后重试"), sim.screenText)
    XCTAssertTrue(sim.screenText.contains("维护中"), sim.screenText)
  }

  func test_merchantRiskHold_refusesAndSaysToCall95016() throws {
    var sim = try TerminalFixture.signedIn(faults: [.merchantRiskHold])
    let events = sim.scanSale("1")
    XCTAssertEqual(sim.declinedFailure, .merchantRiskHold)
    XCTAssertEqual(events.suggestions, [.callSupport])
    XCTAssertTrue(sim.screenText.contains("95016"))
  }

  func test_wrongKey_interruptsAmountEntryOnce() throws {
    var sim = try TerminalFixture.signedIn(faults: [.wrongKey])
    _ = sim.press(.digit(2))
    XCTAssertEqual(sim.send("1"), [])
    XCTAssertEqual(sim.send("2"), [.faultSurfaced(.wrongKey)])
    XCTAssertTrue(sim.screenText.contains("误按扫码键"))
    guard case .amountEntry(let entry) = sim.state else { return XCTFail() }
    XCTAssertEqual(entry.text, "")
    sim.typeAmount("12")
    _ = sim.press(.confirm)
    XCTAssertEqual(sim.state, .awaitingCode(amount: try Amount.parse("12"), typed: ""))
  }

  func test_cardFaults_doNotAffectScanPayments() throws {
    var sim = try TerminalFixture.signedIn(faults: [
      .cardPermissionOff, .wrongPIN, .insufficientFunds,
    ])
    XCTAssertEqual(sim.scanSale("1").completed.count, 1)
  }

  func test_seededRun_replaysIdentically() throws {
    let faults: Set<ScanFault> = [.lensDirty, .weakSignal, .glare]
    func run(seed: UInt64) throws -> ([TerminalEvent], [String]) {
      var sim = try TerminalFixture.signedIn(faults: faults, seed: seed)
      var events: [TerminalEvent] = []
      var screens: [String] = []
      for index in 0..<8 {
        sim.startScan("\(index + 1)")
        events += sim.press(.pickSample(index % 3))
        // The screen shows no time; the simulated time is in the result itself.
        screens.append(sim.screenText + "\n\(sim.state)")
        _ = sim.press(.confirm)
      }
      return (events, screens)
    }
    let first = try run(seed: 99)
    let second = try run(seed: 99)
    XCTAssertEqual(first.0, second.0)
    XCTAssertEqual(first.1, second.1)
    let other = try run(seed: 100)
    XCTAssertNotEqual(first.1, other.1)
  }

  func test_trainingMode_marksScreenAndRecordAndUsesOwnSequence() throws {
    var ledger = TerminalLedger()
    ledger.live.nextVoucher = 57
    var sim = try TerminalFixture.signedIn(ledger: ledger, training: true)
    XCTAssertTrue(sim.screen.training)
    XCTAssertTrue(sim.screen.title.contains("培训"))
    let events = sim.scanSale("1")
    let record = try XCTUnwrap(events.completed.first)
    XCTAssertTrue(record.training)
    XCTAssertEqual(record.voucher, "000001")
    XCTAssertEqual(sim.ledger.live.nextVoucher, 57)
    let slip = try XCTUnwrap(events.slips.first)
    XCTAssertTrue(slip.training)
    XCTAssertEqual(slip.lines.filter { $0.contains("培训交易") }.count, 3)
  }

  func test_everyScreenLine_fitsTheSlipAndHasNoControlCharacters() throws {
    var sim = try TerminalFixture.signedIn(language: .en)
    _ = sim.scanSale("99999.99")
    _ = sim.press(.customerEntersPassword)
    let slip = try XCTUnwrap(sim.wait(seconds: 5).slips.first)
    for line in slip.lines {
      XCTAssertLessThanOrEqual(DisplayWidth.of(line), Slip.width, line)
    }
  }
}
