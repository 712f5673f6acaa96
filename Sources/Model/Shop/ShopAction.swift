/// Something a person can do at the counter, named by a stable ID that guide instructions
/// use (`action = "act.wipe-window"`); each changes the shop state the way doing it would.
public enum ShopAction: String, CaseIterable, Sendable {
  case wipeWindow = "act.wipe-window"
  case betterLight = "act.better-light"
  case shade = "act.shade"
  case freshCode = "act.fresh-code"
  case brighterCode = "act.brighter-code"
  case restart = "act.restart"
  case mobileData = "act.mobile-data"
  case nearRouter = "act.near-router"
  case charge = "act.charge"
  case updateFirmware = "act.update-firmware"
  case resetSettings = "act.reset-settings"
  case moveOffMetal = "act.move-off-metal"
  case settle = "act.settle"
  /// 恢复出厂设置: settings back to default; the unit's unsettled records are lost with it.
  case factoryReset = "act.factory-reset"
  case callCustomerService = "act.call-95016"

  /// `state` after doing this.
  public func apply(to state: ShopState) -> ShopState {
    var state = state
    switch self {
    case .wipeWindow:
      if state.window == .smudged { state.window = .clean }
    case .betterLight, .shade:
      // Either way the code ends up in even light; neither helps the other's problem
      // unless it was that problem.
      if state.light == (self == .betterLight ? .dim : .glaring) { state.light = .normal }
    case .freshCode:
      if state.phone.code == .expired || state.phone.code == .used { state.phone.code = .fresh }
    case .brighterCode:
      state.phone.brightness = .normal
    case .restart:
      // A restart clears a hung screen but no physical or account problem.
      state.screenWorks = state.battery == .charged
    case .mobileData:
      state.network.kind = .mobile
    case .nearRouter:
      if state.network.wifiUp { state.network.wifiBars = max(state.network.wifiBars, 3) }
    case .charge:
      state.battery = .charged
      state.screenWorks = true
    case .updateFirmware:
      // The update is downloaded from the host, so it needs a working link.
      if state.network.reachesHost && state.host == .up {
        state.firmware = ShopState.currentFirmware
      }
    case .resetSettings:
      state.scanSettingsDefault = true
    case .moveOffMetal:
      state.onMetal = false
    case .settle:
      if state.network.reachesHost && state.host == .up { state.settled = true }
    case .callCustomerService:
      state.calledCustomerService = true
    case .factoryReset:
      // Clears what settings can change, never a physical or account problem.
      state.scanSettingsDefault = true
      state.screenWorks = state.battery == .charged
    }
    return state
  }

  /// What doing it looks like, for the simulated unit and training.
  public var title: LocalizedText {
    switch self {
    case .wipeWindow: LocalizedText(zh: "用软布擦扫码窗", en: "Wipe the scan window with a soft cloth")
    case .betterLight:
      LocalizedText(zh: "开灯或换到亮处", en: "Switch on a light or move somewhere brighter")
    case .shade: LocalizedText(zh: "挡住直射的光", en: "Shade the unit from the direct light")
    case .freshCode: LocalizedText(zh: "请顾客刷新付款码", en: "Ask the customer for a fresh code")
    case .brighterCode: LocalizedText(zh: "请顾客调亮屏幕", en: "Ask the customer to brighten the screen")
    case .restart: LocalizedText(zh: "关机再开机", en: "Switch off and on again")
    case .mobileData: LocalizedText(zh: "改用移动数据", en: "Switch to mobile data")
    case .nearRouter: LocalizedText(zh: "把机器移到路由器附近", en: "Move the unit near the router")
    case .charge: LocalizedText(zh: "插上充电器", en: "Plug in the charger")
    case .updateFirmware: LocalizedText(zh: "更新固件", en: "Update the firmware")
    case .resetSettings: LocalizedText(zh: "扫码设置恢复默认", en: "Reset the scan settings")
    case .moveOffMetal: LocalizedText(zh: "把机器放平，离开金属台面", en: "Set the unit level, off the metal")
    case .settle: LocalizedText(zh: "结算", en: "Settle")
    case .factoryReset: LocalizedText(zh: "恢复出厂设置", en: "Factory reset")
    case .callCustomerService: LocalizedText(zh: "拨打 95016", en: "Call 95016")
    }
  }
}
