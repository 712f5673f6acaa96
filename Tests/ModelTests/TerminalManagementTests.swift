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
}
