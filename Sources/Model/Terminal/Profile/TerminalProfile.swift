/// How one model of terminal looks and behaves, read from `data/terminal-profiles/*.toml`:
/// its menus, amount entry, limits, response codes, operators, slip fields and texts.
public struct TerminalProfile: Equatable, Sendable {
  /// Stable profile id, e.g. `lakala-dianqian`.
  public var id: String
  /// The profile's name for lists.
  public var name: LocalizedText
  /// The menu the unit shows after sign-in.
  public var startMenu: String
  /// The menu Function opens from the start menu.
  public var functionMenu: String
  /// Fen-shift or decimal-key amounts.
  public var amountEntry: AmountEntryMode
  /// Amount limits.
  public var limits: TerminalLimits
  /// When and how long a scan waits for the customer's wallet password.
  public var walletWait: WalletWaitRule
  /// The cardholder's test card.
  public var card: SimulatedCard
  /// The acquirer printed on slips.
  public var acquirer: LocalizedText
  /// Menus by id, in file order.
  public var menus: [ProfileMenu]
  /// Menu entries, in file order.
  public var nodes: [MenuNode]
  /// Host response codes and what they mean.
  public var responses: [ResponseCodeEntry]
  /// Operator numbers and their passwords.
  public var operators: [OperatorEntry]
  /// Slip fields, top to bottom.
  public var slipFields: [SlipFieldEntry]
  /// The unit's own screen texts.
  public var texts: [ProfileTextKey: LocalizedText]

  /// The menu with `id`.
  public func menu(_ id: String) -> ProfileMenu? { menus.first { $0.id == id } }

  /// The entries of menu `id`, by key.
  public func entries(of menu: String) -> [MenuNode] {
    nodes.filter { $0.menu == menu }.sorted { $0.key < $1.key }
  }

  /// The node with `id`.
  public func node(_ id: String) -> MenuNode? { nodes.first { $0.id == id } }

  /// The first node that does `action` (its label titles the flow's screens).
  public func node(for action: MenuAction) -> MenuNode? { nodes.first { $0.action == action } }

  /// The node's label, or the action's id when the profile has no node for it.
  public func label(for action: MenuAction, _ language: Language) -> String {
    node(for: action)?.label(language) ?? action.rawValue
  }

  /// The text for `key` in `language`.
  public func text(_ key: ProfileTextKey, _ language: Language) -> String {
    texts[key]?(language) ?? key.rawValue
  }

  /// The response-code entry for `code`.
  public func response(_ code: String) -> ResponseCodeEntry? {
    responses.first { $0.code == code }
  }

  /// The operator entry that holds operator number `id`.
  public func operatorEntry(_ id: String) -> OperatorEntry? {
    operators.first { $0.ids.contains(id) }
  }
}

/// One menu: its id and title.
public struct ProfileMenu: Equatable, Sendable {
  public var id: String
  public var title: LocalizedText
}

/// One numbered menu entry.
public struct MenuNode: Equatable, Sendable {
  /// Stable id such as `manage.settle`.
  public var id: String
  /// The menu it sits in.
  public var menu: String
  /// Its number on the keypad.
  public var key: Int
  /// Its label.
  public var label: LocalizedText
  /// What choosing it does.
  public var action: MenuAction
  /// For `open-menu`: the menu it opens.
  public var opens: String?
}

/// How amounts are keyed.
public enum AmountEntryMode: String, Equatable, Sendable, CaseIterable {
  /// Digits shift in from the right: 1250 is 12.50; no decimal key.
  case fenShift = "fen-shift"
  /// Yuan with a decimal point key: 12.50.
  case decimal
}

/// Amount limits of the unit.
public struct TerminalLimits: Equatable, Sendable {
  /// Largest amount, in fen.
  public var maxAmountFen: Int
  /// Contactless up to this many fen needs neither PIN nor signature.
  public var contactlessNoPINFen: Int
}

