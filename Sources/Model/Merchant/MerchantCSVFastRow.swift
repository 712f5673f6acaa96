/// The import's quick look at a row: the spelling export writes and most files use, checked on
/// bytes, with no string made. A row it does not vouch for goes to `MerchantCSVRow`, which
/// reads every spelling people type and words every problem; so this only ever decides
/// "certainly good, and exactly these values", never "bad".
struct MerchantCSVFastRow {
  /// Field indices of the columns, from the header (-1 when a column is absent).
  let number: Int
  let name: Int
  let mcc: Int
  let region: Int
  let terminals: Int
  let methods: Int
  let status: Int
  let columnCount: Int

  init(header: MerchantCSVRow) {
    func index(_ column: MerchantCSVFormat.Column) -> Int { header.columns[column] ?? -1 }
    number = index(.merchantNumber)
    name = index(.name)
    mcc = index(.mcc)
    region = index(.region)
    terminals = index(.terminals)
    methods = index(.methods)
    status = index(.status)
    columnCount = header.columns.count
  }

  /// What a good row holds, as byte ranges of the row plus the flags.
  struct Values {
    var number: Range<Int>
    var name: Range<Int>
    /// Empty ranges mean "from the number".
    var mcc: Range<Int>
    var region: Range<Int>
    /// `;`-separated, ascending, no repeats: already the stored spelling.
    var terminals: Range<Int>
    var terminalCount: Int
    var scan: Bool
    var card: Bool
    var status: StaticString
  }

  func values<Source>(_ row: CSVStreamReader<Source>.Row) -> Values? {
    guard row.count == columnCount else { return nil }
    return row.bytes.withUnsafeBufferPointer { bytes -> Values? in
      func range(_ index: Int) -> Range<Int> {
        guard index >= 0 else { return 0..<0 }
        return (index == 0 ? 0 : row.ends[index - 1])..<row.ends[index]
      }
      func isDigits(_ range: Range<Int>) -> Bool {
        range.allSatisfy { bytes[$0] >= 48 && bytes[$0] <= 57 }
      }
      let numberRange = range(number)
      guard numberRange.count == MerchantNumber.length, isDigits(numberRange) else { return nil }
      let nameRange = range(name)
      guard isPlainName(bytes, nameRange) else { return nil }
      let mccRange = range(mcc)
      let regionRange = range(region)
      for code in [mccRange, regionRange] where !code.isEmpty {
        guard code.count == 4, isDigits(code) else { return nil }
      }
      let terminalRange = range(terminals)
      guard let terminalCount = ascendingTerminals(bytes, terminalRange) else { return nil }
      let (scan, card): (Bool, Bool)
      switch text(bytes, range(methods)) {
      case "scan;card", "card;scan": (scan, card) = (true, true)
      case "scan": (scan, card) = (true, false)
      case "card": (scan, card) = (false, true)
      default: return nil
      }
      let statusText: StaticString
      switch text(bytes, range(status)) {
      case "normal": statusText = "normal"
      case "risk_hold": statusText = "risk_hold"
      case "frozen": statusText = "frozen"
      default: return nil
      }
      return Values(
        number: numberRange, name: nameRange, mcc: mccRange, region: regionRange,
        terminals: terminalRange, terminalCount: terminalCount, scan: scan, card: card,
        status: statusText)
    }
  }

  /// Short ASCII fields compared without a string: the methods and status spellings.
  private func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    guard range.count <= 15 else { return "" }  // small strings live inline, no allocation
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// A name with nothing to trim or refuse: not empty, no control characters, no byte that
  /// may start a Unicode space, line break, C1 or direction control (C2, D8, E1-E3 leads), not
  /// starting or ending in a space, not starting with `'`. Anything else takes the careful path.
  private func isPlainName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard let first = range.first, let last = range.last else { return false }
    // A leading `'` may protect a formula start (export's) and is read the careful way.
    guard bytes[first] != 0x20, bytes[last] != 0x20, bytes[first] != 0x27 else { return false }
    for index in range {
      let byte = bytes[index]
      if byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || (0xE1...0xE3).contains(byte)
      {
        return false
      }
    }
    return true
  }

  /// How many terminals a `;`-separated list of 8 digits or capitals holds, when they are
  /// in ascending order without repeats (as export writes them); nil otherwise.
  private func ascendingTerminals(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Int? {
    let length = TerminalNumber.length
    guard !range.isEmpty, (range.count + 1) % (length + 1) == 0 else { return nil }
    let count = (range.count + 1) / (length + 1)
    for item in 0..<count {
      let start = range.lowerBound + item * (length + 1)
      for index in start..<start + length {
        let byte = bytes[index]
        guard (48...57).contains(byte) || (65...90).contains(byte) else { return nil }
      }
      if item + 1 < count {
        guard bytes[start + length] == UInt8(ascii: ";") else { return nil }
        // Strictly after the previous one, byte by byte.
        let next = start + length + 1
        var ordered = false
        for offset in 0..<length where bytes[start + offset] != bytes[next + offset] {
          ordered = bytes[start + offset] < bytes[next + offset]
          break
        }
        guard ordered else { return nil }
      }
    }
    return count
  }
}
