/// A short name for the content of a guide, so the records can say which version of the
/// self-check each session walked (resolution per guide version): any change to a start, a
/// step's text, an option's label or where it leads gives another name.
public enum GuideFingerprint {
  public static func of(_ guide: Guide) -> String {
    // FNV-1a over the content, in file order: stable across runs and machines (Swift's own
    // Hasher is seeded per process).
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ text: String) {
      for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
      hash ^= 0xff
      hash = hash &* 0x100_0000_01b3
    }
    add(guide.id)
    for start in guide.starts {
      add(start.symptom)
      add(start.step)
      add(start.title.zh)
      add(start.title.en)
    }
    for step in guide.steps {
      add(step.id)
      add(step.kind.name)
      add(step.text.zh)
      add(step.text.en)
      for option in step.kind.options {
        add(option.label.zh)
        add(option.label.en)
        add(option.next)
      }
    }
    let hex = String(hash, radix: 16)
    return "g-" + String(repeating: "0", count: 16 - hex.count) + hex.prefix(16)
  }
}
