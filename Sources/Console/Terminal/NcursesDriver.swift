import CNcurses
import Glibc

/// The one place that owns the real terminal: locale, curses, colours, keys,
/// signals and drawing. Every other file works on `Canvas` and `Key` values.
final class NcursesDriver {
  /// True when no UTF-8 locale could be set and only ASCII is drawn.
  private(set) var asciiOnly = false
  private(set) var colorLevel = ColorLevel.none
  private var previous: Canvas?
  private var pairs: [TerminalStyle: Int16] = [:]
  private var styleCache: [StyleRole: TerminalStyle] = [:]
  private var text: [wchar_t] = []
  private let theme: Theme
  private let noColor: Bool
  /// Blocking reads in a row that returned nothing: a live terminal never does that for
  /// long, so many of them mean the input is gone even when poll cannot tell.
  private var emptyReads = 0
  static let emptyReadsBeforeGiving = 50

  init(theme: Theme, noColor: Bool) {
    self.theme = theme
    self.noColor = noColor
  }

  /// Chooses a UTF-8 locale before curses starts: the user's, else C.UTF-8.
  /// Returns false when neither is UTF-8 (the console then draws ASCII only).
  static func setUpLocale() -> Bool {
    setlocale(pc_lc_all(), "")
    if isUTF8Codeset() { return true }
    if setlocale(pc_lc_all(), "C.UTF-8") != nil, isUTF8Codeset() { return true }
    setlocale(pc_lc_all(), "")
    return false
  }

  private static func isUTF8Codeset() -> Bool {
    guard let codeset = nl_langinfo(nl_item(pc_codeset())) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }

  /// Starts curses. Throws instead of exiting when the terminal cannot be used.
  func start() throws(DriverError) {
    guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
    asciiOnly = !Self.setUpLocale()
    guard newterm(nil, fdopen(1, "w"), fdopen(0, "r")) != nil else {
      throw .cannotOpenTerminal(Self.termName)
    }
    guard Self.canAddressCursor() else {
      endwin()
      throw .cannotAddressCursor(Self.termName)
    }
    installSignalHandlers()
    cbreak()
    noecho()
    nonl()
    keypad(pc_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    if has_colors() && !noColor {
      start_color()
      use_default_colors()
    }
    colorLevel = ColorLevel.detect(
      hasColors: has_colors(), colors: Int(pc_colors()), noColor: noColor)
  }

  private static var termName: String {
    getenv("TERM").map { String(cString: $0) } ?? "(unset)"
  }

  /// Whether the terminal type can move the cursor (`cup`); "dumb" and hard-copy types
  /// cannot, and every frame would scroll past as garbage.
  private static func canAddressCursor() -> Bool {
    guard let capability = "cup".withCString({ tigetstr(UnsafeMutablePointer(mutating: $0)) })
    else { return false }
    return Int(bitPattern: capability) != -1
  }

  /// Restores the terminal; safe to call more than once.
  func stop() {
    if isendwin() == false { endwin() }
  }

  var size: ScreenSize { ScreenSize(width: Int(pc_cols()), height: Int(pc_lines())) }

  /// Waits for the next key; `nil` for nothing (a timeout or an interrupted read);
  /// `.inputLost` when the terminal's input has ended (hang-up, end of file, read error),
  /// so the loop ends instead of spinning. `wait: false` returns at once when no key is queued.
  func readKey(wait: Bool = true) -> KeyEvent? {
    readKey(timeoutMilliseconds: wait ? -1 : 0)
  }

  /// The next key within `timeoutMilliseconds` (-1: wait for one), so the loop can
  /// look for answers of work running off it while no key comes.
  func readKey(timeoutMilliseconds: Int32) -> KeyEvent? {
    wtimeout(pc_stdscr(), timeoutMilliseconds)
    var character: wint_t = 0
    let result = wget_wch(pc_stdscr(), &character)
    if result == pc_err() {
      // A timed read that ends empty is a timeout; only a blocking one says the input is gone.
      guard timeoutMilliseconds < 0 else { return nil }
      emptyReads += 1
      return Self.inputIsGone() || emptyReads >= Self.emptyReadsBeforeGiving ? .inputLost : nil
    }
    emptyReads = 0
    if result == pc_key_code_yes() { return Self.functionKey(Int32(character)) }
    return Self.characterKey(UInt32(character))
  }

  /// A blocking read came back empty: whether standard input has hung up or failed.
  private static func inputIsGone() -> Bool {
    var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, 0)
    if ready < 0 { return errno != EINTR }
    let gone = Int16(POLLHUP) | Int16(POLLERR) | Int16(POLLNVAL)
    return descriptor.revents & gone != 0
  }

  private static func functionKey(_ code: Int32) -> KeyEvent? {
    switch code {
    case pc_key_resize(): return .resize
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_DC: return .key(.delete)
    case KEY_BTAB: return .key(.backTab)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_ENTER: return .key(.enter)
    case KEY_F0 + 1...KEY_F0 + 12: return .key(.function(Int(code - KEY_F0)))
    default: return nil
    }
  }

  private static func characterKey(_ value: UInt32) -> KeyEvent? {
    switch value {
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    case 9: return .key(.tab)
    default:
      guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
      return .key(.character(Character(scalar)))
    }
  }

