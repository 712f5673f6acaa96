import Foundation
import Model

extension TerminalSession: ScreenComponent {
  typealias Effect = TerminalEffect
  typealias Event = TerminalServiceEvent

  enum Command {
    /// A key of the unit itself.
    case unit(TerminalInput)
    /// Back to the home menu; the unit is parked, signed in.
    case leave
    case togglePen
    case chooseFlow(MenuAction)
    case openCounter(CounterPanel.Kind)
    case counter(CounterPanel.Command)
  }

  /// Opens the simulated terminal for `launch`: the unit kept from an earlier visit,
  /// or a new one built from the loaded data, the faults in force and the seed.
  static func open(_ launch: TerminalLaunch, parked: TerminalSimulator?, _ context: ScreenContext)
    -> (Self, ScreenOutcome<Effect>)
  {
    var session = TerminalSession(launch: launch)
    if var simulator = parked {
      simulator.language = context.language
      simulator.shop = context.shop
      simulator.training = context.training != nil
      session.simulator = simulator
    } else if let codes = context.resources.codes, let profile = context.resources.profile {
      session.simulator = TerminalSimulator(
        codes: codes, profile: profile, settings: context.resources.settings,
        ledger: context.resources.ledger,
        shop: context.shop, seed: context.options.seed, language: context.language,
        training: context.training != nil, clock: clock(at: context.now))
    } else {
      session.loadProblems = context.resources.problems
    }
    let events = session.launchIfReady()
    return (
      session,
      ScreenOutcome(effects: session.persistEffects(events), logs: ["open terminal \(launch)"])
    )
  }

  /// The unit's clock for one input: the loop's time, so update stays pure.
  private static func clock(at now: Date) -> TerminalClock {
    TerminalClock(timeZone: .current) { now }
  }

  func title(_ context: ScreenContext) -> String {
    "\(launch.homeEntry.number) " + launch.homeEntry.label(context.language)
  }

  func notices(_ context: ScreenContext) -> [Notice] {
    var notices = sight.map { [$0.notice(context.language)] } ?? []
    if let storeProblem {
      notices.append(
        Notice(text: UIText.terminalStoreProblem(context.language) + storeProblem, role: .error))
    }
    return notices
  }

  func bindings(_ context: ScreenContext) -> [KeyBinding<Command>] {
    let home = KeyBinding<Command>(
      [.function(TerminalKeyMap.homeKey)], "F\(TerminalKeyMap.homeKey)", .keyHome, .leave)
    guard let simulator else {
      return [KeyBinding(.keys([.escape, .backspace]), "Esc", .keyBack) { _ in .leave }, home]
    }
    if counter != nil { return CounterPanel.bindings(Command.counter) + [home] }
    let counterKeys = CounterPanel.openers(Command.openCounter)
    if choosingVoidOrRefund {
      return [
        KeyBinding(.digits, "1-3", .keyChoose) {
          $0.digit.flatMap { TerminalSession.voidRefundChoices[$0] }.map(Command.chooseFlow)
        },
        KeyBinding([.escape], "Esc", .keyBack, .leave), home,
      ]
    }
    let topLevel = isTopLevel(simulator)
    var bindings: [KeyBinding<Command>] =
      [
        KeyBinding([.enter], "Enter", .terminalKeyConfirm, .unit(.confirm)),
        KeyBinding(.keys([.escape]), "Esc", topLevel ? .keyBack : .terminalKeyCancel) { _ in
          topLevel ? .leave : .unit(.cancel)
        },
        KeyBinding(.keys([.backspace, .delete]), "⌫", .terminalKeyClear) { _ in .unit(.clear) },
        KeyBinding(
          [.function(TerminalKeyMap.functionKey)], "F\(TerminalKeyMap.functionKey)",
          .terminalKeyFunction, .unit(.function)),
      ] + counterKeys + [
        home,
        KeyBinding(.keys([.up, .down, .left, .right]), "↑↓←→", .keyMove, inKeyLine: false) {
          TerminalKeyMap.input(for: $0, on: simulator.state).map(Command.unit)
        },
      ]
    if case .awaitingCode = simulator.state {
      // A hand-held scanner in keyboard-wedge mode types the code: every printable
      // key is the code's, `?` of a URL included.
      bindings.append(
        KeyBinding(.printable, "abc", .keyType, inKeyLine: false) {
          TerminalKeyMap.input(for: $0, on: simulator.state).map(Command.unit)
        })
    } else {
      bindings += [
        KeyBinding(.digits, "0-9", .terminalKeyDigits, inKeyLine: false) {
          $0.digit.map { .unit(.digit($0)) }
        },
        KeyBinding([TerminalKeyMap.penKey], "Space", .terminalKeyPen, inKeyLine: false, .togglePen),
        KeyBinding(.printable, "S/I/T P .", .terminalKeyCard, inKeyLine: false) {
          TerminalKeyMap.input(for: $0, on: simulator.state).map(Command.unit)
        },
      ]
    }
    return bindings
  }

