import Foundation
import Model

/// Everything that can happen to the console: one input type for the whole app,
/// as in the Elm architecture.
enum AppAction: Sendable {
  case key(Key)
  case resize(ScreenSize)
  /// Shipped data and stored records are ready (sent once, after the first frame).
  case resourcesLoaded(Resources)
  /// What the services answered the screen on show.
  case service(ServiceEvent)
  /// One simulated second passed while the terminal waits (the runner's timer).
  case tick
}

/// What the loop hands to `update` with each input: the time and a fresh ID.
struct UpdateEnvironment: Sendable {
  var now: Date
  var freshID: String
}
