/// A short description of what one sees, for the simulated unit and training.
extension ShopObservation {
  /// What seeing `value` looks like, e.g. "扫码窗上有一层油膜".
  public func describe(_ value: String) -> LocalizedText {
    ShopObservation.sights["\(rawValue)=\(value)"]
      ?? LocalizedText(zh: "\(rawValue)：\(value)", en: "\(rawValue): \(value)")
  }

  private static let sights: [String: LocalizedText] = [
    "look.screen=ok": LocalizedText(zh: "屏幕亮着，按键有反应", en: "The screen is on and the keys respond"),
    "look.screen=dark": LocalizedText(zh: "屏幕是黑的", en: "The screen is dark"),
    "look.screen=frozen": LocalizedText(
      zh: "屏幕亮着，但画面卡住不动，按键没反应", en: "The screen is on but frozen; keys do nothing"),
    "look.battery=charged": LocalizedText(zh: "电池图标是满的", en: "The battery icon is full"),
    "look.battery=flat": LocalizedText(
      zh: "电池图标是空的，在闪", en: "The battery icon is empty and blinking"),
    "look.window=clean": LocalizedText(zh: "扫码窗干净透亮", en: "The scan window is clean and clear"),
    "look.window=smudged": LocalizedText(
      zh: "扫码窗上有一层油膜", en: "There is a greasy film on the scan window"),
    "look.window=cracked": LocalizedText(zh: "扫码窗玻璃有裂纹", en: "The scan window glass is cracked"),
    "look.light=dim": LocalizedText(
      zh: "收银台很暗，码看不太清", en: "The counter is dark; the code is hard to see"),
    "look.light=normal": LocalizedText(zh: "光线正常", en: "The light is normal"),
    "look.light=glaring": LocalizedText(
      zh: "灯直照在手机上，码上一片反光", en: "A lamp shines on the phone; the code is a sheet of glare"),
    "look.phone=clear": LocalizedText(zh: "顾客的码清楚完整", en: "The customer's code is clear and whole"),
    "look.phone=dim": LocalizedText(zh: "顾客手机屏幕很暗", en: "The customer's phone screen is very dim"),
    "look.phone=creased": LocalizedText(zh: "码有折痕或被挡住", en: "The code is creased or covered"),
    "look.phone=self-made": LocalizedText(
      zh: "是商家自己做的二维码，不是付款码", en: "It is a shop's own QR code, not a payment code"),
    "look.placement=level": LocalizedText(
      zh: "机器平放在收银台上", en: "The unit stands level on the counter"),
    "look.placement=metal": LocalizedText(
      zh: "机器斜放在金属台面上", en: "The unit leans on a metal counter top"),
    "look.notice=maintenance": LocalizedText(
      zh: "收单机构发了维护通知", en: "The acquirer has posted a maintenance notice"),
    "look.notice=none": LocalizedText(zh: "没有维护通知", en: "There is no maintenance notice"),
    "try.scan=ready": LocalizedText(
      zh: "显示“请出示付款码”，扫码灯亮了", en: "\"Show the payment code\"; the scan light is on"),
    "try.scan=interrupted": LocalizedText(
      zh: "输金额时界面自己跳走了", en: "The screen jumps away while the amount is typed"),
    "try.scan=camera-fails": LocalizedText(zh: "显示“摄像头无法启动”", en: "\"Camera cannot start\""),
    "try.read=reads": LocalizedText(zh: "嘀一声，读到了", en: "A beep: it reads"),
    "try.read=nothing": LocalizedText(zh: "扫了半天，读不出来", en: "It tries and tries, and nothing reads"),
    "read.network=none": LocalizedText(zh: "网络：未连接", en: "Network: not connected"),
    "read.network=weak": LocalizedText(zh: "已连接，信号 1 格", en: "Connected, 1 bar"),
    "read.network=good": LocalizedText(zh: "已连接，信号满格", en: "Connected, full bars"),
  ]
}
