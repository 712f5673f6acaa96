extension TerminalSimulator {
  /// Lifts or lowers the pen on the signature pad, so the cardholder can move between
  /// strokes without ink (a finger lifted off the real screen); elsewhere it does nothing.
  public mutating func toggleSignaturePen() {
    guard case .signature(let record, var pad) = state else { return }
    pad.togglePen()
    state = .signature(record: record, pad: pad)
  }
}
