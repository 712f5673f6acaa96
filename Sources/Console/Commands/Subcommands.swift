import ArgumentParser

/// Every subcommand of `pos-console`; features add theirs here.
let posConsoleSubcommands: [any ParsableCommand.Type] = [
  ClassifyCommand.self,
  TerminalCommand.self,
  GuidesCommand.self,
  ReportCommand.self,
  LookupCommand.self,
  MerchantsCommand.self,
  StoreCommand.self,
  TrainerCommand.self,
  TrainingCommand.self,
  StatsCommand.self,
  RecordsCommand.self,
]
