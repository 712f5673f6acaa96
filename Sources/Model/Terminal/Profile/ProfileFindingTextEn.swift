/// Profile findings in English.
enum ProfileFindingTextEn {
  static func text(_ key: ProfileFindingText) -> String {
    switch key {
    case .noResponse(let code):
      "no [[response]] for code \(code); the simulator shows it"
    case .noNode(let action):
      "no [[node]] does \(action); the console opens it"
    case .unknownMenuName(let key, let value):
      "\(key) names menu \"\(value)\", which no [[menu]] has"
    case .nodeInUnknownMenu(let node, let menu):
      "node \(node) sits in unknown menu \"\(menu)\""
    case .opensMissing(let node):
      "node \(node) opens a menu but has no opens = \"…\""
    case .opensUnknownMenu(let node, let menu):
      "node \(node) opens unknown menu \"\(menu)\""
    case .opensWithoutOpenMenu(let node):
      "node \(node) has opens but its action is not open-menu"
    case .keyNotDigit(let node, let key):
      "node \(node) key \(key) is not a keypad digit 0–9"
    case .menuNeverOpened(let menu):
      "menu \(menu) is never opened: no node opens it"
    case .duplicateID(let kind, let field, let id):
      "\(kind) \(field) \"\(id)\" is used twice; each needs its own"
    case .duplicateKey(let other, let node, let key, let menu):
      "nodes \(other) and \(node) both take key \(key) in menu \(menu)"
    case .duplicateOperator(let id):
      "operator \(id) is listed twice"
    case .maxAmountOutOfRange(let value):
      "max_amount_fen \(value) must be 1 to \(Amount.maximumFen) fen"
    case .contactlessLimitOutOfRange(let value):
      "contactless_no_pin_fen \(value) must be 0 to max_amount_fen"
    case .passwordAboveOutOfRange: "password_above_fen must be 0 to max_amount_fen"
    case .pollTooShort: "poll_seconds must be at least 1"
    case .cancelNotAfterPoll(let value):
      "cancel_after_seconds \(value) must be more than poll_seconds"
    case .badBIN: "bin must be the card number's first 6 digits"
    case .badCardLength(let value):
      "length \(value) must be 13 to 19 digits"
    case .badExpiry: "expiry must be YYMM, e.g. 2912"
    case .operatorNotTwoDigits(let id):
      "operator number \"\(id)\" must be two digits"
    case .badPasswordLength(let value):
      "password_length \(value) must be 4 to 12 digits"
    case .badDefaultPassword(let length):
      "default_password must be \(length) digits (password_length)"
    case .noOperatorWithRole(let value):
      "no [[operator]] with role \(value)"
    case .missingText(let place, let key):
      "\(place) has no \(key); add \(key) = \"…\""
    case .notText(let key):
      "\(key) must be non-empty text in quotes"
    case .missingNumber(let place, let key):
      "\(place) has no \(key); add \(key) = a whole number"
    case .notNumber(let key):
      "\(key) must be a whole number"
    case .missingBool(let place, let key):
      "\(place) has no \(key); add \(key) = true or false"
    case .notBool(let key):
      "\(key) must be true or false"
    case .missingTexts(let place, let zhKey, let enKey):
      "\(place) has no \(zhKey) / \(enKey)"
    case .missingTranslation(let present, let absent):
      "\(present) has no \(absent); add the translation"
    case .noTable(let name):
      "no [\(name)] table; add it"
    case .notTable(let name):
      "\(name) must be a table written [\(name)]"
    case .noEntries(let name):
      "no [[\(name)]] entries; add them"
    case .notEntries(let name):
      "\(name) must be entries written [[\(name)]]"
    case .syntax(let detail):
      "not valid TOML: \(detail); fix the syntax on that line"
    case .syntaxUnlocated(let detail):
      "not valid TOML: \(detail)"
    case .unknownAmountMode(let text, let known):
      "unknown amount entry mode \"\(text)\"; use one of \(known)"
    case .unknownText(let text, let known):
      "unknown text \(text); known texts: \(known)"
    case .unknownAction(let text, let known):
      "unknown action \"\(text)\"; use one of \(known)"
    case .idsNotList: "ids must be a list of operator numbers, e.g. [\"01\"]"
    case .missingIDs(let place):
      "\(place) has no ids; add ids = [\"01\"]"
    case .unknownRole(let text):
      "unknown role \"\(text)\"; use cashier, supervisor or admin"
    case .unknownSlipField(let text, let known):
      "unknown slip field \"\(text)\"; use one of \(known)"
    }
  }
}
