import ArgumentParser
import Foundation
import Model

/// `pos-console merchants bench-lookup --count N` (hidden): times random directory lookups
/// in-process and prints p50/p99, for `scripts/bench-merchants.sh`. Timing lives here, not in tests.
struct MerchantsBenchLookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-lookup", abstract: "Time random merchant lookups (benchmark).",
    shouldDisplay: false)

  @Option(help: "How many lookups to time.")
  var count = 10_000

  @OptionGroup var store: MerchantStoreOptions

  func run() throws {
    let directory = try store.openDirectory(seed: false)
    let tables = try store.loadTables()
    var numbers: [MerchantNumber] = []
    try directory.forEachMerchant { numbers.append($0.number) }
    guard !numbers.isEmpty, count > 0 else {
      printError(
        "bench-lookup: the directory is empty (import a CSV first) or --count is not positive")
      throw ExitCode(1)
    }
    var generator = SystemRandomNumberGenerator()
    let sample = (0..<count).map { _ in
      numbers[Int.random(in: 0..<numbers.count, using: &generator)]
    }
    let clock = ContinuousClock()

    var recordTimes: [Duration] = []
    recordTimes.reserveCapacity(count)
    for number in sample {
      let start = clock.now
      guard try directory.merchant(number) != nil else { throw ExitCode(1) }
      recordTimes.append(clock.now - start)
    }
    var reportTimes: [Duration] = []
    reportTimes.reserveCapacity(count)
    for number in sample {
      let start = clock.now
      let report = try MerchantLookupReport.run(
        MerchantLookupRequest(number: number.digits), tables: tables, directory: directory)
      _ = report.text(.zh)
      reportTimes.append(clock.now - start)
    }
    print("merchants in directory: \(numbers.count)")
    print(line("directory lookup", recordTimes))
    print(line("full lookup report", reportTimes))
  }

  private func line(_ label: String, _ times: [Duration]) -> String {
    let sorted = times.sorted()
    func micro(_ quantile: Double) -> String {
      let index = min(sorted.count - 1, Int((Double(sorted.count) * quantile).rounded(.down)))
      let duration = sorted[index].components
      let value = Double(duration.seconds) * 1e6 + Double(duration.attoseconds) / 1e12
      return String(format: "%.1f µs", value)
    }
    return "\(label): n=\(sorted.count) p50=\(micro(0.5)) p99=\(micro(0.99)) max=\(micro(1.0))"
  }
}