/// The wallet-password wait of a scan payment.
public struct WalletWaitRule: Equatable, Sendable {
  /// Scans above this many fen wait for the customer's password.
  public var passwordAboveFen: Int
  /// Seconds between the terminal's queries to the host.
  public var pollSeconds: Int
  /// Seconds after which the terminal cancels the order.
  public var cancelAfterSeconds: Int
}

/// The test card the simulated cardholder presents.
public struct SimulatedCard: Equatable, Sendable {
  /// First six digits.
  public var bin: String
  /// How many digits the number has.
  public var length: Int
  /// The issuing bank.
  public var issuer: LocalizedText
  /// YYMM.
  public var expiry: String
  /// A chip card must be inserted (or tapped), never swiped.
  public var hasChip: Bool
  /// A card without a PIN: Confirm on the PIN screen goes on.
  public var hasPIN: Bool
}

/// A host response code, its text and what the cashier does.
public struct ResponseCodeEntry: Equatable, Sendable {
  public var code: String
  public var text: LocalizedText
  public var advice: LocalizedText
}

/// Who an operator number belongs to.
public enum OperatorRole: String, Equatable, Sendable, CaseIterable {
  /// 01–05: sign in and take payments.
  case cashier
  /// 00 supervisor: authorises voids and refunds.
  case supervisor
  /// 99 system administrator.
  case admin
}

/// Operator numbers sharing a role and password length.
public struct OperatorEntry: Equatable, Sendable {
  public var ids: [String]
  public var role: OperatorRole
  public var passwordLength: Int
  public var defaultPassword: String
}

/// One slip field and its label.
public struct SlipFieldEntry: Equatable, Sendable {
  public var id: SlipFieldID
  public var label: LocalizedText
}

/// The fields a slip can print.
public enum SlipFieldID: String, Equatable, Sendable, CaseIterable {
  case merchantName = "merchant_name"
  case merchantNumber = "merchant_number"
  case terminalNumber = "terminal_number"
  case `operator`
  case acquirer
  case issuer
  case cardNumber = "card_number"
  case kind
  case method
  case expiry
  case batch
  case voucher
  case authCode = "auth_code"
  case reference
  case dateTime = "date_time"
  case amount
  case remark
}

/// Screen texts a profile words its own way.
public enum ProfileTextKey: String, Equatable, Sendable, CaseIterable {
  case amountPrompt = "amount_prompt"
  case amountHint = "amount_hint"
  case walletPaying = "wallet_paying"
  case walletPassword = "wallet_password"
  case insertChip = "insert_chip"
  case noPINHint = "no_pin_hint"
  case electronicSlip = "electronic_slip"
  case forcedSettlement = "forced_settlement"
  case signedOff = "signed_off"
  case reversalSent = "reversal_sent"
  case slipTitle = "slip_title"
  case queryEmpty = "query_empty"
  case signInTitle = "sign_in_title"
  case signInPrompt = "sign_in_prompt"
  case presentCardPrompt = "present_card_prompt"
  case cardModesHint = "card_modes_hint"
  case enterPINPrompt = "enter_pin_prompt"
  case signPrompt = "sign_prompt"
  case signatureTitle = "signature_title"
  case showPaymentCode = "show_payment_code"
  case supervisorPrompt = "supervisor_prompt"
  case enterVoucherPrompt = "enter_voucher_prompt"
  case confirmVoidPrompt = "confirm_void_prompt"
  case enterReferencePrompt = "enter_reference_prompt"
  case enterOriginalDatePrompt = "enter_original_date_prompt"
  case confirmRefundPrompt = "confirm_refund_prompt"
  case confirmSettlementPrompt = "confirm_settlement_prompt"
  case settledBatch = "settled_batch"
  case resultTitle = "result_title"
  case approvedHeading = "approved_heading"
  case declinedHeading = "declined_heading"
}
