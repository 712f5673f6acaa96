/// What each observed value looks like, in Chinese.
enum ShopObservationTextZh {
  static let sights: [String: String] = [
    "look.screen=ok": "屏幕亮着，按键有反应",
    "look.screen=dark": "屏幕是黑的",
    "look.screen=frozen": "屏幕亮着，但画面卡住不动，按键没反应",
    "look.battery=charged": "电池图标是满的",
    "look.battery=flat": "电池图标是空的，在闪",
    "look.window=clean": "扫码窗干净透亮",
    "look.window=smudged": "扫码窗上有一层油膜",
    "look.window=cracked": "扫码窗玻璃有裂纹",
    "look.light=dim": "收银台很暗，码看不太清",
    "look.light=normal": "光线正常",
    "look.light=glaring": "灯直照在手机上，码上一片反光",
    "look.phone=clear": "顾客的码清楚完整",
    "look.phone=dim": "顾客手机屏幕很暗",
    "look.phone=creased": "码有折痕或被挡住",
    "look.phone=self-made": "是商家自己做的二维码，不是付款码",
    "look.placement=level": "机器平放在收银台上",
    "look.placement=metal": "机器斜放在金属台面上",
    "look.notice=maintenance": "收单机构发了维护通知",
    "look.notice=none": "没有维护通知",
    "try.scan=ready": "显示“请出示付款码”，扫码灯亮了",
    "try.scan=interrupted": "输金额时界面自己跳走了",
    "try.scan=camera-fails": "显示“摄像头无法启动”",
    "try.read=reads": "嘀一声，读到了",
    "try.read=nothing": "扫了半天，读不出来",
    "read.network=none": "网络：未连接",
    "read.network=weak": "已连接，信号 1 格",
    "read.network=good": "已连接，信号满格",
  ]

  /// An observation value with no description yet: its ID and value as they are.
  static func unknown(_ observation: String, _ value: String) -> String {
    "\(observation)：\(value)"
  }
}
