/// What the later acts look like, per language (`ShopActionTextZh`, `ShopActionTextEn`).
enum ShopActionText {
  static func title(_ action: ShopAction) -> LocalizedText {
    LocalizedText(zh: ShopActionTextZh.title(action), en: ShopActionTextEn.title(action))
  }
}
