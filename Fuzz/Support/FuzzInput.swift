import FuzzDriver

/// What every fuzz target does with libFuzzer's bytes: the readers take text (the files are
/// read with `DataFile.read`, which refuses what is not UTF-8), so invalid UTF-8 is passed
/// on repaired, the way `String(decoding:)` would read it.
public enum FuzzInput {
  public static func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String {
    guard let data else { return "" }
    return String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  }

  /// Hands the command line to libFuzzer, which calls `body` with each input; returns its
  /// exit status.
  public static func run(
    _ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32 {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&argc, &argv, body)
  }
}