  mutating func perform(_ command: Command, _ context: ScreenContext) -> ScreenOutcome<Effect> {
    storeProblem = nil
    sight = nil
    guard var simulator else { return .go(.home) }
    // The shop is shared (training, the other screens): the unit always stands in it as it is.
    simulator.shop = context.shop
    simulator.language = context.language
    switch command {
    case .openCounter(let kind):
      counter = CounterPanel(kind)
      return .none
    case .counter(let command):
      return answerCounter(command, &simulator, context)
    case .leave: return leave(simulator)
    case .togglePen:
      simulator.toggleSignaturePen()
      self.simulator = simulator
      return .none
    case .chooseFlow(let action):
      choosingVoidOrRefund = false
      simulator.clock = Self.clock(at: context.now)
      let events = simulator.perform(action)
      let changes = shopChanged(&simulator, context)
      self.simulator = simulator
      return ScreenOutcome(effects: persistEffects(events), changes: changes)
    case .unit(let input):
      simulator.clock = Self.clock(at: context.now)
      let events = simulator.handle(input)
      let shopChanges = shopChanged(&simulator, context)
      self.simulator = simulator
      let launched = launchIfReady()
      let steps: [SharedChange] = (input == .confirm ? [.countTrainingStep] : []) + shopChanges
      if events.contains(where: \.isSelfCheckRequest) {
        // The cashier chose the scan self-check after a failed scan; the unit is kept.
        return ScreenOutcome(
          logs: ["self-check requested from terminal"], navigation: .selfCheck,
          changes: steps + [.parkTerminal(simulator)])
      }
      return ScreenOutcome(effects: persistEffects(events + launched), changes: steps)
    }
  }

  /// The unit waits on time (a wallet password): it subscribes to the runner's seconds.
  func waitsOnTime(_ context: ScreenContext) -> Bool { simulator?.waitsOnTime ?? false }

  /// One simulated second (the runner's timer while the unit waits on time).
  mutating func tick(_ context: ScreenContext) -> ScreenOutcome<Effect> {
    guard var simulator else { return .none }
    simulator.shop = context.shop
    simulator.language = context.language
    simulator.clock = Self.clock(at: context.now)
    let events = simulator.handle(.tick)
    self.simulator = simulator
    return ScreenOutcome(effects: persistEffects(events))
  }

  mutating func receive(_ event: TerminalServiceEvent, _ context: ScreenContext)
    -> ScreenOutcome<Effect>
  {
    switch event {
    case .storeFailed(let problem):
      storeProblem = problem
      return ScreenOutcome(logs: ["terminal store failed: \(problem)"])
    case .recorded(let outcome):
      // The store answered the unit's request to journal a transaction: it shows the result.
      guard var simulator else { return .none }
      let events = simulator.answerRecording(outcome)
      self.simulator = simulator
      return ScreenOutcome(effects: persistEffects(events))
    }
  }

  /// Back to home; the unit is kept (signed in, same batch) and its records and
  /// settings become what a new unit would start from.
  private func leave(_ simulator: TerminalSimulator) -> ScreenOutcome<Effect> {
    ScreenOutcome(navigation: .home, changes: [.parkTerminal(simulator)])
  }

  /// Esc leaves where the unit itself has nothing to cancel: its main menu and the
  /// first sign-in field.
  /// Esc leaves the unit only before anyone signed in: on the unit's main menu it is the
  /// unit's own cancel (the menu stays, as on the real unit); F10 is home.
  private func isTopLevel(_ simulator: TerminalSimulator) -> Bool {
    if case .signIn(let entry) = simulator.state { return entry.step == .operatorID }
    return false
  }

  /// What the unit did to its shop, for every screen to see: each counter action it did (on
  /// the counter list or its own pages, such as Confirm on the version page), which training judges,
  /// then its shop as it now is (its own link switch is no action).
  func shopChanged(_ simulator: inout TerminalSimulator, _ context: ScreenContext)
    -> [SharedChange]
  {
    let acts = simulator.takeActsDone().map(SharedChange.act)
    return acts + (simulator.shop == context.shop ? [] : [.setShop(simulator.shop)])
  }

  func persistEffects(_ events: [TerminalEvent]) -> [Effect] {
    guard !events.isEmpty else { return [] }
    return [.persist(events)]
  }
}

extension TerminalEvent {
  /// The cashier asked for the scan self-check.
  fileprivate var isSelfCheckRequest: Bool {
    if case .selfCheckRequested = self { return true }
    return false
  }
}
