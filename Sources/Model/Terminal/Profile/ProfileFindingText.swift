/// What `terminal validate` finds wrong in a profile file, by meaning; the words live in
/// one table per language (`ProfileFindingTextZh`, `ProfileFindingTextEn`).
public enum ProfileFindingText: TextKey, Equatable {
  case noResponse(code: String)
  case noNode(action: String)
  case unknownMenuName(key: String, value: String)
  case nodeInUnknownMenu(node: String, menu: String)
  case opensMissing(node: String)
  case opensUnknownMenu(node: String, menu: String)
  case opensWithoutOpenMenu(node: String)
  case keyNotDigit(node: String, key: Int)
  case menuNeverOpened(menu: String)
  case duplicateID(kind: String, field: String, id: String)
  case duplicateKey(other: String, node: String, key: Int, menu: String)
  case duplicateOperator(id: String)
  case maxAmountOutOfRange(Int)
  case contactlessLimitOutOfRange(Int)
  case passwordAboveOutOfRange
  case pollTooShort
  case cancelNotAfterPoll(Int)
  case badBIN
  case badCardLength(Int)
  case badExpiry
  case operatorNotTwoDigits(id: String)
  case badPasswordLength(Int)
  case badDefaultPassword(length: Int)
  case noOperatorWithRole(String)
  case missingText(place: String, key: String)
  case notText(key: String)
  case missingNumber(place: String, key: String)
  case notNumber(key: String)
  case missingBool(place: String, key: String)
  case notBool(key: String)
  case missingTexts(place: String, zhKey: String, enKey: String)
  case missingTranslation(present: String, absent: String)
  case noTable(String)
  case notTable(String)
  case noEntries(String)
  case notEntries(String)
  case syntax(String)
  case syntaxUnlocated(String)
  case unknownAmountMode(String, known: String)
  case unknownText(String, known: String)
  case unknownAction(String, known: String)
  case idsNotList
  case missingIDs(place: String)
  case unknownRole(String)
  case unknownSlipField(String, known: String)

  public func text(_ language: Language) -> String {
    switch language {
    case .zh: ProfileFindingTextZh.text(self)
    case .en: ProfileFindingTextEn.text(self)
    }
  }
}
