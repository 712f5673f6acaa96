/// Reads one data row of the directory CSV into a record, or says what is wrong with it.
struct MerchantCSVRow {
  /// Which field index holds each column, from the header.
  let columns: [MerchantCSVFormat.Column: Int]

  /// Checks the header: every required column once, no unknown column.
  static func header(_ fields: [String]) -> Result<MerchantCSVRow, MerchantImportError> {
    var columns: [MerchantCSVFormat.Column: Int] = [:]
    var problems: [LocalizedText] = []
    for (index, raw) in fields.enumerated() {
      let name = raw.trimmingSpaces().lowercased()
      guard let column = MerchantCSVFormat.Column(rawValue: name) else {
        problems.append(
          LocalizedText(
            zh: "第 \(index + 1) 列“\(raw)”不是已知列名。",
            en: "Column \(index + 1) (\"\(raw)\") is not a known column."))
        continue
      }
      if columns[column] != nil {
        problems.append(
          LocalizedText(zh: "列 \(name) 出现了两次。", en: "Column \(name) appears twice."))
      }
      columns[column] = index
    }
    for column in MerchantCSVFormat.Column.allCases
    where column.isRequired && columns[column] == nil {
      problems.append(
        LocalizedText(zh: "缺少列 \(column.rawValue)。", en: "Column \(column.rawValue) is missing."))
    }
    guard problems.isEmpty else { return .failure(.badHeader(problems: problems)) }
    return .success(MerchantCSVRow(columns: columns))
  }

  /// The record on this row, or the row's first problem.
  func record(_ fields: [String], line: Int) -> Result<MerchantRecord, MerchantImportProblem> {
    func problem(_ column: MerchantCSVFormat.Column?, _ zh: String, _ en: String)
      -> Result<MerchantRecord, MerchantImportProblem>
    {
      .failure(
        MerchantImportProblem(line: line, column: column, message: LocalizedText(zh: zh, en: en)))
    }
    let expected = columns.count
    guard fields.count == expected else {
      return problem(
        nil, "有 \(fields.count) 个字段，表头有 \(expected) 列（含逗号的字段要加双引号）。",
        "\(fields.count) fields but the header has \(expected) columns (quote fields that hold commas)."
      )
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
        return problem(
          .merchantNumber, "“\(typedNumber)”是被表格软件转成的科学计数法：请把该列设为“文本”后重新导出。",
          "\"\(typedNumber)\" was turned into a float by a spreadsheet: format the column as "
            + "text and export again.")
      }
      return .failure(
        MerchantImportProblem(line: line, column: .merchantNumber, message: error.message))
    }
    let name = MerchantNameSafety.imported(field(.name))
    guard !name.isEmpty else { return problem(.name, "商户名称为空。", "The merchant name is empty.") }
    if let refused = name.unicodeScalars.first(where: MerchantNameSafety.isRefused) {
      let code = "U+" + String(refused.value, radix: 16, uppercase: true)
      return problem(
        .name, "商户名称含控制字符或文字方向控制符（\(code)）。",
        "The merchant name holds a control or text-direction character (\(code)).")
    }
    guard !name.contains(where: \.isNewline) else {
      return problem(
        .name, "商户名称含换行或控制字符。", "The merchant name holds a line break or control character.")
    }
    var codes: [MerchantCSVFormat.Column: String] = [:]
    for column in [MerchantCSVFormat.Column.mcc, .region] {
      let text = field(column)
      guard !text.isEmpty else { continue }
      guard text.utf8.count == 4, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
        return problem(
          column, "“\(text)”应为 4 位数字，或留空以取商户号中的值。",
          "\"\(text)\" should be 4 digits, or empty to take it from the merchant number.")
      }
      codes[column] = text
    }
    var terminals: [TerminalNumber] = []
    for text in MerchantCSVFormat.values(field(.terminals)) {
      do {
        terminals.append(try TerminalNumber(parsing: text))
      } catch {
        return problem(
          .terminals, "“\(text)”：" + error.message.zh, "\"\(text)\": " + error.message.en)
      }
    }
    var methods: [MerchantPaymentMethod] = []
    for text in MerchantCSVFormat.values(field(.methods)) {
      guard let method = MerchantCSVFormat.method(text) else {
        return problem(
          .methods, "“\(text)”不是收款方式，可用 scan、card。", "\"\(text)\" is not a method; use scan, card.")
      }
      methods.append(method)
    }
    let statusText = field(.status)
    guard let status = MerchantCSVFormat.status(statusText) else {
      return problem(
        .status, "“\(statusText)”不是商户状态，可用 normal、risk_hold、frozen。",
        "\"\(statusText)\" is not a status; use normal, risk_hold or frozen.")
    }
    return .success(
      MerchantRecord(
        number: number, name: name, mccCode: codes[.mcc], regionCode: codes[.region],
        terminals: terminals, methods: methods, status: status))
  }
}
