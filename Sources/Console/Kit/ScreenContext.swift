import Foundation
import Model

/// What a screen component may read while it answers an input: never written by it.
/// The loop hands in the time and a fresh ID, so `update` stays a pure function.
struct ScreenContext: Sendable {
  var language: Language
  var size: ScreenSize
  var resources: Resources
  var options: ConsoleOptions
  var training: TrainingMode?
  /// The shop the simulated unit stands in: training's while training is on, else the one
  /// the command line's faults staged (which training never changes).
  var shop: ShopState
  var asciiOnly: Bool
  /// The body rectangle the component draws into (title, notices, bars and key line
  /// are the frame's).
  var body: Rect
  /// The time of this input, from the loop's clock.
  var now: Date
  /// An ID nobody has used, from the loop's ID source.
  var freshID: String
  /// The home menu, from the registry (only the home screen draws it).
  var homeMenu: [HomeMenuItem] = []

  /// The faults present in that shop now.
  var faults: Set<ScanFault> { Set(shop.faults) }
}
