import GRDB

/// The merchant directory's tables in the app database.
public enum MerchantSchema {
  /// Adds the directory's migrations (identifiers prefixed `merchant-`).
  public static func register(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("merchant-v1") { db in
      // The merchant number is the primary key, so a lookup is one B-tree search.
      try db.execute(
        sql: """
          CREATE TABLE merchant (
            number TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            mcc TEXT NOT NULL,
            region TEXT NOT NULL,
            scan_enabled INTEGER NOT NULL,
            card_enabled INTEGER NOT NULL,
            status TEXT NOT NULL
          ) WITHOUT ROWID;
          CREATE TABLE merchant_terminal (
            terminal TEXT PRIMARY KEY NOT NULL,
            merchant_number TEXT NOT NULL REFERENCES merchant(number) ON DELETE CASCADE
          ) WITHOUT ROWID;
          CREATE INDEX merchant_terminal_by_merchant ON merchant_terminal(merchant_number);
          """)
    }
  }
}
