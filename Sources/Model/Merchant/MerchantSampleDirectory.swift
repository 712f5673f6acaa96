import GRDB

/// The small directory created on first run so lookups and slip checks work out of the box.
public enum MerchantSampleDirectory {
  /// The store's own default merchant number (a setting under Management may change it).
  public static let storeMerchantDigits = "822581054110001"
  /// The store's own default terminal number.
  public static let storeTerminalValue = "10420001"

  /// (number, name, terminals, methods, status); names and numbers are invented.
  private static let rows: [(String, String, [String], [MerchantPaymentMethod], MerchantStatus)] = [
    (storeMerchantDigits, "示例便利超市（本店）", [storeTerminalValue], [.scan, .card], .normal),
    ("822581058120002", "粤味小馆", ["10420002"], [.scan, .card], .normal),
    ("822584070110003", "南山商务酒店", ["10420003", "10420004"], [.scan, .card], .normal),
    ("822581055410004", "东风路加油站", ["10420005"], [.scan, .card], .riskHold),
    ("822290059120005", "仁和大药房", ["10420006"], [.card], .normal),
    ("822100053110006", "京华百货", ["10420007"], [.scan, .card], .frozen),
    ("822581054990007", "街角食品店", ["10420008"], [.scan, .card], .normal),
    ("102581083986056", "羊城慈善服务中心", ["20150001"], [.scan, .card], .normal),
  ]

  /// The sample merchants as records.
  public static var records: [MerchantRecord] {
    rows.compactMap { digits, name, terminals, methods, status in
      guard let number = MerchantNumber(validDigits: digits) else { return nil }
      return MerchantRecord(
        number: number, name: name,
        terminals: terminals.compactMap { try? TerminalNumber(parsing: $0) },
        methods: methods, status: status)
    }
  }
}

extension MerchantDirectory {
  /// Fills an empty directory with the sample merchants; returns whether it did.
  @discardableResult
  public func seedSampleDirectoryIfEmpty() throws(MerchantDirectoryError) -> Bool {
    do {
      return try database.write { db in
        guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM merchant") == 0 else { return false }
        for record in MerchantSampleDirectory.records {
          _ = try Self.save(record, in: db)
        }
        return true
      }
    } catch let error as MerchantDirectoryError {
      throw error
    } catch {
      throw .database(operation: "create the sample directory", message: "\(error)")
    }
  }
}
