import Foundation
import Model
import XCTest

@testable import Console

final class ThemeTests: XCTestCase {
  private let themesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes").path

  private func loader(_ files: [String: String] = [:]) -> ThemeLoader {
    ThemeLoader(
      searchDirectories: ["/virtual", themesDirectory],
      readFile: { path throws(DataFileError) in
        if let text = files[path] { return text }
        return try DataFile.read(path)
      },
      exists: { files[$0] != nil || FileManager.default.fileExists(atPath: $0) })
  }

  func test_shippedThemesLoad() throws {
    for name in ["default", "high-contrast", "mono"] {
      let theme = try loader().load(name)
      XCTAssertEqual(theme.name, name)
      XCTAssertNotNil(theme.roles["menu.selected"], name)
    }
  }

  func test_roleFallsBackAlongDotsThenDefault() {
    let theme = Theme(
      name: "t",
      roles: [
        "default": StyleSpec(fg: .ansi(7), bg: .ansi(0)),
        "menu": StyleSpec(fg: .ansi(3)),
        "menu.selected": StyleSpec(modifiers: [.bold]),
      ])
    let resolved = theme.resolve(.menuSelected)
    XCTAssertEqual(resolved.fg, .ansi(3))
    XCTAssertEqual(resolved.bg, .ansi(0))
    XCTAssertEqual(resolved.modifiers, [.bold])
  }

  func test_inheritsTakesParentRolesAndOverrides() throws {
    let theme = try loader().load("high-contrast")
    XCTAssertEqual(theme.resolve("device.screen").bg, .ansi(15))
    XCTAssertEqual(theme.resolve("accent").fg, .ansi(5), "accent comes from default")
  }

  func test_noColor_dropsColourButKeepsSelectionVisible() throws {
    let theme = try loader().load("default")
    let style = theme.terminalStyle(.menuSelected, level: .none)
    XCTAssertEqual(style.fg, -1)
    XCTAssertEqual(style.bg, -1)
    XCTAssertTrue(style.modifiers.contains(.reverse))
    XCTAssertTrue(theme.terminalStyle(.trainingBar, level: .none).modifiers.contains(.reverse))
  }

  func test_colourDepthMapping() {
    XCTAssertEqual(ColorLevel.indexed256.number(for: .rgb(0xc8, 0xd8, 0xb0)), 187)
    XCTAssertEqual(ColorLevel.basic8.number(for: .ansi(11)), 3)
    XCTAssertEqual(ColorLevel.basic16.number(for: .rgb(250, 250, 250)), 15)
    XCTAssertEqual(ColorLevel.indexed256.number(for: .terminalDefault), -1)
    XCTAssertEqual(ColorLevel.detect(hasColors: true, colors: 256, noColor: true), .none)
  }

  func test_brokenTheme_namesFileAndLine() {
    let cases: [(String, Int, String)] = [
      ("[roles]\nmenu = { fg = \"blu\" }\n", 2, "not a colour"),
      (
        "[roles]\ntitle = { fg = \"red\" }\n\"menu.seleced\" = { fg = \"red\" }\n", 3,
        "unknown role"
      ),
      ("[roles]\nmenu = { fg = \"red\", modifiers = [\"blink\"] }\n", 2, "unknown modifier"),
      ("[roles]\nmenu = { fg = \"red\" \n", 2, "inline table"),
      ("colour = 1\n", 1, "unknown key"),
      ("inherits = \"nowhere\"\n", 1, "no theme named"),
    ]
    for (source, line, message) in cases {
      XCTAssertThrowsError(try loader(["/virtual/bad.toml": source]).load("bad")) { error in
        guard let error = error as? ThemeError else { return XCTFail("\(error)") }
        XCTAssertEqual(error.file, "/virtual/bad.toml")
        XCTAssertEqual(error.line, line, source)
        XCTAssertTrue(error.description.contains(message), error.description)
      }
    }
  }

  func test_inheritanceLoop_isReported() {
    let files = ["/virtual/a.toml": "inherits = \"b\"\n", "/virtual/b.toml": "inherits = \"a\"\n"]
    XCTAssertThrowsError(try loader(files).load("a")) { error in
      XCTAssertTrue("\(error)".contains("loop"))
    }
  }

  /// Defect 9: `--theme /dev/zero` read until memory ran out; a Latin-1 key was called an
  /// unknown role.
  func test_devZeroAndLatin1Themes_areRefusedSayingWhy() throws {
    XCTAssertThrowsError(try loader().load("/dev/zero")) { error in
      XCTAssertEqual(
        "\(error)", "/dev/zero:1: not a regular file (a device, folder or pipe); name a .toml file")
    }
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("latin1-\(UUID().uuidString).toml").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data([0x5B, 0x72, 0x6F, 0x6C, 0x65, 0x73, 0x5D, 0x0A, 0x22, 0x63, 0x61, 0x66, 0xE9, 0x22])
      .write(to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(try loader().load(path)) { error in
      XCTAssertEqual("\(error)", "\(path):2: not UTF-8 text; save it as UTF-8")
    }
  }
}
