/// The numbered entries of the home menu, in the order the terminal-style menu shows them.
enum HomeEntry: Int, CaseIterable, Sendable {
  case scanPayment = 1
  case cardSale = 2
  case voidRefund = 3
  case selfCheck = 4
  case escalation = 5
  case training = 6
  case management = 7
  case exit = 0

  var label: UIText {
    switch self {
    case .scanPayment: .entryScan
    case .cardSale: .entryCard
    case .voidRefund: .entryVoid
    case .selfCheck: .entrySelfCheck
    case .escalation: .entryEscalation
    case .training: .entryTraining
    case .management: .entryManagement
    case .exit: .entryExit
    }
  }

  var info: UIText {
    switch self {
    case .scanPayment: .entryScanInfo
    case .cardSale: .entryCardInfo
    case .voidRefund: .entryVoidInfo
    case .selfCheck: .entrySelfCheckInfo
    case .escalation: .entryEscalationInfo
    case .training: .entryTrainingInfo
    case .management: .entryManagementInfo
    case .exit: .entryExitInfo
    }
  }
}
