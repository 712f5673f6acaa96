/// The records' words in English.
enum RecordsTextEn {
  static func text(_ text: RecordsText) -> String {
    switch text {
    case .heading(let sessions, let period):
      return "Self-check records · \(period) · \(sessions) sessions"
    case .allTime: return "all time"
    case .period(let from, let to): return "\(from) to \(to)"
    case .resultsPerStart: return "Results per start"
    case .resolved: return "resolved"
    case .escalated: return "escalated"
    case .abandoned: return "abandoned"
    case .notResolved: return "not resolved"
    case .open: return "open"
    case .timeToFix(let median, let p90):
      return "Time to a working unit: median \(median), 90% within \(p90)"
    case .noTimeToFix: return "Time to a working unit: nothing resolved yet"
    case .weekly: return "weekly median"
    case .whereSessionsEnd: return "Where abandoned sessions stopped"
    case .commonVerdicts: return "Most common causes"
    case .perGuideVersion: return "Resolution per guide version"
    case .unversioned: return "(no version recorded)"
    case .versionLine(let sessions, let percent):
      return "\(sessions) sessions, \(percent)% resolved"
    case .perTerminal: return "Causes per terminal"
    case .askForReplacement(let hardware, let terminal, let merchant):
      return
        "⚠ \(hardware) hardware faults in 30 days: ask 95016 for a replacement (terminal \(terminal), merchant \(merchant))"
    case .perOperator: return "Per operator"
    case .operatorLine(let abandoned, let wrong):
      return "\(abandoned) abandoned, \(wrong) begun at the wrong start"
    case .practise(let scenarios): return "practise: \(scenarios)"
    case .openCases(let total, let day, let week, let older):
      return "Open cases: \(total) (under a day \(day), 1–7 days \(week), over a week \(older))"
    case .oldestOpen(let age): return "oldest open for \(age)"
    case .care: return "Routine care"
    case .careLine(let done, let missed): return "done \(done) times, missed \(missed)"
    case .careItem(let item): return careItem(item)
    case .careName(let item): return careName(item)
    case .homeOpenCases(let count, let hours):
      return
        "\(count) cases with 95016 still open, the oldest for \(hours) h: press 8 to follow up."
    case .homeAskOutcome(let count):
      return "\(count) cases have been open over a day: press 8 to record how they ended."
    case .homeCareDue(let names): return "Today's care not done yet: \(names). Press 8 to tick it."
    case .none: return "(none)"
    case .listSeparator: return ", "
    case .minutesSeconds(let minutes, let seconds): return "\(minutes) min \(seconds) s"
    case .daysHours(let days, let hours): return "\(days) d \(hours) h"
    case .noDatabase(let path): return "no records yet (\(path) does not exist)"
    case .cannotOpen(let path, let reason): return "cannot open the database \(path): \(reason)"
    case .badDate(let option, let value):
      return "\(option): \(value) is not a date; write YYYY-MM-DD"
    case .exported(let rows, let path): return "exported \(rows) rows to \(path)"
    case .exportProgress(let table, let done, let total):
      return "exporting \(table): \(done)/\(total)"
    case .imported(let rows): return "restored \(rows) rows of records"
    case .importNotEmpty(let table, let rows):
      return
        "the data dir already has records (\(table): \(rows) rows): a restore goes into an empty data dir only; nothing was imported"
    case .importBadLine(let path, let line, let reason):
      return "\(path):\(line): \(reason); nothing was imported"
    case .importDatabase(let path, let line, let message):
      return "\(path):\(line): the database refused this line (\(message)); nothing was imported"
    case .csvNeedsOutput: return "--format csv needs --output DIR (one CSV file per table)"
    case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
    case .notAFile(let path):
      return
        "\(path) is not a regular file (a pipe or a device would wait for ever); nothing was imported"
    case .cannotRead(let path, let reason): return "cannot read \(path): \(reason)"
    }
  }

  static func careName(_ item: CareItem) -> String {
    switch item {
    case .wipeWindow: "wipe the scan window"
    case .settle: "settle"
    case .exportRecords: "export the records"
    case .cableAndCharger: "look at the cable and charger"
    case .firmwareVersion: "check the firmware version"
    }
  }

  static func careItem(_ item: CareItem) -> String {
    switch item {
    case .wipeWindow: "Wipe the scan window (daily)"
    case .settle: "Settle (daily)"
    case .exportRecords: "Export the day's records (daily)"
    case .cableAndCharger: "Look at the cable and charger (weekly)"
    case .firmwareVersion: "Check the firmware version (weekly)"
    }
  }
}
