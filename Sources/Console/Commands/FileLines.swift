import Foundation

/// The lines of a file read in 1 MB chunks, so a restore of a chain's year (a gigabyte of JSON
/// Lines) never holds the whole file in memory.
struct FileLines: Sequence {
  let handle: FileHandle

  func makeIterator() -> Iterator { Iterator(handle: handle) }

  struct Iterator: IteratorProtocol {
    let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    init(handle: FileHandle) {
      self.handle = handle
    }

    mutating func next() -> Substring? {
      while true {
        if let newline = buffer[start...].firstIndex(of: 0x0A) {
          let line = String(decoding: buffer[start..<newline], as: UTF8.self)
          start = newline + 1
          return Substring(line)
        }
        if ended {
          guard start < buffer.count else { return nil }
          let line = String(decoding: buffer[start...], as: UTF8.self)
          start = buffer.count
          return Substring(line)
        }
        buffer.removeFirst(start)
        start = 0
        let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
        if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { ended = true }
      }
    }
  }
}
