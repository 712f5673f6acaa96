/// What each act looks like, in Chinese.
enum ShopActionTextZh {
  static func title(_ action: ShopAction) -> String {
    switch action {
    case .wipeWindow: "用软布擦扫码窗"
    case .betterLight: "开灯或换到亮处"
    case .shade: "挡住直射的光"
    case .freshCode: "请顾客刷新付款码"
    case .brighterCode: "请顾客调亮屏幕"
    case .restart: "关机再开机"
    case .mobileData: "改用移动数据"
    case .nearRouter: "把机器移到路由器附近"
    case .charge: "插上充电器"
    case .updateFirmware: "更新固件"
    case .resetSettings: "扫码设置恢复默认"
    case .moveOffMetal: "把机器放平，离开金属台面"
    case .settle: "结算"
    case .factoryReset: "恢复出厂设置"
    case .callCustomerService: "拨打 95016"
    case .sendRepair: "寄修或换机"
    case .checkCharge: "请顾客看账单，或查当天交易"
    case .keyCarefully: "取消后重新进入扫码，输完金额只按确认"
    case .openScan: "回主菜单，按步骤进入扫码"
    case .holdSteady: "请顾客把码正对扫码窗，停 2 秒"
    case .waitMaintenance: "等维护结束"
    case .walletCode: "请顾客打开微信或支付宝的付款码"
    case .waitPassword: "等顾客输入支付密码"
    case .pinAgain: "请顾客重新刷卡，慢慢输密码"
    case .otherPayment: "请顾客换一种方式付款"
    case .cardInstead: "请顾客刷卡"
    }
  }
}
