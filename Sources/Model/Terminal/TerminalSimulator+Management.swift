extension TerminalSimulator {
  /// Signal bars (0–4) the status bar shows: the shop's link, as it is now.
  public var signalBars: Int { shop.network.bars }

  /// The link the unit uses: the shop's (the unit's own switch and the cashier's
  /// "switch to mobile data" both change it).
  public var connection: ConnectionKind { shop.network.kind == .mobile ? .mobile : .wifi }

  /// The firmware version the unit reports.
  public var reportedFirmware: String {
    shop.has(.firmwareOld) ? settings.outdatedFirmwareVersion : settings.firmwareVersion
  }

  /// Scan permission as the host sees it (the `permission-off` fault closes it).
  public var scanPermitted: Bool { settings.scanPermission && shop.scanPermitted }

  /// Card permission as the host sees it (the `card-permission-off` fault closes it).
  public var cardPermitted: Bool {
    settings.cardPermission && shop.cardPermitted
  }

  mutating func handleManagement(_ page: ManagementPage, _ input: TerminalInput)
    -> [TerminalEvent]
  {
    switch (page, input) {
    case (.permissions, .digit(1)):
      settings.scanPermission.toggle()
      return [.settingsChanged(settings)]
    case (.permissions, .digit(2)):
      settings.cardPermission.toggle()
      return [.settingsChanged(settings)]
    case (.parameters, .digit(1)):
      shop.network.kind = shop.network.kind == .wifi ? .mobile : .wifi
      settings.connection = connection
      return [.settingsChanged(settings)]
    case (.parameters, .digit(2)):
      // Scan area and resolution back to full and default, as the page's hint offers.
      _ = act(.resetSettings)
      show(.scanSettingsReset, .success)
    case (.version, .confirm) where shop.has(.firmwareOld):
      updateFirmware()
    case (_, .cancel), (_, .confirm):
      state = .menu(menuHolding(page.action))
    default:
      break
    }
    return []
  }

  func managementScreen(_ page: ManagementPage) -> TerminalScreen {
    let title = label(page.action)
    switch page {
    case .version:
      var lines = [
        TerminalLine(text(.firmwareShown(reportedFirmware))),
        TerminalLine(text(.appVersionShown(settings.appVersion))),
      ]
      if shop.has(.firmwareOld) {
        lines.append(TerminalLine(text(.firmwareUpdateAvailable), .hint))
        return makeScreen(title: title, lines: lines, keys: [.confirm, .cancel])
      }
      return makeScreen(title: title, lines: lines, keys: [.cancel])
    case .permissions:
      return makeScreen(
        title: title,
        lines: [
          TerminalLine(text(.permissionShown(.scan, open: scanPermitted))),
          TerminalLine(text(.permissionShown(.card, open: cardPermitted))),
          TerminalLine(text(.permissionsHint), .hint),
        ], keys: [.digits, .cancel])
    case .merchant:
      return makeScreen(
        title: title,
        lines: [
          TerminalLine(text(.merchantNameShown(settings.merchantName(language)))),
          TerminalLine(text(.merchantNumberShown(settings.merchantNumber))),
          TerminalLine(text(.terminalNumberShown(settings.terminalNumber))),
        ], keys: [.cancel])
    case .network:
      let bars =
        String(repeating: "▮", count: signalBars)
        + String(repeating: "▯", count: 4 - signalBars)
      return makeScreen(
        title: title,
        lines: [
          TerminalLine(text(.connectionShown(connection))),
          TerminalLine(text(.signalShown(bars: bars, count: signalBars))),
          TerminalLine(
            text(.linkStatus(connected: signalBars > 0)), signalBars > 0 ? .success : .error),
        ], keys: [.cancel])
    case .parameters:
      return makeScreen(
        title: title,
        lines: [
          TerminalLine(text(.connectionShown(connection))),
          TerminalLine(text(.hostTimeoutShown(seconds: settings.hostTimeoutSeconds))),
          TerminalLine(text(.scanAreaShown(full: shop.scanSettingsDefault))),
          TerminalLine(text(.resolutionShown(standard: shop.scanSettingsDefault))),
          TerminalLine(text(.parametersHint), .hint),
        ], keys: [.digits, .cancel])
    }
  }
}

extension ManagementPage {
  /// The menu action that opens this page.
  var action: MenuAction {
    switch self {
    case .version: .version
    case .permissions: .permissions
    case .merchant: .merchant
    case .network: .network
    case .parameters: .parameters
    }
  }
}

extension TerminalSimulator {
  /// Confirm on the version page downloads the update from the host; it installs and the
  /// unit restarts by itself, or, without a link to the host, says so and stays old.
  mutating func updateFirmware() {
    _ = act(.updateFirmware)
    guard !shop.has(.firmwareOld) else {
      show(.firmwareUpdateFailed)
      return
    }
    reboot()
    show(.firmwareUpdated(settings.firmwareVersion), .success)
  }
}
