import Model

/// 柜台上能看的东西的名字（F3 列表）：每个观察一行，编译器检查不缺不漏。
enum CounterTextZh {
  static func lookName(_ observation: ShopObservation) -> String {
    switch observation {
    case .screen: "看屏幕和按键"
    case .battery: "看电池图标"
    case .window: "看扫码窗"
    case .light: "看收银台的光线"
    case .phone: "看顾客手机上的码"
    case .placement: "看机器放的位置"
    case .notice: "看收单机构的通知"
    case .scanStart: "按扫码试一试"
    case .read: "对准付款码试读"
    case .pay: "收一笔试试"
    case .message: "看失败那笔的提示"
    case .card: "刷卡试试"
    case .scanPermission: "看扫码权限"
    case .cardPermission: "看刷卡权限"
    case .network: "看网络信息"
    case .parameters: "看参数设置"
    case .firewall: "问店里网络有没有防火墙"
    case .toldReset: "问客服有没有让恢复出厂"
    }
  }
}
