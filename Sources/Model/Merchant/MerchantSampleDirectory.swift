import GRDB

/// The small directory created on first run so lookups and slip checks work out of the box.
public enum MerchantSampleDirectory {
  /// The store's own default merchant number (a setting under Management may change it).
  public static let storeMerchantDigits = "822581054110001"
  /// The store's own default terminal number.
  public static let storeTerminalValue = "10420001"

  /// The sample merchants as records.
  public static var records: [MerchantRecord] {
    MerchantSampleRowsZh.rows.compactMap { digits, name, terminals, methods, status in
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
