// swift-tools-version: 6.0
import PackageDescription

/// How the release binary is linked on Linux, for start-up time and memory (issue 13; figures in
/// scripts/bench-startup.sh): lld packs the ~98k relative relocations of the position-
/// independent binary into a few KB (DT_RELR, glibc 2.36+) instead of 2.3 MB read at every
/// start; exporting no symbols drops a 1.4 MB dynamic symbol table the loader and the runtime's
/// dladdr walked; and the functions a start runs (linker/startup-order.txt, written by
/// scripts/gen-link-order.sh) sit together, so the first frame touches a few MB of code, not
/// 14. A name missing from the list (code changed since) is only placed later: no warning.
let fastStartLinkFlags = [
  "-use-ld=lld",
  "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
  "-Xlinker", "--no-export-dynamic",
  "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/linker/startup-order.txt",
  "-Xlinker", "--no-warn-symbol-ordering",
]

let package = Package(
  name: "PosConsole",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "pos-console", targets: ["Console"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(
      name: "Model",
      dependencies: [
        .product(name: "TOMLKit", package: "TOMLKit"),
        .product(name: "GRDB", package: "GRDB.swift"),
        // The raw SQLite API, for the merchant import's hot loop (GRDB's own module).
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
      ]
    ),
    .executableTarget(
      name: "Console",
      dependencies: [
        "CNcurses",
        "Model",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ],
      // Position-independent on purpose: linking with -no-pie saved ~2.8 ms and ~2 MB at
      // start (99k relocations), but the statically linked runtime and our code would then
      // sit at a fixed address, with no randomisation against a memory-safety bug.
      linkerSettings: [
        .unsafeFlags(fastStartLinkFlags, .when(platforms: [.linux], configuration: .release))
      ]
    ),
    .testTarget(name: "ModelTests", dependencies: ["Model"]),
    .testTarget(
      name: "ConsoleTests", dependencies: ["Console", "Model", "CNcurses"], exclude: ["Golden"]),
    .testTarget(name: "EndToEndTests", dependencies: []),
  ],
  swiftLanguageModes: [.v6]
)

// libFuzzer targets, one per reader (scripts/fuzz.sh builds them into .build-fuzz with
// -sanitize=fuzzer): declared only when POS_CONSOLE_FUZZ is set, so `swift build` and
// `swift test` never see them.
if Context.environment["POS_CONSOLE_FUZZ"] != nil {
  let model: [Target.Dependency] = ["Model", "FuzzSupport"]
  package.targets += [
    .target(name: "FuzzDriver", path: "Fuzz/Driver"),
    .target(name: "FuzzSupport", dependencies: ["FuzzDriver"], path: "Fuzz/Support"),
    .executableTarget(name: "fuzz-data-tables", dependencies: model, path: "Fuzz/DataTables"),
    .executableTarget(name: "fuzz-classify", dependencies: model, path: "Fuzz/Classify"),
    .executableTarget(name: "fuzz-merchant-csv", dependencies: model, path: "Fuzz/MerchantCSV"),
    .executableTarget(name: "fuzz-guide", dependencies: model, path: "Fuzz/Guide"),
    .executableTarget(name: "fuzz-scenario", dependencies: model, path: "Fuzz/Scenario"),
    .executableTarget(name: "fuzz-profile", dependencies: model, path: "Fuzz/Profile"),
    .executableTarget(
      name: "fuzz-theme",
      dependencies: model + [.product(name: "TOMLKit", package: "TOMLKit")], path: "Fuzz/Theme"),
  ]
}
