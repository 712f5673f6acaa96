/// What each act looks like, per language (`ShopActionTextZh`, `ShopActionTextEn`).
enum ShopActionText {
  static func title(_ action: ShopAction) -> LocalizedText {
    .data(zh: ShopActionTextZh.title(action), en: ShopActionTextEn.title(action))
  }
}
