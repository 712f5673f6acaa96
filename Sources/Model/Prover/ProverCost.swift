/// Seconds each kind of step takes at the counter, for the expected time of a walk.
///
/// | what the step does                          | seconds |
/// |---------------------------------------------|---------|
/// | a look (window, light, code, screen)        | 5       |
/// | a scan try or a sale try                    | 15      |
/// | reading a menu page on the unit             | 20      |
/// | typing an input (a version, a code)         | 20      |
/// | a small act (wipe, shade, fresh code, …)    | 10      |
/// | switching to mobile data, moving the unit   | 30      |
/// | charging for a minute, a restart            | 60      |
/// | a firmware download                         | 300     |
/// | a call to 95016                             | 600     |
/// | reading a verdict and confirming "fixed?"    | 5       |
public enum ProverCost {
  /// The seconds `step` takes, its acts included.
  public static func seconds(_ step: GuideStep) -> Int {
    let acts = step.binding.actions.reduce(0) { $0 + action($1) }
    switch step.kind {
    case .instruction: return acts + 5
    case .question, .terminalCheck: return acts + look(step.binding.observe)
    case .input: return 20
    case .verdict: return acts + 5
    case .escalate: return 600
    }
  }

  static func action(_ id: String) -> Int {
    switch ShopAction(rawValue: id) {
    case .restart, .charge, .factoryReset: 60
    case .updateFirmware: 300
    case .callCustomerService: 600
    case .mobileData, .nearRouter, .moveOffMetal, .settle: 30
    default: 10
    }
  }

  static func look(_ id: String?) -> Int {
    guard let id else { return 5 }
    if id.hasPrefix("look.") || id.hasPrefix("ask.") { return 5 }
    if id.hasPrefix("read.") { return 20 }
    return 15
  }
}
