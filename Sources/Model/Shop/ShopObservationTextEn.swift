/// What each observed value looks like, in English.
enum ShopObservationTextEn {
  static let sights: [String: String] = [
    "look.screen=ok": "The screen is on and the keys respond",
    "look.screen=dark": "The screen is dark",
    "look.screen=frozen": "The screen is on but frozen; keys do nothing",
    "look.battery=charged": "The battery icon is full",
    "look.battery=flat": "The battery icon is empty and blinking",
    "look.window=clean": "The scan window is clean and clear",
    "look.window=smudged": "There is a greasy film on the scan window",
    "look.window=cracked": "The scan window glass is cracked",
    "look.light=dim": "The counter is dark; the code is hard to see",
    "look.light=normal": "The light is normal",
    "look.light=glaring": "A lamp shines on the phone; the code is a sheet of glare",
    "look.phone=clear": "The customer's code is clear and whole",
    "look.phone=dim": "The customer's phone screen is very dim",
    "look.phone=creased": "The code is creased or covered",
    "look.phone=self-made": "It is a shop's own QR code, not a payment code",
    "look.placement=level": "The unit stands level on the counter",
    "look.placement=metal": "The unit leans on a metal counter top",
    "look.notice=maintenance": "The acquirer has posted a maintenance notice",
    "look.notice=none": "There is no maintenance notice",
    "try.scan=ready": "\"Show the payment code\"; the scan light is on",
    "try.scan=interrupted": "The screen jumps away while the amount is typed",
    "try.scan=camera-fails": "\"Camera cannot start\"",
    "try.read=reads": "A beep: it reads",
    "try.read=nothing": "It tries and tries, and nothing reads",
    "read.network=none": "Network: not connected",
    "read.network=weak": "Connected, 1 bar",
    "read.network=good": "Connected, full bars",
  ]

  /// An observation value with no description yet: its ID and value as they are.
  static func unknown(_ observation: String, _ value: String) -> String {
    "\(observation): \(value)"
  }
}
