import Foundation
import Glibc

/// The terminal's settings while a prompt has echo off, so a signal handler can put them
/// back: a C handler cannot capture context, and only one prompt runs at a time.
nonisolated(unsafe) private var echoingSettings = termios()
nonisolated(unsafe) private var echoIsOff = false

/// Signals that would otherwise end the process with the terminal's echo still off.
private let interruptingSignals = [
  SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE,
]

/// Reads one line from stdin; with `hidden` (on a terminal) echo is off meanwhile and is
/// turned back on however the read ends, a signal included.
func readLine(prompt: String, hidden: Bool) -> String? {
  if hidden { writeToTerminal(prompt) }
  var saved = termios()
  let canHide = hidden && tcgetattr(0, &saved) == 0
  if canHide {
    echoingSettings = saved
    echoIsOff = true
    for signal in interruptingSignals { setHandler(signal, restoreEchoAndReraise) }
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO)
    tcsetattr(0, TCSAFLUSH, &quiet)
  }
  defer {
    if canHide {
      tcsetattr(0, TCSAFLUSH, &saved)
      echoIsOff = false
      for signal in interruptingSignals { setHandler(signal, SIG_DFL) }
      writeToTerminal("\n")
    }
  }
  return Swift.readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces)
}

/// Puts echo back, then lets the signal do what it would have done (so the exit status
/// stays truthful: 130 for Ctrl-C).
private func restoreEchoAndReraise(_ number: Int32) {
  if echoIsOff { tcsetattr(0, TCSANOW, &echoingSettings) }
  let newline: [UInt8] = [10]
  _ = newline.withUnsafeBytes { write(2, $0.baseAddress, 1) }
  var action = sigaction()
  action.__sigaction_handler.sa_handler = SIG_DFL
  sigaction(number, &action, nil)
  raise(number)
}

private func setHandler(_ signal: Int32, _ handler: (@convention(c) (Int32) -> Void)?) {
  var action = sigaction()
  action.__sigaction_handler.sa_handler = handler
  sigemptyset(&action.sa_mask)
  action.sa_flags = 0
  sigaction(signal, &action, nil)
}

/// Writes prompt text to stderr, unbuffered, so it shows before the read blocks.
func writeToTerminal(_ text: String) {
  let bytes = Array(text.utf8)
  _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
