/// The lookup report as plain text for a terminal, in one language.
extension MerchantLookupReport {
  /// The report as lines of text; labels are aligned by display width (CJK counts 2).
  public func text(_ language: Language) -> String {
    switch outcome {
    case .malformed(let input, let typed, let message):
      return MerchantText.malformedTitle(input)(language) + "“\(typed)”\n" + message(language)
        + "\n"
    case .decoded(let decoded, let record, let slipCheck):
      var rows: [(String, String)] = []
      func add(_ label: MerchantText, _ value: String) { rows.append((label(language), value)) }
      let number = decoded.number
      add(MerchantText.lookupLabel(.number), number.grouped)
      var acquirer = "\(number.acquirerCode)  \(decoded.acquirerName(language))"
      if decoded.acquirer?.expected == true {
        acquirer += " — " + MerchantText.expectedAcquirer(language)
      }
      add(MerchantText.lookupLabel(.acquirer), acquirer)
      add(
        MerchantText.lookupLabel(.region), "\(number.regionCode)  \(decoded.regionName(language))")
      add(
        MerchantText.lookupLabel(.category), "\(number.mccCode)  \(decoded.categoryName(language))")
      add(MerchantText.lookupLabel(.sequence), number.sequence)
      if let record {
        add(MerchantText.lookupLabel(.directoryName), MerchantNameSafety.shown(record.name))
        if record.mccCode != number.mccCode || record.regionCode != number.regionCode {
          add(
            MerchantText.lookupLabel(.registeredCodes),
            "MCC \(record.mccCode), \(record.regionCode)")
        }
        add(
          MerchantText.lookupLabel(.terminals),
          record.terminals.isEmpty ? "—" : record.terminals.map(\.value).joined(separator: ", "))
        add(
          MerchantText.lookupLabel(.methods),
          record.methods.isEmpty
            ? "—"
            : record.methods.map { $0.label(language) }.joined(
              separator: MerchantText.listSeparator(language)))
        add(MerchantText.lookupLabel(.status), record.status.label(language))
        add(MerchantText.lookupLabel(.scanning), record.status.meaningForScanning(language))
        if record.status.allowsScanning && !record.methods.contains(.scan) {
          add(MerchantText.lookupLabel(.scanning), MerchantText.scanNotEnabled(language))
        }
      } else {
        add(MerchantText.lookupLabel(.directoryName), MerchantText.notInDirectory(language))
      }
      var lines = aligned(rows)
      if let slipCheck {
        lines.append("")
        lines += slipCheck.lines(language)
      }
      return lines.joined(separator: "\n") + "\n"
    }
  }

  private func aligned(_ rows: [(String, String)]) -> [String] {
    let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
    return rows.map { TextLayout.pad($0.0, to: width) + "  " + $0.1 }
  }
}

extension SlipCheckResult {
  /// The slip check (code jumping) as lines: the slip, the summary, each differing field with its plain-words
  /// explanation, risk and action, then the notes.
  public func lines(_ language: Language) -> [String] {
    var header = MerchantText.lookupLabel(.slipTitle)(language) + "  " + slipNumber.grouped
    if let terminal = slipTerminal {
      header += "  " + MerchantText.lookupLabel(.terminal)(language) + " " + terminal.value
    }
    var lines = [header, summary(language)]
    for mismatch in mismatches {
      lines.append(
        "  ✗ " + mismatch.field.label(language) + ": "
          + MerchantText.registeredVersusSlip(
            registered: mismatch.registered, slip: mismatch.onSlip)(language))
      lines.append("    " + mismatch.explanation(language))
      lines.append("    " + MerchantText.lookupLabel(.risk)(language) + mismatch.risk(language))
      lines.append("    " + MerchantText.lookupLabel(.action)(language) + mismatch.action(language))
    }
    for note in notes {
      lines.append("  " + MerchantText.lookupLabel(.note)(language) + note(language))
    }
    return lines
  }
}
