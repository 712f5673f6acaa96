import Foundation
import GRDB
import SwiftCSV

/// Imports a directory CSV: all rows or none, in one transaction; rows upserted by merchant number.
///
/// Parsing uses SwiftCSV 0.10.0, which handles quoted fields (commas, doubled quotes, line
/// breaks) but neither tracks line numbers nor streams from a file: the text is held in
/// memory (about 70 MB for a million rows) and rows are visited one by one without building
/// a table. Line numbers are counted here, from the line breaks each row held.
extension MerchantDirectory {
  /// Imports the CSV file at `path`.
  public func importCSV(path: String) throws(MerchantImportError) -> MerchantImportSummary {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadableFile(path: path, reason: "missing, or no permission to read it")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .unreadableFile(path: path, reason: "not UTF-8 text (save the file as UTF-8 CSV)")
    }
    return try importCSV(text: text)
  }

  /// Imports CSV text: checks the header, then every row; changes the directory only when
  /// every row is good. Importing the same text again reports every row unchanged.
  public func importCSV(text: String) throws(MerchantImportError) -> MerchantImportSummary {
    let csv: EnumeratedCSV
    do {
      csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false, rowLimit: 0)
    } catch {
      throw .badRows(
        problems: [MerchantImportProblem(line: 1, column: nil, message: Self.quoting(error))],
        total: 1)
    }
    guard !csv.header.isEmpty, csv.header != [""] else {
      throw .badHeader(problems: [LocalizedText(zh: "文件是空的。", en: "The file is empty.")])
    }
    let reader: MerchantCSVRow
    switch MerchantCSVRow.header(csv.header) {
    case .success(let header): reader = header
    case .failure(let error): throw error
    }

    var problems: [MerchantImportProblem] = []
    var problemCount = 0
    func report(_ problem: MerchantImportProblem) {
      problemCount += 1
      if problems.count < MerchantImportError.listedProblemLimit { problems.append(problem) }
    }
    var summary = MerchantImportSummary()
    var nextLine = 1 + Self.lineBreaks(in: csv.header) + 1
    var firstLineOfNumber: [String: Int] = [:]
    var databaseFailure: String?

    do {
      try database.writer.write { db in
        do {
          try csv.enumerateAsArray(startAt: 1, rowLimit: nil) { fields in
            let line = nextLine
            nextLine += 1 + Self.lineBreaks(in: fields)
            if fields.count == 1, fields[0].trimmingSpaces().isEmpty { return }  // blank line
            switch reader.record(fields, line: line) {
            case .failure(let problem):
              report(problem)
            case .success(let record):
              if let first = firstLineOfNumber[record.number.digits] {
                report(
                  MerchantImportProblem(
                    line: line, column: .merchantNumber,
                    message: LocalizedText(
                      zh: "商户号 \(record.number) 与第 \(first) 行重复。",
                      en: "Merchant number \(record.number) is also on line \(first).")))
                return
              }
              firstLineOfNumber[record.number.digits] = line
              // Once a row is bad the import will be rolled back: only keep checking rows.
              guard problemCount == 0, databaseFailure == nil else { return }
              do {
                switch try Self.save(record, in: db) {
                case .added: summary.added += 1
                case .changed: summary.changed += 1
                case .unchanged: summary.unchanged += 1
                }
              } catch let error as MerchantDirectoryError {
                report(
                  MerchantImportProblem(
                    line: line, column: .terminals,
                    message: LocalizedText(zh: error.message(.zh), en: error.message(.en))))
              } catch {
                databaseFailure = "line \(line): \(error)"
              }
            }
          }
        } catch {
          report(MerchantImportProblem(line: nextLine, column: nil, message: Self.quoting(error)))
        }
        if problemCount > 0 || databaseFailure != nil { throw RollBack() }
      }
    } catch is RollBack {
      if let databaseFailure { throw .database(message: databaseFailure) }
      throw .badRows(problems: problems, total: problemCount)
    } catch {
      throw .database(message: "\(error)")
    }
    return summary
  }

  /// Thrown inside the transaction so GRDB rolls it back.
  private struct RollBack: Error {}

  private static func lineBreaks(in fields: [String]) -> Int {
    fields.reduce(0) { count, field in
      // Scanning bytes first skips the slow Character walk for the usual one-line field.
      // (10-13 are ASCII line breaks; C2 and E2 lead U+0085 and U+2028/2029.)
      let mayBreak = field.utf8.contains { (byte: UInt8) -> Bool in
        switch byte {
        case 10...13, 0xC2, 0xE2: true
        default: false
        }
      }
      guard mayBreak else { return count }
      return count + field.reduce(0) { $0 + ($1.isNewline ? 1 : 0) }
    }
  }

  private static func quoting(_ error: any Error) -> LocalizedText {
    let detail: String
    switch error as? CSVParseError {
    case .generic(let message), .quotation(let message): detail = message
    case nil: detail = "\(error)"
    }
    return LocalizedText(
      zh: "引号用法不对（字段内的双引号要写成两个，整个字段用双引号括起）：\(detail)",
      en: "Broken quoting (a quote inside a field is written twice, and the whole field is "
        + "quoted): \(detail)")
  }
}

extension MerchantDirectory {
  /// Writes the whole directory as CSV, header first, one `write` call per line (with "\n").
  public func exportCSV(_ write: (String) -> Void) throws(MerchantDirectoryError) {
    write(MerchantCSVFormat.header + "\n")
    try forEachMerchant { write(MerchantCSVFormat.line(for: $0) + "\n") }
  }
}
