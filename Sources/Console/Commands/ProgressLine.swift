import Model

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One line on standard error that says how far a long import or export has got: rows, rows
/// per second and time left, redrawn in place.
///
/// Drawn only when the descriptor is a terminal and `--quiet` was not given, so scripts,
/// pipes and log files never see it; redrawn at most ten times a second, so drawing never
/// costs the work itself anything measurable.
final class ProgressLine {
  private let descriptor: Int32
  let isDrawing: Bool
  private let language: Language
  private let clock = ContinuousClock()
  private var phase: MerchantImportProgress.Phase?
  private var phaseStarted: ContinuousClock.Instant
  private var lastDrawn: ContinuousClock.Instant?
  private var drawn = false

  init(descriptor: Int32 = 2, quiet: Bool, language: Language) {
    self.descriptor = descriptor
    self.language = language
    isDrawing = !quiet && isatty(descriptor) == 1
    phaseStarted = clock.now
  }

  /// Redraws the line for `progress` (unless the last redraw was under 0.1 s ago).
  func update(_ progress: MerchantImportProgress) {
    guard isDrawing else { return }
    let now = clock.now
    if phase != progress.phase {
      phase = progress.phase
      phaseStarted = now
    } else if let lastDrawn, now - lastDrawn < .milliseconds(100) {
      return
    }
    lastDrawn = now
    emit("\r" + Self.text(progress, elapsed: now - phaseStarted, language: language) + "\u{1B}[K")
    drawn = true
  }

  /// Clears the line, so the summary that follows starts on a clean line.
  func finish() {
    guard drawn else { return }
    emit("\r\u{1B}[K")
    drawn = false
  }

  private func emit(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
  }

  /// `reading 120,000 rows · 45,000 rows/s · 0:12 left`, in `language`.
  static func text(
    _ progress: MerchantImportProgress, elapsed: Duration, language: Language
  ) -> String {
    let seconds =
      Double(elapsed.components.seconds)
      + Double(elapsed.components.attoseconds) / 1e18
    // No rate and no time left in the first moments of a phase: too few rows to tell.
    let rate = seconds >= 0.2 ? grouped(Int(Double(progress.rows) / seconds)) : "…"
    var left: String?
    if let done = progress.fractionDone, done > 0.01, seconds > 0.2 {
      let remaining = Int((seconds * (1 - done) / done).rounded(.up))
      left = "\(remaining / 60):" + (remaining % 60 < 10 ? "0" : "") + "\(remaining % 60)"
    }
    let rows = grouped(progress.rows)
    return CommandText.importProgress(
      writing: progress.phase != .reading, rows: rows, rate: rate, left: left)(language)
  }

  /// 1234567 as `1,234,567`.
  static func grouped(_ value: Int) -> String {
    let digits = String(value)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }
}
