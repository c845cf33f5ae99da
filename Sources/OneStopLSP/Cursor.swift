import OneStopKit

/// Where the cursor is in a YAML file, read from the lines as written (so that it works on text
/// being typed, which may not parse): the keys from the root down to the value or mapping under
/// the cursor, whether a key is being written, and the word under the cursor.
struct Cursor {
  /// The keys from the root: for a value, ending with its key; for a key, the mapping's keys.
  var keys: [String]
  /// Whether the cursor is where a key is written.
  var onKey: Bool
  /// The word under the cursor (letters, digits, `-`, `_`, `.`): its byte span and text.
  var wordStart: Int
  var wordEnd: Int
  var word: String

  init(_ lines: LineTable, offset: Int) {
    let bytes = lines.bytes
    func isWordByte(_ byte: UInt8) -> Bool {
      byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }
    var start = min(offset, bytes.count)
    while start > 0, isWordByte(bytes[start - 1]) { start -= 1 }
    var end = min(offset, bytes.count)
    while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
    wordStart = start
    wordEnd = end
    word = String(decoding: bytes[start..<end], as: UTF8.self)

    let line = Self.line(of: offset, lines)
    let lineStart = lines.starts[line]
    let (inline, onKey, column) = Self.inline(bytes, from: lineStart, to: start, lineEnd: lines.lineEnd(line))
    self.onKey = onKey
    keys = Self.parents(lines, line: line, column: column, itemOnly: inline.isEmpty && !onKey) + inline
  }

  static func line(of offset: Int, _ lines: LineTable) -> Int {
    var low = 0
    var high = lines.starts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lines.starts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// The keys written on the cursor's line before it (the line's key, then the keys of each open
  /// flow mapping), whether the cursor is in a key's place, and the column of the line's content.
  static func inline(_ bytes: [UInt8], from lineStart: Int, to cursor: Int, lineEnd: Int) -> (
    [String], Bool, Int
  ) {
    var index = lineStart
    while index < cursor, bytes[index] == 0x20 { index += 1 }
    // Sequence markers: `- `, `- - `.
    while index + 1 <= cursor, index < lineEnd, bytes[index] == UInt8(ascii: "-"),
      index + 1 == lineEnd || bytes[index + 1] == 0x20
    {
      index += 1
      while index < cursor, bytes[index] == 0x20 { index += 1 }
    }
    let column = index - lineStart
    // Each level: the flow collection's bracket (0 for the block level) and its current key.
    var levels: [(bracket: UInt8, key: String?)] = [(0, nil)]
    var keyStart: Int? = index
    var quote: UInt8 = 0
    var position = index
    while position < cursor {
      let byte = bytes[position]
      if quote != 0 {
        if byte == quote { quote = 0 }
        position += 1
        continue
      }
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
      case UInt8(ascii: "#") where position == lineStart || bytes[position - 1] == 0x20:
        position = cursor
        continue
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        levels.append((byte, nil))
        keyStart = byte == UInt8(ascii: "{") ? position + 1 : nil
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if levels.count > 1 { levels.removeLast() }
        keyStart = nil
      case UInt8(ascii: ","):
        if levels.last!.bracket == UInt8(ascii: "{") {
          levels[levels.count - 1].key = nil
          keyStart = position + 1
        }
      case UInt8(ascii: ":") where position + 1 >= lineEnd || bytes[position + 1] == 0x20:
        if let from = keyStart {
          let key = String(decoding: bytes[from..<position], as: UTF8.self).trimmingCharacters(" \"'")
          levels[levels.count - 1].key = key
          keyStart = nil
        }
      default: break
      }
      position += 1
    }
    let current = levels.last!
    let onKey =
      current.key == nil && (current.bracket == UInt8(ascii: "{") || (current.bracket == 0 && levels.count == 1))
    return (levels.compactMap(\.key), onKey, column)
  }

