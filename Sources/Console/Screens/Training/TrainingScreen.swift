import Foundation
import Model

/// The training screens' own state, held by `Screen.training`.
struct TrainingScreen: Sendable {
  var page: TrainingPage
  /// A one-line notice (wrong PIN, lock, saved), shown until the next key.
  var notice: TrainingNotice?
  /// Scenarios from guides/scenarios, loaded when training opens.
  var scenarios: [TrainingScenario] = []
  /// Whether a trainer PIN is set (false: the first use sets one).
  var hasPIN = true
  /// The look (F3) or act (F4) list during a run, while open.
  var counter: CounterPanel?
  /// What the trainee last saw or did at the counter, shown until the next key.
  var sight: CounterSight?
}

/// Which training page is shown.
enum TrainingPage: Sendable {
  /// Typing a PIN for `purpose`; only the count of digits is ever drawn.
  case pin(PINPurpose, typed: TextField)
  /// The PIN is being checked off the drawing loop; Esc still answers.
  case checking(PINPurpose)
  case menu(selection: Int)
  case trainee(typed: TextField, then: TraineeNext)
  case scenarioList(selection: Int)
  case practice(selection: Int, faults: Set<ScanFault>)
  /// A run in progress: hints shown so far.
  case run(hintsShown: Int)
  case declare(selection: Int)
  case result(TrainingResult, TrainingScore)
  case report([TrainingResult])
}

/// Why a PIN is being typed.
enum PINPurpose: Equatable, Sendable {
  case enter
  case leave
  /// Leaving training to quit the console (home 0 or q while training is on).
  case quit
  case setNew
  case confirmNew(first: String)
}

/// What comes after the trainee's name.
enum TraineeNext: Equatable, Sendable {
  case pickScenario
  case randomSeries
}

/// One-line messages of the training screens.
enum TrainingNotice: Equatable, Sendable {
  case wrongPIN(triesLeft: Int)
  case locked(minutes: Int)
  case pinsDiffer
  case badPIN(TrainerPINError)
  case noDatabase
  case noScenarios
  case saveFailed
  /// A right cause declared; this many of the scenario's faults still show on the unit.
  case causeFound(remaining: Int)
}

/// Work the training screens ask of the effect runner.
enum TrainingEffect: Sendable {
  /// Read whether a PIN is set, and the scenarios.
  case open
  case checkPIN(String, PINPurpose)
  case setPIN(String)
  /// Score and store the run with the declared verdict (after the right ones in
  /// `TrainingMode.declared`); the loaded guides name the scenario's topic.
  case finishRun(TrainingMode, declared: String, guides: [Guide])
  case loadReport
}

/// What the effect runner reports back to the training screens.
enum TrainingEvent: Sendable {
  case opened(hasPIN: Bool, scenarios: [TrainingScenario], problem: Bool)
  case pinChecked(TrainerPINCheck, PINPurpose, now: Date)
  case pinSet(TrainerPINError?)
  case runScored(TrainingResult, TrainingScore)
  case runNotSaved(TrainingResult, TrainingScore)
  case reportLoaded([TrainingResult])
  case unavailable
}

extension TextField {
  /// An empty PIN field: digits only, up to the policy's longest PIN.
  static var pinField: TextField {
    TextField(maxCharacters: TrainerPINPolicy.maximumLength, digitsOnly: true)
  }

  /// The trainee's name or ID, at most 24 characters.
  static func nameField(_ text: String) -> TextField { TextField(text: text, maxCharacters: 24) }
}
