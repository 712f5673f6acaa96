/// Where the device and the side panel go: the device is a portrait unit about 34
/// columns wide; the panel (keypad legend or slip) sits beside it; both are centred.
struct TerminalLayout: Equatable, Sendable {
  /// The unit's outer width, close to the real terminal's proportions in cells.
  static let deviceWidth = 34
  /// The tallest the unit is drawn, so it stays portrait on a tall window.
  static let maximumDeviceHeight = 26

  var deviceRow: Int
  var deviceCol: Int
  var deviceHeight: Int
  var panelCol: Int
  var panelWidth: Int

  init(width: Int, height: Int) {
    deviceHeight = min(Self.maximumDeviceHeight, height - 2)
    panelWidth = max(0, min(44, width - Self.deviceWidth - 3))
    let group = Self.deviceWidth + 1 + panelWidth
    deviceCol = max(0, (width - group) / 2)
    deviceRow = 1
    panelCol = deviceCol + Self.deviceWidth + 1
  }

  /// The LCD box inside the unit: below the status row, above the soft keys.
  var screenRow: Int { deviceRow + 2 }
  var screenCol: Int { deviceCol + 2 }
  var screenWidth: Int { Self.deviceWidth - 4 }
  var screenHeight: Int { deviceHeight - 4 }
  /// Columns of text inside the LCD box.
  var screenTextWidth: Int { screenWidth - 2 }
  /// Rows for body text under the LCD title.
  var screenBodyRows: Int { screenHeight - 3 }
}
