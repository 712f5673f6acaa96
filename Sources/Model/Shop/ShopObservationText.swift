/// A short description of what one sees, for the simulated unit and training.
extension ShopObservation {
  /// What seeing `value` looks like, e.g. "There is a greasy film on the scan window".
  public func describe(_ value: String) -> LocalizedText {
    let key = "\(rawValue)=\(value)"
    return .data(
      zh: ShopObservationTextZh.sights[key] ?? ShopObservationTextZh.unknown(rawValue, value),
      en: ShopObservationTextEn.sights[key] ?? ShopObservationTextEn.unknown(rawValue, value))
  }
}
