import Foundation

/// The lookup report as JSON: nested objects `acquirer`, `region`, `mcc`, `directory`
/// (null when not found) and `slip_check` (present only when a slip was given).
extension MerchantLookupReport {
  /// Pretty-printed JSON with sorted keys; `name` fields follow `language`, `_zh`/`_en` give both.
  public func json(_ language: Language) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let document = LookupDocument(report: self, language: language)
    guard let data = try? encoder.encode(document), let text = String(data: data, encoding: .utf8)
    else { return "{}\n" }  // Only plain strings, numbers and bools are encoded: cannot fail.
    return text + "\n"
  }
}

private struct LookupDocument: Encodable {
  let report: MerchantLookupReport
  let language: Language

  enum Keys: String, CodingKey {
    case number, acquirer, region, mcc, sequence, directory
    case slipCheck = "slip_check"
    case exitCode = "exit_code"
    case error
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(report.exitStatus.rawValue, forKey: .exitCode)
    switch report.outcome {
    case .malformed(let input, let typed, let message):
      try container.encode(
        [
          "input": input.rawValue, "typed": typed, "message_zh": message.zh,
          "message_en": message.en,
        ], forKey: .error)
    case .decoded(let decoded, let record, let slipCheck):
      let number = decoded.number
      try container.encode(number.digits, forKey: .number)
      try container.encode(AcquirerJSON(decoded: decoded, language: language), forKey: .acquirer)
      try container.encode(RegionJSON(decoded: decoded, language: language), forKey: .region)
      try container.encode(CategoryJSON(decoded: decoded), forKey: .mcc)
      try container.encode(number.sequence, forKey: .sequence)
      // Optional.encode writes null, so a missing merchant is an explicit `"directory": null`.
      try container.encode(record.map(DirectoryJSON.init), forKey: .directory)
      if let slipCheck {
        try container.encode(SlipCheckJSON(check: slipCheck), forKey: .slipCheck)
      }
    }
  }
}

private struct AcquirerJSON: Encodable {
  let code: String
  let name: String?
  let nameZh: String?
  let nameEn: String?
  let known: Bool
  let certain: Bool
  let expected: Bool
  let noteZh: String?
  let noteEn: String?

  init(decoded: DecodedMerchantNumber, language: Language) {
    let acquirer = decoded.acquirer
    code = decoded.number.acquirerCode
    name = acquirer?.name(language)
    nameZh = acquirer?.name.zh
    nameEn = acquirer?.name.en
    known = acquirer != nil
    certain = acquirer?.certain ?? false
    expected = acquirer?.expected ?? false
    noteZh = acquirer?.note?.zh
    noteEn = acquirer?.note?.en
  }

  enum CodingKeys: String, CodingKey {
    case code, name, known, certain, expected
    case nameZh = "name_zh"
    case nameEn = "name_en"
    case noteZh = "note_zh"
    case noteEn = "note_en"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .code)
    try container.encode(name, forKey: .name)
    try container.encode(nameZh, forKey: .nameZh)
    try container.encode(nameEn, forKey: .nameEn)
    try container.encode(known, forKey: .known)
    try container.encode(certain, forKey: .certain)
    try container.encode(expected, forKey: .expected)
    try container.encodeIfPresent(noteZh, forKey: .noteZh)
    try container.encodeIfPresent(noteEn, forKey: .noteEn)
  }
}

private struct RegionJSON: Encodable {
  let code: String
  let name: String?
  let nameZh: String?
  let nameEn: String?
  let known: Bool

  init(decoded: DecodedMerchantNumber, language: Language) {
    code = decoded.number.regionCode
    name = decoded.region?.name(language)
    nameZh = decoded.region?.name.zh
    nameEn = decoded.region?.name.en
    known = decoded.region != nil
    areaZh = decoded.regionArea.map { MerchantText.nearRegion($0.name).zh }
    areaEn = decoded.regionArea.map { MerchantText.nearRegion($0.name).en }
  }

