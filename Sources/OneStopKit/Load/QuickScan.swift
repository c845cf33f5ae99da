/// A scanner for the plain subset of YAML that catalog files are written in, giving exactly the
/// events libyaml gives for them (kinds, styles, values, and every mark a decoder reads), in a
/// single pass with no copies: the procedure fast path's first reader.
///
/// It takes a file only when every line is one it knows to read as libyaml does, and refuses
/// (`init` returns `nil`) at anything else, leaving the file to libyaml. What it takes:
/// - UTF-8 text (a byte order mark allowed) with LF or CRLF line ends, free of tabs, lone
///   carriage returns, control characters, U+0085, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF and
///   four-byte characters;
/// - one implicit document whose root is a block mapping at column 0;
/// - block mappings whose keys are plain ids (`[A-Za-z0-9_][A-Za-z0-9_.-]*`) followed by `: `;
///   block sequences of `- ` entries, indented more than their parent key or at its column (an
///   indentless sequence, `key:\n- a`); a mapping begun on an entry's line (`- id: x`);
/// - on one line: plain scalars without `: ` or ` #`, quoted scalars without escapes (`\`, `''`),
///   flow sequences and mappings of those with plain id keys;
/// - comments on their own lines or after a value, blank lines.
/// It refuses, among others: anchors, aliases, tags, directives and document markers, block
/// scalars (`|`, `>`), quoted keys, empty values, multi-line scalars and flow collections,
/// explicit keys (`?`), scalars that begin with an indicator (`-5`), and nesting deeper than 64.
///
/// libyaml reads most of a file's bytes one code point at a time through its reader, scanner and
/// parser; a catalog file of this subset needs one look at each byte. The differential tests and
/// the fuzz harness hold the two to the same events on every file the scanner takes.
package struct QuickYAMLScanner: ~Copyable, YAMLEventSource {
  private struct Event {
    var kind: YAMLEventKind
    var style: ScalarStyle = .plain
    var isFlow = false
    /// Every event the scanner reads starts and ends on one line (multi-line forms are refused).
    var line: Int32
    var startOffset: Int32
    var endOffset: Int32
    var valueStart: Int32 = 0
    var valueCount: Int32 = 0
  }

  private let base: UnsafePointer<UInt8>
  private var events: [Event]
  private var index = -1
  let lines: LineIndex
  /// The last position converted: marks mostly move forward along a line, so a column is counted
  /// on from there.
  private var lastMark = (line: -1, offset: 0, column: 0)

  /// The deepest nesting the scanner reads (libyaml then reads deeper files, up to the limit).
  package static let maxDepth = 64

  /// Scans `bytes` (which must stay where they are until the scanner is gone), or returns `nil`
  /// when they are outside the subset.
  package init?(_ bytes: UnsafeBufferPointer<UInt8>, array: [UInt8], maxDepth: Int = QuickYAMLScanner.maxDepth) {
    guard let pointer = bytes.baseAddress, bytes.count < Int(Int32.max) else { return nil }
    let bomLength = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    guard Self.isSubsetText(bytes, from: bomLength) else { return nil }
    var scan = Scan(base: pointer, count: bytes.count, start: bomLength, maxDepth: min(maxDepth, Self.maxDepth))
    guard (try? scan.document()) != nil else { return nil }
    base = pointer
    events = scan.events
    lines = LineIndex(bytes: array, contentStart: bomLength)
  }

  /// Whether every character is one the subset allows (see the type's documentation): printable
  /// ASCII, line feeds, and well-formed two- and three-byte UTF-8 sequences of printable
  /// characters.
  static func isSubsetText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
    var i = start
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        // A carriage return only as part of CRLF (a lone one is a line break to libyaml).
        guard (b >= 0x20 && b != 0x7F) || b == 0x0A || (b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) else {
          return false
        }
        i += 1
      } else if b >= 0xC2 && b <= 0xDF {
        // C2 80-9F are the C1 controls, U+0085 among them.
        guard i + 1 < n, bytes[i + 1] & 0xC0 == 0x80, b != 0xC2 || bytes[i + 1] >= 0xA0 else { return false }
        i += 2
      } else if b >= 0xE0 && b <= 0xEF {
        guard i + 2 < n else { return false }
        let b1 = bytes[i + 1]
        let b2 = bytes[i + 2]
        guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return false }
        switch b {
        case 0xE0: guard b1 >= 0xA0 else { return false }  // overlong
        case 0xED: guard b1 < 0xA0 else { return false }  // surrogates
        case 0xE2: guard b1 != 0x80 || (b2 != 0xA8 && b2 != 0xA9) else { return false }  // U+2028, U+2029
        case 0xEF: guard !(b1 == 0xBB && b2 == 0xBF) && !(b1 == 0xBF && b2 >= 0xBE) else { return false }
        default: break
        }
        i += 3
      } else {
        return false
      }
    }
    return true
  }

  // MARK: Reading the events

  mutating func next() -> YAMLEventKind? {
    index += 1
    return index < events.count ? events[index].kind : nil
  }

  var start: YAMLMark {
    let event = events[index]
    return YAMLMark(line: Int(event.line), column: 0, offset: Int(event.startOffset))
  }

  var end: YAMLMark {
    let event = events[index]
    return YAMLMark(line: Int(event.line), column: 0, offset: Int(event.endOffset))
  }

  var isDecorated: Bool { false }

  var isFlow: Bool { events[index].isFlow }

  var scalarBytes: UnsafeBufferPointer<UInt8> {
    let event = events[index]
    return UnsafeBufferPointer(start: base + Int(event.valueStart), count: Int(event.valueCount))
  }

  var scalarStyle: ScalarStyle { events[index].style }

  /// The position of a mark, its column counted in code points as libyaml counts them.
  mutating func position(_ mark: YAMLMark) -> SourcePosition {
    var from = lines.lineStarts[mark.line]
    var column = 0
    if mark.line == lastMark.line && mark.offset >= lastMark.offset {
      from = lastMark.offset
      column = lastMark.column
    }
    for i in from..<mark.offset where base[i] & 0xC0 != 0x80 { column += 1 }
    lastMark = (mark.line, mark.offset, column)
    return SourcePosition(line: mark.line + 1, column: column + 1, offset: mark.offset)
  }

  // MARK: Scanning

  private struct Refuse: Error {}

  /// The scan itself: a recursive descent over the subset, one event array filled in order.
  private struct Scan {
    let p: UnsafePointer<UInt8>
    let n: Int
    let maxDepth: Int
    var i: Int
    var line = 0
    var lineStart: Int
    var depth = 0
    var events: [Event] = []

    init(base: UnsafePointer<UInt8>, count: Int, start: Int, maxDepth: Int) {
      p = base
      n = count
      self.maxDepth = maxDepth
      i = start
      lineStart = start
      // About one event per 9 bytes in catalog files; a large file grows the array as it goes.
      events.reserveCapacity(min(count / 8, 4_096))
    }

    /// The byte at `j`, or 0 past the end (the text holds no NUL).
    @inline(__always) func at(_ j: Int) -> UInt8 { j < n ? p[j] : 0 }

    /// A space, a line break (LF, or the CR of a CRLF: the text holds no other CR) or the end.
    @inline(__always) func isBlank(_ j: Int) -> Bool {
      let b = at(j)
      return b == 0x20 || b == 0x0A || b == 0x0D || b == 0
    }

    /// A line break or the end.
    @inline(__always) func isBreak(_ b: UInt8) -> Bool {
      b == 0x0A || b == 0x0D || b == 0
    }

    static func isIndicator(_ b: UInt8) -> Bool {
      switch b {
      case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
        UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
        UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
        UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), 0x20, 0x0A, 0x0D, 0:
        true
      default: false
      }
    }

    static func isKeyStart(_ b: UInt8) -> Bool {
      (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
        || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
    }

    static func isKeyByte(_ b: UInt8) -> Bool {
      isKeyStart(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }

    // MARK: Events

    mutating func emit(_ kind: YAMLEventKind, from start: Int, to end: Int, flow: Bool = false) {
      events.append(
        Event(kind: kind, isFlow: flow, line: Int32(line), startOffset: Int32(start), endOffset: Int32(end)))
    }

    /// A scalar on the current line: its span from `start` to `end`, its value `value`.
    mutating func emitScalar(_ style: ScalarStyle, from start: Int, to end: Int, value: Range<Int>) {
      events.append(
        Event(
          kind: .scalar, style: style, line: Int32(line), startOffset: Int32(start), endOffset: Int32(end),
          valueStart: Int32(value.lowerBound), valueCount: Int32(value.count)))
    }

    mutating func enter() throws(Refuse) {
      depth += 1
      guard depth <= maxDepth else { throw Refuse() }
    }

    // MARK: Lines

    /// From a line start, skips blank and comment lines to the next line with content; `i` is left
    /// at its first character and the result is its indentation, or `nil` at the end.
    mutating func nextContent() -> Int? {
      while i < n {
        var j = i
        while at(j) == 0x20 { j += 1 }
        let b = at(j)
        if b == UInt8(ascii: "#") || b == 0x0A || b == 0x0D {
          while j < n && p[j] != 0x0A { j += 1 }
          if j >= n { break }
          i = j + 1
          line += 1
          lineStart = i
          continue
        }
        if b == 0 { break }
        i = j
        return j - lineStart
      }
      i = n
      return nil
    }

    /// After a value: only spaces and a comment may follow it on its line; moves to the next line.
    mutating func endLine() throws(Refuse) {
      while at(i) == 0x20 { i += 1 }
      if at(i) == UInt8(ascii: "#") {
        // A comment needs a space before it (`"a"#b` is an error).
        guard i > 0, p[i - 1] == 0x20 else { throw Refuse() }
        while i < n && p[i] != 0x0A { i += 1 }
      }
      if i >= n { return }
      if p[i] == 0x0D { i += 1 }
      guard p[i] == 0x0A else { throw Refuse() }
      i += 1
      line += 1
      lineStart = i
    }

    /// Whether a plain id key followed by `:` and a blank starts at `i`.
    func isKeyLine() -> Bool {
      guard Self.isKeyStart(at(i)) else { return false }
      var j = i + 1
      while Self.isKeyByte(at(j)) { j += 1 }
      return at(j) == UInt8(ascii: ":") && isBlank(j + 1) && j - i <= 1000
    }

    /// A plain id key and its `:` (block and flow mappings alike); `i` is left after the colon.
    mutating func key() throws(Refuse) {
      guard isKeyLine() else { throw Refuse() }
      let keyStart = i
      while at(i) != UInt8(ascii: ":") { i += 1 }
      emitScalar(.plain, from: keyStart, to: i, value: keyStart..<i)
      i += 1
    }

    // MARK: Block collections

    mutating func document() throws(Refuse) {
      emit(.streamStart, from: 0, to: 0)
      guard nextContent() == 0, isKeyLine() else { throw Refuse() }
      emit(.documentStart, from: i, to: i)
      try blockMapping(indent: 0)
      guard i >= n else { throw Refuse() }
      emit(.documentEnd, from: i, to: i)
      emit(.streamEnd, from: i, to: i)
    }

    /// A block mapping whose first key starts at `i`, in column `indent`; returns at the start of
    /// the first line after it (or the end).
    mutating func blockMapping(indent: Int) throws(Refuse) {
      try enter()
      emit(.mappingStart, from: i, to: i)
      while true {
        try key()
        try blockValue(parentIndent: indent, isEntry: false)
        guard let next = nextContent(), next >= indent else { break }
        guard next == indent else { throw Refuse() }
      }
      emit(.mappingEnd, from: i, to: i)
      depth -= 1
    }

    /// A block sequence whose first `-` is at `i`, in column `indent`: the column of the key it
    /// belongs to when `indentless`, where the mapping's next key ends it.
    mutating func blockSequence(indent: Int, indentless: Bool) throws(Refuse) {
      try enter()
      emit(.sequenceStart, from: i, to: i)
      while true {
        i += 1
        try blockValue(parentIndent: indent, isEntry: true)
        guard let next = nextContent(), next >= indent else { break }
        guard next == indent else { throw Refuse() }
        if at(i) == UInt8(ascii: "-") && isBlank(i + 1) { continue }
        guard indentless else { throw Refuse() }
        break
      }
      emit(.sequenceEnd, from: i, to: i)
      depth -= 1
    }

    /// The value after a key's `:` or an entry's `-` (at `i`), in a collection at column
    /// `parentIndent`; returns at the start of the line after it.
    mutating func blockValue(parentIndent: Int, isEntry: Bool) throws(Refuse) {
      let indicatorEnd = i
      while at(i) == 0x20 { i += 1 }
      let b = at(i)
      if isBreak(b) || (b == UInt8(ascii: "#") && i > indicatorEnd) {
        // The value starts on a later line, indented more than its collection; or, after a key, a
        // sequence at the key's own column (an indentless sequence, `key:\n- a`).
        try endLine()
        guard let indent = nextContent(), indent >= parentIndent else { throw Refuse() }
        let isSequence = at(i) == UInt8(ascii: "-") && isBlank(i + 1)
        if isSequence && (indent > parentIndent || !isEntry) {
          try blockSequence(indent: indent, indentless: indent == parentIndent)
        } else if indent > parentIndent && isKeyLine() {
          try blockMapping(indent: indent)
        } else {
          throw Refuse()
        }
        return
      }
      switch b {
      case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "\""), UInt8(ascii: "'"):
        try flowNode()
        try endLine()
      default:
        if isEntry && isKeyLine() {
          // `- id: x`: a mapping begun on an entry's line, at the column of its first key (after a
          // key, `a: b: c` is an error).
          try blockMapping(indent: i - lineStart)
          return
        }
        guard !Self.isIndicator(b) else { throw Refuse() }
        let start = i
        var last = i
        while true {
          let c = at(i)
          if isBreak(c) { break }
          if c == 0x20 {
            i += 1
            continue
          }
          if c == UInt8(ascii: "#") && p[i - 1] == 0x20 { break }
          if c == UInt8(ascii: ":") && isBlank(i + 1) { throw Refuse() }
          i += 1
          last = i
        }
        emitScalar(.plain, from: start, to: last, value: start..<last)
        try endLine()
      }
    }

    // MARK: Flow nodes (on one line)

    mutating func flowNode() throws(Refuse) {
      switch at(i) {
      case UInt8(ascii: "["): try flowCollection(close: UInt8(ascii: "]"))
      case UInt8(ascii: "{"): try flowCollection(close: UInt8(ascii: "}"))
      case UInt8(ascii: "\""): try quoted(UInt8(ascii: "\""), .doubleQuoted)
      case UInt8(ascii: "'"): try quoted(UInt8(ascii: "'"), .singleQuoted)
      case let b:
        guard !Self.isIndicator(b) else { throw Refuse() }
        let start = i
        var last = i
        while true {
          let c = at(i)
          switch c {
          case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"):
            emitScalar(.plain, from: start, to: last, value: start..<last)
            return
          case 0x20:
            i += 1
          case UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "["), UInt8(ascii: "{"), 0x0A, 0x0D, 0:
            throw Refuse()
          default:
            i += 1
            last = i
          }
        }
      }
    }

    /// `[a, b]` or `{k: v, k: v}`, starting at `i`.
    mutating func flowCollection(close: UInt8) throws(Refuse) {
      try enter()
      let isMapping = close == UInt8(ascii: "}")
      emit(isMapping ? .mappingStart : .sequenceStart, from: i, to: i + 1, flow: true)
      i += 1
      while at(i) == 0x20 { i += 1 }
      if at(i) != close {
        while true {
          if isMapping {
            try key()
            guard at(i) == 0x20 else { throw Refuse() }
            while at(i) == 0x20 { i += 1 }
          }
          try flowNode()
          while at(i) == 0x20 { i += 1 }
          if at(i) == close { break }
          guard at(i) == UInt8(ascii: ",") else { throw Refuse() }
          i += 1
          while at(i) == 0x20 { i += 1 }
          guard at(i) != close else { throw Refuse() }
        }
      }
      emit(isMapping ? .mappingEnd : .sequenceEnd, from: i, to: i + 1, flow: true)
      i += 1
      depth -= 1
    }

    /// A quoted scalar on one line with no escapes, from its opening quote at `i`.
    mutating func quoted(_ quote: UInt8, _ style: ScalarStyle) throws(Refuse) {
      let start = i
      i += 1
      while true {
        let c = at(i)
        if c == quote { break }
        guard !isBreak(c), c != UInt8(ascii: "\\") else { throw Refuse() }
        i += 1
      }
      // `''` is an escaped quote in single quotes: left to libyaml.
      guard quote != UInt8(ascii: "'") || at(i + 1) != quote else { throw Refuse() }
      i += 1
      emitScalar(style, from: start, to: i, value: (start + 1)..<(i - 1))
    }
  }
}
