import XCTest

@testable import Model

final class TerminalManagementTests: XCTestCase {
  private func page(_ number: Int, faults: Set<ScanFault> = [], language: Language = .zh)
    throws -> TerminalSimulator
  {
    var sim = try TerminalFixture.signedIn(faults: faults, language: language)
    _ = sim.press(.function)
    _ = sim.press(.digit(number))
    return sim
  }

  func test_versionInfo_showsFirmwareAndApp() throws {
    let sim = try page(3)
    XCTAssertTrue(sim.screenText.contains("固件版本：V2.3.8"))
    XCTAssertTrue(sim.screenText.contains("应用版本：V1.6.2"))
    let old = try page(3, faults: [.firmwareOld])
    XCTAssertTrue(old.screenText.contains("固件版本：V1.2.0"))
    XCTAssertTrue(old.screenText.contains("有新固件可用"))
  }

  func test_permissions_toggleAndReportSettingsChange() throws {
    var sim = try page(4)
    XCTAssertTrue(sim.screenText.contains("扫码交易：已开通"))
    let events = sim.press(.digit(1))
    XCTAssertEqual(events.count, 1)
    guard case .settingsChanged(let settings)? = events.first else { return XCTFail() }
    XCTAssertFalse(settings.scanPermission)
    XCTAssertTrue(sim.screenText.contains("扫码交易：未开通"))
    _ = sim.press(.digit(2))
    XCTAssertTrue(sim.screenText.contains("刷卡交易：未开通"))
    let faulty = try page(4, faults: [.permissionOff])
    XCTAssertTrue(faulty.screenText.contains("扫码交易：未开通"))
  }

  func test_merchantInfo_showsNumbersAndName() throws {
    let sim = try page(5, language: .en)
    XCTAssertTrue(sim.screenText.contains("Merchant: Lakala Demo Store"))
    XCTAssertTrue(sim.screenText.contains("822581054110001"))
    XCTAssertTrue(sim.screenText.contains("10420001"))
  }

  func test_networkStatus_showsBarsFromFaults() throws {
    XCTAssertTrue(try page(6).screenText.contains("信号：▮▮▮▮ 4/4"))
    XCTAssertTrue(try page(6).screenText.contains("通讯方式：Wi-Fi"))
    XCTAssertTrue(try page(6, faults: [.weakSignal]).screenText.contains("1/4"))
    let down = try page(6, faults: [.networkDown])
    XCTAssertTrue(down.screenText.contains("0/4"))
    XCTAssertTrue(down.screenText.contains("网络未连接"))
  }

  func test_parameters_switchConnection() throws {
    var sim = try page(7)
    let events = sim.press(.digit(1))
    guard case .settingsChanged(let settings)? = events.first else { return XCTFail() }
    XCTAssertEqual(settings.connection, .mobile)
    XCTAssertTrue(sim.screenText.contains("移动数据"))
    _ = sim.press(.cancel)
    XCTAssertEqual(sim.state, .menu("manage"))
    _ = sim.press(.cancel)
    XCTAssertEqual(sim.state, .menu("main"))
  }

  func test_defaultSettings_validate_andBadOnesAreRefused() throws {
    XCTAssertNoThrow(try TerminalSettings().validate())
    var bad = TerminalSettings()
    bad.merchantNumber = "82258105411000"
    XCTAssertThrowsError(try bad.validate()) { error in
      XCTAssertEqual(
        error as? SettingsError,
        .invalid(field: "merchantNumber", value: "82258105411000", expected: "15 digits"))
    }
    bad = TerminalSettings()
    bad.terminalNumber = "1042"
    XCTAssertThrowsError(try bad.validate())
  }

  func test_everyScreen_hasTextInBothLanguages() throws {
    for language in Language.allCases {
      var sim = try TerminalFixture.signedIn(language: language)
      for node in sim.profile.nodes {
        _ = sim.perform(node.action)
        XCTAssertFalse(sim.screen.title.isEmpty, node.id)
        XCTAssertFalse(sim.screen.softKeys.isEmpty, node.id)
        if node.action == .signOff {
          sim = try TerminalFixture.signedIn(language: language)
        }
        sim.openMenu(sim.profile.startMenu)
      }
    }
  }

  /// What the self-check tells the cashier to do on the version page is what the unit does:
  /// Confirm downloads the update and the unit restarts; without a link it says so.
  func test_versionPage_confirmDownloadsTheUpdate_orSaysTheHostCannotBeReached() throws {
    var old = try page(3, faults: [.firmwareOld])
    XCTAssertTrue(old.screenText.contains("按确认下载更新"), old.screenText)
    _ = old.press(.confirm)
    XCTAssertFalse(old.shop.has(.firmwareOld))
    XCTAssertTrue(old.screenText.contains("固件已更新到 V2.3.8"), old.screenText)
    guard case .signIn = old.state else { return XCTFail("no restart: \(old.state)") }

    var offline = try page(3, faults: [.firmwareOld, .networkDown])
    _ = offline.press(.confirm)
    XCTAssertTrue(offline.shop.has(.firmwareOld))
    XCTAssertTrue(offline.screenText.contains("下载失败：连不上服务器"), offline.screenText)
    XCTAssertTrue(offline.screenText.contains("固件版本：V1.2.0"), offline.screenText)
  }

  /// The parameters page shows the scan settings the self-check asks about, and 2 puts them
  /// back to default.
  func test_parametersPage_showsScanSettings_andTwoResetsThem() throws {
    var sim = try page(7)
    XCTAssertTrue(sim.screenText.contains("扫码区域：全屏"), sim.screenText)
    XCTAssertTrue(sim.screenText.contains("分辨率：默认"), sim.screenText)
    sim.shop.scanSettingsDefault = false
    XCTAssertTrue(sim.screenText.contains("扫码区域：局部"), sim.screenText)
    var rng = SplitMix64(seed: 1)
    XCTAssertEqual(ShopObservation.parameters.value(in: sim.shop, rng: &rng), "changed")
    _ = sim.press(.digit(2))
    XCTAssertTrue(sim.shop.scanSettingsDefault)
    XCTAssertTrue(sim.screenText.contains("扫码设置已恢复默认"), sim.screenText)
    XCTAssertTrue(sim.screenText.contains("扫码区域：全屏"), sim.screenText)
  }
}
