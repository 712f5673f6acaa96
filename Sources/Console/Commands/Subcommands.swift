import ArgumentParser

/// Every subcommand of `pos-console`; features add theirs here.
let posConsoleSubcommands: [any ParsableCommand.Type] = [
  LookupCommand.self,
  MerchantsCommand.self,
]
