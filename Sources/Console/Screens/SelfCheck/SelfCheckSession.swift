import Foundation
import Model

/// The self-check screen's state: the guide, the running engine and what the cashier sees now.
struct SelfCheckSession: Sendable {
  var guide: Guide
  var mode: SelfCheckMode
  /// The stored session's ID, set when the first step is shown.
  var sessionID: String?
  /// Runs the guide; nil until a symptom is chosen.
  var engine: GuideEngine?
  /// Highlighted symptom on the symptom choice.
  var symptomSelection = 0
  /// What is typed into an input step's field (or into a changed input answer).
  var field = TextField(maxCharacters: PaymentCodeTable.maximumCodeLength)
  /// Why the last reply was refused, or why saving failed; cleared by the next good reply.
  var message: SelfCheckMessage?
  /// Answers dropped on resume because the guide changed since they were given.
  var droppedOnResume = 0

  init(guide: Guide, mode: SelfCheckMode = .chooseSymptom) {
    self.guide = guide
    self.mode = mode
  }
}

/// Which part of the self-check is on screen.
enum SelfCheckMode: Sendable {
  /// An unfinished session was found: resume it or start over.
  case resumeOffer(ResumableGuideSession)
  case chooseSymptom
  /// The engine's current step.
  case step
  /// The running summary of answers, one highlighted.
  case summary(selected: Int)
  /// Choosing a new answer for the summary entry at this path index.
  case change(index: Int)
  /// The session ended (resolved or not): the case summary, scrolled.
  case report(ScrollView)
}

/// What the self-check asks the services to store: every answer the moment it is given.
enum SelfCheckEffect: Sendable {
  /// Store a new session (its first step is on screen).
  case begin(GuideEngine, sessionID: String)
  /// Store the session's whole path after an answer, back or change.
  case save(GuideEngine, sessionID: String)
  /// Set an unfinished session aside (the cashier started over).
  case abandon(sessionID: String, at: Date)
}

/// What the services answer the self-check.
enum SelfCheckEvent: Sendable {
  /// A session could not be stored; the text says what failed.
  case storeFailed(String)
}