  /// Copies the canvas to the screen, rewriting only rows that changed.
  func draw(_ canvas: Canvas) {
    let full = previous.map { $0.width != canvas.width || $0.height != canvas.height } ?? true
    if full { werase(pc_stdscr()) }
    let sameRoles = previous.map { $0.roles == canvas.roles } ?? false
    for row in 0..<canvas.height {
      if full {
        drawRow(canvas, row, columns: 0..<canvas.width)
      } else if let changed = previous?.changedColumns(from: canvas, row: row, sameRoles: sameRoles)
      {
        drawRow(canvas, row, columns: changed)
      }
    }
    previous = canvas
    wnoutrefresh(pc_stdscr())
    doupdate()
  }

  /// Forgets what is on screen, so the next draw repaints everything (after a resize).
  func invalidate() { previous = nil }

  private func drawRow(_ canvas: Canvas, _ row: Int, columns: Range<Int>) {
    canvas.forEachRun(row: row, in: columns) { role, start, end in
      // One reused buffer: building an array per cell was a large share of a key's cost.
      text.removeAll(keepingCapacity: true)
      for col in start..<end {
        if asciiOnly {
          for scalar in Self.asciiGlyph(canvas[row, col]).unicodeScalars {
            text.append(wchar_t(scalar.value))
          }
        } else {
          canvas.appendScalars(row: row, col: col, to: &text)
        }
      }
      apply(style(for: role))
      mvwaddnwstr(pc_stdscr(), Int32(row), Int32(start), text, Int32(text.count))
    }
  }

  /// ASCII stand-ins for the few non-ASCII glyphs the chrome uses.
  private static func asciiGlyph(_ cell: Cell) -> String {
    if cell.isContinuation { return "?" }
    if cell.glyph.allSatisfy(\.isASCII) { return cell.glyph }
    switch cell.glyph {
    case "─": return "-"
    case "│": return "|"
    case "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼": return "+"
    case "▶": return ">"
    case "…": return "~"
    case "↑", "↓": return "^"
    default: return "?"
    }
  }

  private func style(for role: StyleRole) -> TerminalStyle {
    if let cached = styleCache[role] { return cached }
    let style = theme.terminalStyle(role, level: colorLevel)
    styleCache[role] = style
    return style
  }

  private func apply(_ style: TerminalStyle) {
    var attributes = UInt32(bitPattern: pc_a_normal())
    if style.modifiers.contains(.bold) { attributes |= UInt32(bitPattern: pc_a_bold()) }
    if style.modifiers.contains(.reverse) { attributes |= UInt32(bitPattern: pc_a_reverse()) }
    if style.modifiers.contains(.underline) { attributes |= UInt32(bitPattern: pc_a_underline()) }
    if style.modifiers.contains(.dim) { attributes |= UInt32(bitPattern: pc_a_dim()) }
    wattr_set(pc_stdscr(), attr_t(attributes), pair(for: style), nil)
  }

  private func pair(for style: TerminalStyle) -> Int16 {
    if colorLevel == .none || (style.fg == -1 && style.bg == -1) { return 0 }
    let key = TerminalStyle(fg: style.fg, bg: style.bg, modifiers: [])
    if let existing = pairs[key] { return existing }
    let next = Int16(pairs.count + 1)
    guard Int32(next) < pc_color_pairs() else { return 0 }
    init_pair(next, Int16(style.fg), Int16(style.bg))
    pairs[key] = next
    return next
  }

  /// Signals that end the console cleanly: the usual three, and those whose default
  /// would kill it with the terminal left raw (QUIT would also print the runtime's
  /// crash report over the screen).
  static let endingSignals = [
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE,
  ]

  /// Restores the terminal on every way out: `endingSignals` end cleanly; a crash
  /// (Swift traps are SIGILL on x86 and SIGTRAP on arm64) restores, then re-raises
  /// so the exit status and any core dump stay truthful.
  private func installSignalHandlers() {
    for signal in Self.endingSignals {
      installHandler(signal) { number in
        endwin()
        _exit(128 + number)
      }
    }
    for signal in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
      installHandler(signal) { number in
        endwin()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(number, &action, nil)
        raise(number)
      }
    }
  }

  private func installHandler(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(signal, &action, nil)
  }
}

/// What the driver reads: a key, or a change of terminal size.
enum KeyEvent: Equatable {
  case key(Key)
  case resize
  /// The terminal's input ended (hang-up, end of file or a read error).
  case inputLost
}

/// Why the full-screen console could not start.
enum DriverError: Error, CustomStringConvertible {
  case notATerminal
  case cannotOpenTerminal(String)
  /// The terminal cannot move the cursor (TERM=dumb and the like): the screen cannot be drawn.
  case cannotAddressCursor(String)
  /// The terminal went away while the console ran.
  case inputLost

  var description: String {
    switch self {
    case .notATerminal:
      "pos-console: standard input and output must be a terminal to run the console (subcommands such as 'classify' work without one)."
    case .cannotOpenTerminal(let term):
      "pos-console: cannot open the terminal (TERM=\(term)); set TERM to a known type such as xterm-256color."
    case .cannotAddressCursor(let term):
      "pos-console: the terminal (TERM=\(term)) cannot move the cursor, so the console cannot draw its screen; use a full terminal (e.g. TERM=xterm-256color) or a subcommand such as 'classify'."
    case .inputLost:
      "pos-console: the terminal's input ended (hang-up, end of file or a read error); the console stopped."
    }
  }

  /// The exit status: 2 when the console could not start, 1 when its terminal went away.
  var exitStatus: Int32 {
    switch self {
    case .notATerminal, .cannotOpenTerminal, .cannotAddressCursor: 2
    case .inputLost: 1
    }
  }
}
