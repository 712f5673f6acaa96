import Foundation
import Model
import XCTest

@testable import Console

/// A flood of random keys through every screen, with the real services behind it:
/// nothing may crash, and every frame at every size must fill the grid exactly.
final class KeyFloodTests: XCTestCase {
  private let keys: [Key] =
    (0...9).map { .character(Character(String($0))) } + [
      .enter, .enter, .escape, .backspace, .up, .down, .left, .right, .tab, .backTab,
      .pageUp, .pageDown, .home, .end, .delete, .function(2), .function(10), .character(" "),
      .character("."), .character("s"), .character("i"), .character("t"), .character("h"),
      .character("d"), .character("L"), .character("?"), .character("q"), .character("中"),
      .character("８"), .character("-"),
    ]
  private let sizes = [
    ScreenSize(width: 80, height: 24), ScreenSize(width: 60, height: 20),
    ScreenSize(width: 132, height: 43), ScreenSize(width: 40, height: 10),
    ScreenSize(width: 1, height: 1),
  ]

  func test_tenThousandRandomKeys_neverCrashAndEveryFrameFillsTheGrid() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("flood-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let harness = try ConsoleHarness(language: .zh, size: sizes[0], directory: directory)
    XCTAssertTrue(harness.state.resources.problems.isEmpty, "\(harness.state.resources.problems)")

    var random = SplitMix64(seed: 20_261_128)
    var screensSeen: Set<String> = []
    for step in 0..<10_000 {
      let key = keys[Int(random.next() % UInt64(keys.count))]
      // Training's PIN check runs off the loop: the flood goes on while it hashes,
      // and its answers are taken as they come, as the console does.
      harness.loop.send(.key(key))
      harness.loop.takeBackgroundAnswers()
      harness.continueAfterQuit()
      screensSeen.insert(name(of: harness.state.screen))
      if step % 41 == 0 {
        let size = sizes[Int(random.next() % UInt64(sizes.count))]
        harness.loop.send(.resize(size))
      }
      if step % 7 == 0 { assertFills(view(harness.state), harness.state.size, step) }
    }
    harness.loop.settle()
    XCTAssertGreaterThanOrEqual(screensSeen.count, 5, "the flood reached \(screensSeen)")
  }

  private func name(of screen: AnyScreen) -> String { "\(type(of: screen.component))" }

  private func assertFills(_ canvas: Canvas, _ size: ScreenSize, _ step: Int) {
    XCTAssertEqual(canvas.width, size.width)
    let lines = canvas.lines()
    XCTAssertEqual(lines.count, size.height, "step \(step)")
    for line in lines where DisplayWidth.of(line) != size.width {
      XCTFail("step \(step): a row is \(DisplayWidth.of(line)) columns, not \(size.width)")
      return
    }
  }
}
