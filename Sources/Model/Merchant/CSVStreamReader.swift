/// Reads RFC 4180 CSV from a byte source one row at a time, knowing the line each row starts on.
///
/// Written here rather than taken from a package: SwiftCSV 0.10.0 holds the whole text in
/// memory, and CSV.swift 2.5.2 reads through Foundation's `InputStream` and a type-erased
/// iterator of Unicode scalars, trims with `CharacterSet`, and tracks no line numbers, which
/// every import problem needs. This reader works on bytes in a 64 KB buffer, so memory stays
/// flat however long the file is.
///
/// Quoted fields may hold commas, doubled quotes and line breaks. A row ends at LF, CRLF or a
/// lone CR. A UTF-8 byte order mark before the first row is skipped.
public struct CSVStreamReader<Source: CSVByteSource> {
  /// A row's fields, as bytes that are valid UTF-8, and the 1-based line it starts on.
  ///
  /// The fields sit one after another in one buffer, reused from row to row: a million-row
  /// import then makes no string for a field unless a row needs a closer look.
  public struct Row: Equatable, Sendable {
    public var bytes: [UInt8] = []
    /// Where each field ends in `bytes`; field `i` starts where field `i - 1` ends.
    public var ends: [Int] = []
    public var line: Int

    public init(line: Int = 0) {
      self.line = line
    }

    public var count: Int { ends.count }

    /// The bytes of field `index`.
    public func field(_ index: Int) -> ArraySlice<UInt8> {
      bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// Every field as text.
    public var fields: [String] {
      (0..<count).map { String(decoding: field($0), as: UTF8.self) }
    }
  }

  /// Why the text is not CSV, at the line where the broken row starts.
  public enum Failure: Error, Equatable, Sendable {
    /// A quote inside a quoted field is not doubled, or the closing quote is followed by text.
    case strayQuote(line: Int)
    /// A quoted field is still open at the end of the file.
    case unterminatedQuote(line: Int)
    /// The bytes of a field are not UTF-8.
    case notUTF8(line: Int)
    /// The source could not be read.
    case unreadable(reason: String)
  }

  private var source: Source
  private var buffer: [UInt8]
  private var position = 0
  private var end = 0
  private var exhausted = false
  private var line = 1
  private var atStart = true
  /// Bytes handed out so far, for progress.
  public private(set) var bytesRead = 0

  public init(source: Source, bufferSize: Int = 1 << 16) {
    self.source = source
    buffer = [UInt8](repeating: 0, count: bufferSize)
  }

  /// The next byte, or nil at the end of the source.
  @inline(__always)
  private mutating func next() throws(Failure) -> UInt8? {
    if position == end {
      guard !exhausted else { return nil }
      try refill()
      if position == end { return nil }
    }
    let byte = buffer[position]
    position += 1
    return byte
  }

  /// The next byte without taking it.
  @inline(__always)
  private mutating func peek() throws(Failure) -> UInt8? {
    if position == end {
      guard !exhausted else { return nil }
      try refill()
      if position == end { return nil }
    }
    return buffer[position]
  }

  private mutating func refill() throws(Failure) {
    let count: Int
    do {
      count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
    } catch {
      throw .unreadable(reason: "\(error)")
    }
    position = 0
    end = count
    bytesRead += count
    if count == 0 { exhausted = true }
  }

  /// The next row, or nil at the end of the text. Fields are reused from `row` to save
  /// allocations; pass the previous row back in.
  public mutating func nextRow(into row: inout Row) throws(Failure) -> Bool {
    if atStart {
      atStart = false
      if try peek() == 0xEF {  // a byte order mark is EF BB BF
        _ = try next()
        guard try next() == 0xBB, try next() == 0xBF else { throw .notUTF8(line: 1) }
      }
    }
    guard try peek() != nil else { return false }
    row.bytes.removeAll(keepingCapacity: true)
    row.ends.removeAll(keepingCapacity: true)
    row.line = line
    let rowLine = line
    var ascii = true
    while true {
      var quoted = false
      if try peek() == UInt8(ascii: "\"") {
        quoted = true
        _ = try next()
        while true {
          guard let byte = try next() else { throw .unterminatedQuote(line: rowLine) }
          if byte == UInt8(ascii: "\"") {
            if try peek() == UInt8(ascii: "\"") {
              _ = try next()
              row.bytes.append(byte)
              continue
            }
            break
          }
          if byte == 10 {
            line += 1
          } else if byte == 13, try peek() != 10 {
            line += 1  // a lone CR ends a line too
          }
          ascii = ascii && byte < 0x80
          row.bytes.append(byte)
        }
      }
      // Unquoted text, or what follows a closing quote up to the delimiter or line end.
      var endsRow = true  // at a line break or the end of the text
      while let byte = try next() {
        if byte == UInt8(ascii: ",") {
          endsRow = false
          break
        }
        if byte == 10 || byte == 13 {
          if byte == 13, try peek() == 10 { _ = try next() }
          line += 1
          break
        }
        if quoted { throw .strayQuote(line: rowLine) }
        ascii = ascii && byte < 0x80
        row.bytes.append(byte)
      }
      row.ends.append(row.bytes.count)
      if endsRow {
        guard ascii || UTF8Check.isValid(row.bytes) else { throw .notUTF8(line: rowLine) }
        return true
      }
    }
  }
}

/// Where CSV bytes come from: a file, or text held in memory.
public protocol CSVByteSource {
  /// Fills `buffer` from the start and says how many bytes it holds; 0 at the end.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// CSV text already in memory (tests, small files).
public struct CSVTextSource: CSVByteSource {
  private let bytes: [UInt8]
  private var offset = 0

  public init(_ text: String) {
    bytes = Array(text.utf8)
  }

  /// Raw bytes, which need not be UTF-8 (the reader says where they are not).
  public init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  public var count: Int { bytes.count }

  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
    let count = min(buffer.count, bytes.count - offset)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { source in
      buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
    }
    offset += count
    return count
  }
}
