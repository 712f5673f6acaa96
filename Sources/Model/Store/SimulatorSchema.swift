import GRDB

/// Tables of the simulated terminal: transactions, number sequences, settings.
public enum SimulatorSchema {
  /// Registers the simulator's migrations (identifiers prefixed `sim-`).
  public static func register(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("sim-v1") { db in
      try db.create(table: "sim_transaction") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("kind", .text).notNull()
        t.column("method", .text).notNull()
        t.column("walletID", .text)
        t.column("walletNameZh", .text)
        t.column("walletNameEn", .text)
        t.column("maskedCard", .text)
        t.column("amountFen", .integer).notNull()
        t.column("batch", .text).notNull()
        t.column("voucher", .text).notNull()
        t.column("reference", .text).notNull()
        t.column("date", .datetime).notNull()
        t.column("training", .boolean).notNull()
        t.column("operatorID", .text).notNull()
        t.column("originalVoucher", .text)
        t.column("originalReference", .text)
      }
      try db.create(
        index: "sim_transaction_reference", on: "sim_transaction", columns: ["reference"])
      try db.create(table: "sim_counter") { t in
        t.primaryKey("mode", .text)
        t.column("batchNumber", .integer).notNull()
        t.column("nextVoucher", .integer).notNull()
        t.column("nextReference", .integer).notNull()
      }
      try db.create(table: "sim_setting") { t in
        t.primaryKey("key", .text)
        t.column("value", .text).notNull()
      }
    }
    // Payment codes the host has seen: a real host answers a used code with an error, so
    // every console on the data dir refuses one, also after a restart.
    migrator.registerMigration("sim-used-codes-v1") { db in
      try db.create(table: "sim_used_code") { t in
        t.primaryKey("code", .text)
        t.column("date", .datetime).notNull()
      }
    }
  }
}