  /// For an unlisted code, the city area it is guessed to lie in; null otherwise.
  let areaZh: String?
  let areaEn: String?

  enum CodingKeys: String, CodingKey {
    case code, name, known
    case nameZh = "name_zh"
    case nameEn = "name_en"
    case areaZh = "area_zh"
    case areaEn = "area_en"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .code)
    try container.encode(name, forKey: .name)
    try container.encode(nameZh, forKey: .nameZh)
    try container.encode(nameEn, forKey: .nameEn)
    try container.encode(known, forKey: .known)
    try container.encode(areaZh, forKey: .areaZh)
    try container.encode(areaEn, forKey: .areaEn)
  }
}

private struct CategoryJSON: Encodable {
  let code: String
  /// Falls back to English where no Chinese name is kept; null when the code is not listed.
  let nameZh: String?
  let nameEn: String?
  let known: Bool
  let rangeZh: String?
  let rangeEn: String?

  init(decoded: DecodedMerchantNumber) {
    code = decoded.number.mccCode
    nameZh = decoded.category?.name(.zh)
    nameEn = decoded.category?.nameEn
    known = decoded.category != nil
    rangeZh = decoded.categoryRange?.name.zh
    rangeEn = decoded.categoryRange?.name.en
  }

  enum CodingKeys: String, CodingKey {
    case code, known
    case nameZh = "name_zh"
    case nameEn = "name_en"
    case rangeZh = "range_zh"
    case rangeEn = "range_en"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .code)
    try container.encode(nameZh, forKey: .nameZh)
    try container.encode(nameEn, forKey: .nameEn)
    try container.encode(known, forKey: .known)
    try container.encode(rangeZh, forKey: .rangeZh)
    try container.encode(rangeEn, forKey: .rangeEn)
  }
}

private struct DirectoryJSON: Encodable {
  let name: String
  let mcc: String
  let region: String
  let terminals: [String]
  let methods: [String]
  let status: String
  let scanningAllowed: Bool
  let statusMeaningZh: String
  let statusMeaningEn: String

  init(_ record: MerchantRecord) {
    name = record.name
    mcc = record.mccCode
    region = record.regionCode
    terminals = record.terminals.map(\.value)
    methods = record.methods.map(\.rawValue)
    status = record.status.rawValue
    scanningAllowed = record.canScan
    statusMeaningZh = record.status.meaningForScanning.zh
    statusMeaningEn = record.status.meaningForScanning.en
  }

  enum CodingKeys: String, CodingKey {
    case name, mcc, region, terminals, methods, status
    case scanningAllowed = "scanning_allowed"
    case statusMeaningZh = "status_meaning_zh"
    case statusMeaningEn = "status_meaning_en"
  }
}

private struct SlipCheckJSON: Encodable {
  let check: SlipCheckResult

  enum Keys: String, CodingKey {
    case match, mismatches
    case slipNumber = "slip_number"
    case terminal
    case summaryZh = "summary_zh"
    case summaryEn = "summary_en"
    case notesZh = "notes_zh"
    case notesEn = "notes_en"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(check.isMatch, forKey: .match)
    try container.encode(check.slipNumber.digits, forKey: .slipNumber)
    try container.encode(check.slipTerminal?.value, forKey: .terminal)
    try container.encode(check.summary.zh, forKey: .summaryZh)
    try container.encode(check.summary.en, forKey: .summaryEn)
    try container.encode(check.notes.map(\.zh), forKey: .notesZh)
    try container.encode(check.notes.map(\.en), forKey: .notesEn)
    try container.encode(
      check.mismatches.map { mismatch in
        [
          "field": mismatch.field.rawValue, "registered": mismatch.registered,
          "slip": mismatch.onSlip, "explanation_zh": mismatch.explanation.zh,
          "explanation_en": mismatch.explanation.en, "risk_zh": mismatch.risk.zh,
          "risk_en": mismatch.risk.en, "action_zh": mismatch.action.zh,
          "action_en": mismatch.action.en,
        ]
      }, forKey: .mismatches)
  }
}
