/// The counter the cashier stands at, whichever screen is on show: the shop around the unit,
/// training mode while it is on, and the unit kept signed in while the cashier is elsewhere.
/// Its rules say what the cashier's actions change; the console applies screens' changes
/// through it and nowhere else.
public struct CounterSession: Sendable {
  /// The shop outside training: the command line's faults staged it; the cashier's actions
  /// (wipe the window, switch to mobile data…) change it. Training never does.
  public var shop: ShopState
  /// Training mode, while it is on.
  public var training: TrainingMode?
  /// The simulated unit while the cashier is elsewhere, so it stays signed in.
  public var parkedTerminal: TerminalSimulator?

  public init(
    shop: ShopState, training: TrainingMode? = nil, parkedTerminal: TerminalSimulator? = nil
  ) {
    self.shop = shop
    self.training = training
    self.parkedTerminal = parkedTerminal
  }

  /// The shop the simulated unit stands in now: training's while training is on.
  public var currentShop: ShopState { training?.shop ?? shop }

  /// The cashier chose to do `action` at the counter. Training judges it (and its shop
  /// changes); outside training the shop changes; a parked unit follows either way.
  public mutating func act(_ action: ShopAction) {
    if training != nil {
      training?.act(action)
    } else {
      shop = action.apply(to: shop)
    }
    actOnParkedTerminal(action)
  }

  /// The cashier did what a self-check step asked: the shop changes as `act` changes it,
  /// but training's log of the trainee's own choices does not judge it (harm the guide
  /// asks for is the guide's).
  public mutating func actAsGuided(_ actions: [ShopAction]) {
    for action in actions {
      changeShop(action.apply(to:))
      actOnParkedTerminal(action)
    }
  }

  /// The unit itself changed the shop (its own switch to mobile data).
  public mutating func setShop(_ newShop: ShopState) { changeShop { _ in newShop } }

  /// One trainee step (a terminal confirm, a self-check answer): counted during a run only.
  public mutating func countTrainingStep() {
    if training?.scenario != nil { training?.steps += 1 }
  }

  /// A parked unit follows the counter (a restart reboots it); the action is judged once,
  /// by `act`, so the unit forgets it did it.
  private mutating func actOnParkedTerminal(_ action: ShopAction) {
    guard var unit = parkedTerminal else { return }
    _ = unit.act(action)
    _ = unit.takeActsDone()
    parkedTerminal = unit
  }

  /// Changes the shop in force: training's while training is on, else the outside one.
  private mutating func changeShop(_ change: (ShopState) -> ShopState) {
    if var mode = training {
      mode.shop = change(mode.shop)
      training = mode
    } else {
      shop = change(shop)
    }
  }
}
