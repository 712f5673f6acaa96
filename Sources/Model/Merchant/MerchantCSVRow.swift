/// Reads one data row of the directory CSV into a record, or says what is wrong with it.
struct MerchantCSVRow {
  /// Which field index holds each column, from the header.
  let columns: [MerchantCSVFormat.Column: Int]

  /// Checks the header: every required column once, no unknown column.
  static func header(_ fields: [String]) -> Result<MerchantCSVRow, MerchantImportError> {
    var columns: [MerchantCSVFormat.Column: Int] = [:]
    var problems: [MerchantImportText] = []
    for (index, raw) in fields.enumerated() {
      let name = raw.trimmingSpaces().lowercased()
      guard let column = MerchantCSVFormat.Column(rawValue: name) else {
        problems.append(.unknownColumn(position: index + 1, raw: raw))
        continue
      }
      if columns[column] != nil {
        problems.append(.repeatedColumn(name))
      }
      columns[column] = index
    }
    for column in MerchantCSVFormat.Column.allCases
    where column.isRequired && columns[column] == nil {
      problems.append(.missingColumn(column.rawValue))
    }
    guard problems.isEmpty else { return .failure(.badHeader(problems: problems)) }
    return .success(MerchantCSVRow(columns: columns))
  }

  /// The record on this row, or the row's first problem.
  func record(_ fields: [String], line: Int) -> Result<MerchantRecord, MerchantImportProblem> {
    func problem(_ column: MerchantCSVFormat.Column?, _ message: MerchantImportText)
      -> Result<MerchantRecord, MerchantImportProblem>
    {
      .failure(MerchantImportProblem(line: line, column: column, message: message))
    }
    let expected = columns.count
    guard fields.count == expected else {
      return problem(nil, .fieldCount(fields: fields.count, expected: expected))
    }
    func field(_ column: MerchantCSVFormat.Column) -> String {
      guard let index = columns[column], fields.indices.contains(index) else { return "" }
      return fields[index].trimmingSpaces()
    }

    let number: MerchantNumber
    let typedNumber = field(.merchantNumber)
    do {
      number = try MerchantNumber(parsing: typedNumber)
    } catch {
      if typedNumber.uppercased().contains("E+") {
        // Spreadsheets turn a 15-digit column into a float such as 8.22581E+14.
        return problem(.merchantNumber, .scientificNotation(typedNumber))
      }
      return problem(.merchantNumber, .merchantNumberRefused(error))
    }
    let name = MerchantNameSafety.imported(field(.name))
    guard !name.isEmpty else { return problem(.name, .emptyName) }
    if let refused = name.unicodeScalars.first(where: MerchantNameSafety.isRefused) {
      let code = "U+" + String(refused.value, radix: 16, uppercase: true)
      return problem(.name, .refusedCharacterInName(code))
    }
    guard !name.contains(where: \.isNewline) else {
      return problem(.name, .controlCharacterInName)
    }
    var codes: [MerchantCSVFormat.Column: String] = [:]
    for column in [MerchantCSVFormat.Column.mcc, .region] {
      let text = field(column)
      guard !text.isEmpty else { continue }
      guard text.utf8.count == 4, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
        return problem(column, .codeNotFourDigits(text))
      }
      codes[column] = text
    }
    var terminals: [TerminalNumber] = []
    for text in MerchantCSVFormat.values(field(.terminals)) {
      do {
        terminals.append(try TerminalNumber(parsing: text))
      } catch {
        return problem(.terminals, .terminalRefused(text, error))
      }
    }
    var methods: [MerchantPaymentMethod] = []
    for text in MerchantCSVFormat.values(field(.methods)) {
      guard let method = MerchantCSVFormat.method(text) else {
        return problem(.methods, .unknownMethod(text))
      }
      methods.append(method)
    }
    let statusText = field(.status)
    guard let status = MerchantCSVFormat.status(statusText) else {
      return problem(.status, .unknownStatus(statusText))
    }
    return .success(
      MerchantRecord(
        number: number, name: name, mccCode: codes[.mcc], regionCode: codes[.region],
        terminals: terminals, methods: methods, status: status))
  }
}