  /// The keys of the block mappings holding a line whose content starts at `column`: each the
  /// nearest line above that starts a key at a smaller column (or, for a sequence item without a
  /// key, at most the item's column).
  static func parents(_ lines: LineTable, line: Int, column: Int, itemOnly: Bool) -> [String] {
    var keys: [String] = []
    var limit = column
    var inclusive = itemOnly && lines.bytes.indices.contains(lines.starts[line] + column)
    var current = line - 1
    while current >= 0, limit > 0 {
      let start = lines.starts[current]
      let end = lines.lineEnd(current)
      var index = start
      while index < end, lines.bytes[index] == 0x20 { index += 1 }
      if index == end || lines.bytes[index] == UInt8(ascii: "#") {
        current -= 1
        continue
      }
      while index + 1 < end, lines.bytes[index] == UInt8(ascii: "-"), lines.bytes[index + 1] == 0x20 {
        index += 2
        while index < end, lines.bytes[index] == 0x20 { index += 1 }
      }
      let keyColumn = index - start
      if keyColumn < limit || (inclusive && keyColumn == limit), let key = Self.key(lines.bytes, index, end) {
        if keyColumn < limit || key.emptyValue {
          keys.insert(key.name, at: 0)
          limit = keyColumn
          inclusive = false
        }
      }
      current -= 1
    }
    return keys
  }

  /// The key a line's content starts with, and whether nothing follows its colon.
  static func key(_ bytes: [UInt8], _ from: Int, _ end: Int) -> (name: String, emptyValue: Bool)? {
    var index = from
    while index < end {
      if bytes[index] == UInt8(ascii: ":") && (index + 1 == end || bytes[index + 1] == 0x20) {
        let name = String(decoding: bytes[from..<index], as: UTF8.self).trimmingCharacters(" \"'")
        var rest = index + 1
        while rest < end, bytes[rest] == 0x20 { rest += 1 }
        return (name, rest == end || bytes[rest] == UInt8(ascii: "#"))
      }
      if bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "[") { return nil }
      index += 1
    }
    return nil
  }
}

extension String {
  func trimmingCharacters(_ set: String) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text = text.dropFirst() }
    while let last = text.last, set.contains(last) { text = text.dropLast() }
    return String(text)
  }
}

/// What an id names, by where it is written.
enum IDKind: Equatable {
  case level, field, subject, paper, source, check
}

/// The format's knowledge of where each kind of id goes.
enum Vocabulary {
  /// The shape of a file's root mapping.
  static func rootShape(_ path: String) -> ObjectShape? {
    if path.hasPrefix("catalog/") { return FormatSchema.procedure }
    return FormatSchema.rulesFiles.first { $0.path == path }?.shape
  }

  /// The shape reached by following `keys` from the root (lists are stepped through).
  static func shape(_ path: String, _ keys: [String]) -> Shape? {
    guard let root = rootShape(path) else { return nil }
    var shape = Shape.object(root)
    for key in keys {
      shape = unwrap(shape)
      switch shape {
      case .object(let object):
        guard let field = object.field(key) else { return nil }
        shape = field.shape
      case .map(_, let values, _): shape = values
      default: return nil
      }
    }
    return unwrap(shape)
  }

  static func unwrap(_ shape: Shape) -> Shape {
    if case .list(let inner, _) = shape { return unwrap(inner) }
    return shape
  }

  /// The kind of id a value at `keys` of `path` is.
  static func valueKind(_ path: String, _ keys: [String]) -> IDKind? {
    guard let last = keys.last else { return nil }
    if path.hasPrefix("catalog/") {
      switch (keys.count, last) {
      case (1, "field"): return .field
      case (1, "levels"): return .level
      case (1, "subjects"): return .subject
      case (1, "data_sources"): return .source
      case (2, "updates") where keys.first == "results": return .source
      case (_, "paper"), (_, "any_of"):
        return keys.first == "papers" || keys.first == "cases" || keys.first == "results" ? .paper : nil
      default: return nil
      }
    }
    switch (path, keys) {
    case ("rules/papers.yaml", ["papers", "id"]), ("rules/papers.yaml", ["papers", "replaced_by"]),
      ("rules/sources.yaml", ["sources", "provides"]):
      return .paper
    case ("rules/sources.yaml", ["sources", "id"]): return .source
    case ("rules/levels.yaml", ["levels", "id"]): return .level
    case ("rules/policy.yaml", _) where keys.first == "targets" && last == "level": return .level
    case ("rules/fields.yaml", ["fields", "id"]): return .field
    case ("rules/subjects.yaml", ["subjects", "id"]): return .subject
    default: return nil
    }
  }

  /// The kind of id a key of the mapping at `keys` is (`connected:` levels, `checks:` ids).
  static func keyKind(_ path: String, _ keys: [String]) -> IDKind? {
    switch (path, keys.last) {
    case ("rules/sources.yaml", "connected"): return .level
    case ("rules/policy.yaml", "checks"): return .check
    default: return nil
    }
  }
}
