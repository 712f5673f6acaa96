/// The lookup report as plain text for a terminal, in one language.
extension MerchantLookupReport {
  /// The report as lines of text; labels are aligned by display width (CJK counts 2).
  public func text(_ language: Language) -> String {
    switch outcome {
    case .malformed(let input, let typed, let message):
      return LookupTexts.malformedTitle(input)(language) + "“\(typed)”\n" + message(language) + "\n"
    case .decoded(let decoded, let record, let slipCheck):
      var rows: [(String, String)] = []
      func add(_ label: LocalizedText, _ value: String) { rows.append((label(language), value)) }
      let number = decoded.number
      add(LookupTexts.number, number.grouped)
      var acquirer = "\(number.acquirerCode)  \(decoded.acquirerName(language))"
      if decoded.acquirer?.expected == true {
        acquirer += " — " + MerchantTexts.expectedAcquirer(language)
      }
      add(LookupTexts.acquirer, acquirer)
      add(LookupTexts.region, "\(number.regionCode)  \(decoded.regionName(language))")
      add(LookupTexts.category, "\(number.mccCode)  \(decoded.categoryName(language))")
      add(LookupTexts.sequence, number.sequence)
      if let record {
        add(LookupTexts.directoryName, MerchantNameSafety.shown(record.name))
        if record.mccCode != number.mccCode || record.regionCode != number.regionCode {
          add(LookupTexts.registeredCodes, "MCC \(record.mccCode), \(record.regionCode)")
        }
        add(
          LookupTexts.terminals,
          record.terminals.isEmpty ? "—" : record.terminals.map(\.value).joined(separator: ", "))
        add(
          LookupTexts.methods,
          record.methods.isEmpty
            ? "—"
            : record.methods.map { $0.label(language) }.joined(
              separator: LookupTexts.listSeparator(language)))
        add(LookupTexts.status, record.status.label(language))
        add(LookupTexts.scanning, record.status.meaningForScanning(language))
        if record.status.allowsScanning && !record.methods.contains(.scan) {
          add(LookupTexts.scanning, LookupTexts.scanNotEnabled(language))
        }
      } else {
        add(LookupTexts.directoryName, LookupTexts.notInDirectory(language))
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
  /// The 跳码 check as lines: the slip, the summary, each differing field with its plain-words
  /// explanation, risk and action, then the notes.
  public func lines(_ language: Language) -> [String] {
    var header = LookupTexts.slipTitle(language) + "  " + slipNumber.grouped
    if let terminal = slipTerminal {
      header += "  " + LookupTexts.terminal(language) + " " + terminal.value
    }
    var lines = [header, summary(language)]
    for mismatch in mismatches {
      lines.append(
        "  ✗ " + mismatch.field.label(language) + ": "
          + LookupTexts.registeredVersusSlip(mismatch.registered, mismatch.onSlip)(language))
      lines.append("    " + mismatch.explanation(language))
      lines.append("    " + LookupTexts.risk(language) + mismatch.risk(language))
      lines.append("    " + LookupTexts.action(language) + mismatch.action(language))
    }
    for note in notes {
      lines.append("  " + LookupTexts.note(language) + note(language))
    }
    return lines
  }
}

/// The lookup report's labels, in every language, kept in one place.
enum LookupTexts {
  static let number = LocalizedText(zh: "商户号", en: "Merchant number")
  static let acquirer = LocalizedText(zh: "收单机构", en: "Acquirer")
  static let region = LocalizedText(zh: "地区", en: "Region")
  static let category = LocalizedText(zh: "商户类别", en: "Category (MCC)")
  static let sequence = LocalizedText(zh: "序号", en: "Sequence")
  static let directoryName = LocalizedText(zh: "目录登记", en: "Directory")
  static let registeredCodes = LocalizedText(zh: "登记类别/地区", en: "Registered codes")
  static let terminals = LocalizedText(zh: "终端", en: "Terminals")
  static let terminal = LocalizedText(zh: "终端", en: "terminal")
  static let methods = LocalizedText(zh: "收款方式", en: "Methods")
  static let status = LocalizedText(zh: "状态", en: "Status")
  static let scanning = LocalizedText(zh: "扫码", en: "Scanning")
  static let slipTitle = LocalizedText(zh: "跳码核对：签购单", en: "Slip check (跳码): slip")
  static let risk = LocalizedText(zh: "风险：", en: "Risk: ")
  static let action = LocalizedText(zh: "处理：", en: "Do: ")
  static let note = LocalizedText(zh: "注：", en: "Note: ")
  static let listSeparator = LocalizedText(zh: "、", en: ", ")
  static let scanNotEnabled = LocalizedText(
    zh: "本商户未开通扫码收款：请用刷卡收款，或拨打 95016 申请开通。",
    en: "Scan payments are not enabled for this merchant: take cards, or call 95016 to have "
      + "scanning enabled.")
  static let notInDirectory = LocalizedText(
    zh: "本地商户目录中没有这个商户号：请核对号码，或用 merchants import 导入最新目录。",
    en: "Not in the local merchant directory: check the number, or import the latest "
      + "directory with `merchants import`.")

  static func malformedTitle(_ input: MerchantLookupInput) -> LocalizedText {
    switch input {
    case .number: LocalizedText(zh: "商户号无效：", en: "Invalid merchant number: ")
    case .slip: LocalizedText(zh: "签购单商户号无效：", en: "Invalid slip merchant number: ")
    case .terminal: LocalizedText(zh: "终端号无效：", en: "Invalid terminal number: ")
    }
  }

  static func registeredVersusSlip(_ registered: String, _ slip: String) -> LocalizedText {
    LocalizedText(zh: "登记 \(registered)，签购单 \(slip)", en: "registered \(registered), slip \(slip)")
  }
}
