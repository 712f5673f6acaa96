/// What ties a step to the simulated shop: the observation that answers a question, the
/// action an instruction stands for, the menu node an on-terminal step opens. All optional;
/// the prover can only walk steps that have them.
public struct GuideBinding: Equatable, Sendable {
  /// A `ShopObservation` ID, e.g. `look.window`.
  public var observe: String?
  /// `ShopAction` IDs done in this order, e.g. `act.wipe-window`; on a question they are done
  /// before its observation is read ("move near the router, update again: does it work?").
  public var actions: [String]
  /// A menu node ID of the terminal profile, e.g. `manage.version`.
  public var node: String?
  /// Lines of the fields, for file:line reports (0 when absent).
  public var observeLine = 0
  public var actionLine = 0
  public var nodeLine = 0
  /// Line of the first option; each option is on its own line after `options = [`.
  public var firstOptionLine = 0

  public init(observe: String? = nil, actions: [String] = [], node: String? = nil) {
    self.observe = observe
    self.actions = actions
    self.node = node
  }

  public var isEmpty: Bool { observe == nil && actions.isEmpty && node == nil }
}
