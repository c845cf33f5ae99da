/// A pretty-printing JSON writer that produces exactly what JSONEncoder writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, byte for byte (a test holds it to
/// that), at a fraction of the cost: catalog.json is written for every procedure of a
/// national catalog. Callers write object members in sorted key order.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  private var indent: Int
  /// Per open container: whether it has a member yet.
  private var started: [Bool] = []

  init(indent: Int = 0, capacity: Int = 4096) {
    self.indent = indent
    bytes.reserveCapacity(capacity)
  }

  var text: String { String(decoding: bytes, as: UTF8.self) }

  private mutating func newline() {
    bytes.append(0x0A)
    bytes.append(contentsOf: repeatElement(0x20, count: indent))
  }

  /// Before a value inside an array, or before a key inside an object.
  private mutating func separate() {
    guard let last = started.last else { return }
    if last { bytes.append(UInt8(ascii: ",")) }
    started[started.count - 1] = true
    newline()
  }

  private mutating func open(_ bracket: UInt8) {
    bytes.append(bracket)
    indent += 2
    started.append(false)
  }

  private mutating func close(_ bracket: UInt8) {
    let hadMembers = started.removeLast()
    indent -= 2
    if !hadMembers { bytes.append(0x0A) }
    newline()
    bytes.append(bracket)
  }

  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }

  /// Starts an array as a value in an array (object members use `key` first).
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// An element of the enclosing array: call before writing each element value.
  mutating func element() { separate() }

  mutating func key(_ name: String) {
    separate()
    writeString(name)
    bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
  }

  mutating func string(_ value: String) { writeString(value) }
  mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
  mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

  /// A number as JSONEncoder writes it: integers exactly, other values by Swift's shortest form.
  mutating func number(_ number: Number) {
    if let int = Int64(exactly: number.value) {
      bytes.append(contentsOf: String(int).utf8)
    } else {
      bytes.append(contentsOf: "\(number.value)".utf8)
    }
  }

  // MARK: Members, for brevity at the call sites

  mutating func member(_ name: String, _ value: String) {
    key(name)
    string(value)
  }

  mutating func member(_ name: String, _ value: String?) {
    guard let value else { return }
    member(name, value)
  }

  mutating func member(_ name: String, _ value: Bool?) {
    guard let value else { return }
    key(name)
    bool(value)
  }

  mutating func member(_ name: String, _ value: Int?) {
    guard let value else { return }
    key(name)
    int(value)
  }

  mutating func member(_ name: String, _ value: Day?) {
    guard let value else { return }
    member(name, value.description)
  }

  mutating func member(_ name: String, strings: [String]) {
    key(name)
    beginArray()
    for value in strings {
      element()
      string(value)
    }
    endArray()
  }

  /// `{vi: ..., en: ...}` with languages in key order.
  mutating func member(_ name: String, _ text: LocalizedText?) {
    guard let text else { return }
    key(name)
    beginObject()
    for entry in text.entries.sorted(by: { $0.language < $1.language }) { member(entry.language, entry.text) }
    endObject()
  }

  private mutating func writeString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      for byte in utf8 {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0..<0x20:
          let hex = Array("0123456789abcdef".utf8)
          bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default: bytes.append(byte)
        }
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
