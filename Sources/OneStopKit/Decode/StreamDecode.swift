#if canImport(Glibc)
  import Glibc
#endif

/// The procedure fast path: decodes a procedure file straight from libyaml's events into the
/// model, with no node tree and no second walk to validate it.
///
/// It accepts only what the tree path (loader, validator, decoder) would read without a single
/// diagnostic, and gives up (`nil`) at the first thing that path would report on or that it does
/// not handle itself: a parser error, an anchor, a tag, an alias, an unknown or repeated key, a
/// wrong type, a blank text, a bad id, date, number or choice, a missing key, the depth and node
/// limits. The caller then runs the tree path on the same bytes, which finds and words the
/// problem; so the fast path never has to say anything, and a catalog's diagnostics do not
/// depend on which path read a file. Most files of a real catalog are well-formed: for them the
/// tree, the validator's walk and the decoder's key lookups are all skipped. The differential
/// tests and the fuzz harness hold it to the tree path: whenever it returns a procedure, the
/// tree path reads the same bytes without a diagnostic into the same procedure.
package enum ProcedureStreamDecoder {
  /// Decodes `bytes`, or returns `nil` when the tree path has to read them. The line index comes
  /// with the procedure, for the suppression scan.
  ///
  /// The quick scanner reads the file when it is in its subset (most catalog files are), else
  /// libyaml's parser does (`quickScan: false` always takes libyaml's). The scanner gives the
  /// events libyaml gives, so when the decoder gives up on its events, libyaml's would not do
  /// better: the file goes straight to the tree path.
  package static func decode(
    _ bytes: [UInt8], file: String, languages: [String], limits: LoadLimits,
    quickScan: Bool = true
  ) -> (Procedure, LineIndex)? {
    guard !languages.isEmpty, bytes.count <= limits.maxFileSize else { return nil }
    return bytes.withUnsafeBufferPointer { buffer -> (Procedure, LineIndex)? in
      if quickScan, let scanner = QuickYAMLScanner(buffer, array: bytes, maxDepth: limits.maxDepth) {
        return decode(scanner, file: file, languages: languages, limits: limits)
      }
      guard let reader = YAMLEventReader(buffer, array: bytes) else { return nil }
      return decode(reader, file: file, languages: languages, limits: limits)
    }
  }

  private static func decode<Source: YAMLEventSource & ~Copyable>(
    _ source: consuming Source, file: String, languages: [String], limits: LoadLimits
  ) -> (Procedure, LineIndex)? {
    var decoder = ProcedureEventDecoder(reader: source, file: file, languages: languages, limits: limits)
    guard let procedure = try? decoder.procedure() else { return nil }
    return (procedure, decoder.lines)
  }
}

/// The fast path's decoder over one source of events (see `ProcedureStreamDecoder`).
///
/// This file holds its event, scalar and collection helpers; the procedure's own keys, its
/// decision, cases and results are read in StreamDecode+Procedure.swift, its channels, fees,
/// legal references and requirements in StreamDecode+Parts.swift.
struct ProcedureEventDecoder<Source: YAMLEventSource & ~Copyable>: ~Copyable {
  struct GiveUp: Error {}
  typealias Kind = YAMLEventKind

  private var reader: Source
  let file: String
  private let languages: [[UInt8]]
  private let languageNames: [String]
  private let limits: LoadLimits
  private var depth = 0
  private var nodes = 0
  /// Where the node read last ends: a block collection ends where its last node does.
  private var lastEnd = YAMLMark(line: 0, column: 0)
  /// The span of the key read last, for the few keys whose span the model keeps.
  private var keyStart = YAMLMark(line: 0, column: 0)
  private var keyEnd = YAMLMark(line: 0, column: 0)

  fileprivate init(
    reader: consuming Source, file: String, languages: [String], limits: LoadLimits
  ) {
    self.reader = reader
    self.file = file
    self.languageNames = languages
    self.languages = languages.map { Array($0.utf8) }
    self.limits = limits
  }

  fileprivate var lines: LineIndex { reader.lines }

  // MARK: Events and nodes

  mutating func next() throws(GiveUp) -> Kind {
    guard let kind = reader.next() else { throw GiveUp() }
    return kind
  }

  /// The next node's first event.
  mutating func node() throws(GiveUp) -> Kind {
    try enter(next())
  }

  /// Starts a node at its first event, counted against the node limit and, for a collection,
  /// the depth limit, as the tree loader counts them. Anchors, tags and aliases go to the tree
  /// path.
  private mutating func enter(_ kind: Kind) throws(GiveUp) -> Kind {
    nodes += 1
    guard nodes <= limits.maxNodes, !reader.isDecorated else { throw GiveUp() }
    switch kind {
    case .scalar:
      return kind
    case .mappingStart, .sequenceStart:
      guard depth < limits.maxDepth else { throw GiveUp() }
      depth += 1
      return kind
    default:
      throw GiveUp()
    }
  }

  /// A collection being read: where it starts (and, once closed, ends), its style, and the keys
  /// seen (mappings). Its span is converted to positions only when the model keeps it.
  struct Collection {
    var start: YAMLMark
    var end: YAMLMark
    var isFlow: Bool
    var count = 0
    var seen: UInt64 = 0
  }

  mutating func range(_ collection: Collection) -> SourceRange {
    SourceRange(start: reader.position(collection.start), end: reader.position(collection.end))
  }

  mutating func begin(_ kind: Kind, _ expected: Kind) throws(GiveUp) -> Collection {
    guard kind == expected else { throw GiveUp() }
    return Collection(start: reader.start, end: reader.start, isFlow: reader.isFlow)
  }

  /// Closes a collection at its end event, with the span the tree loader gives it: a flow
  /// collection ends at its closing bracket, a block one where its last node ends.
  private mutating func close(_ collection: inout Collection) {
    depth -= 1
    collection.end = collection.isFlow ? reader.end : collection.count > 0 ? lastEnd : collection.start
    lastEnd = collection.end
  }

  /// The next item's first event, or `nil` at the end of the list.
  private mutating func nextItem(_ list: inout Collection, minItems: Int) throws(GiveUp) -> Kind? {
    let kind = try next()
    if kind == .sequenceEnd {
      guard list.count >= minItems else { throw GiveUp() }
      close(&list)
      return nil
    }
    list.count += 1
    return try enter(kind)
  }

  /// The next key of the mapping, or `nil` at its end.
  @inline(__always)
  mutating func nextKey<Key: FormatKey>(
    _ keys: KeyTable<Key>, _ map: inout Collection
  ) throws(GiveUp) -> KeyTable<Key>.Match? {
    guard let index = try nextKey(keys.matcher, &map) else { return nil }
    return keys.match(index)
  }

  /// The next key's index in `keys`, or `nil` at the end of the mapping. A key outside `keys`,
  /// or one seen before, goes to the tree path.
  mutating func nextKey(_ keys: KeyMatcher, _ map: inout Collection) throws(GiveUp) -> Int? {
    let kind = try next()
    if kind == .mappingEnd {
      guard keys.isSatisfied(by: map.seen) else { throw GiveUp() }
      close(&map)
      return nil
    }
    guard let index = keys.index(of: try key(kind)), map.seen & (1 << index) == 0 else { throw GiveUp() }
    map.seen |= 1 << index
    map.count += 1
    keyStart = reader.start
    keyEnd = reader.end
    return index
  }

  /// A key's bytes: a plain or quoted scalar, counted as a node like any other.
  private mutating func key(_ kind: Kind) throws(GiveUp) -> UnsafeBufferPointer<UInt8> {
    guard try enter(kind) == .scalar else { throw GiveUp() }
    let bytes = reader.scalarBytes
    if reader.scalarStyle == .doubleQuoted && TextScan.firstXMLForbidden(in: bytes) != nil { throw GiveUp() }
    return bytes
  }

  mutating func keyRange() -> SourceRange {
    SourceRange(start: reader.position(keyStart), end: reader.position(keyEnd))
  }

  // MARK: Scalars

  /// The current scalar as the tree loader makes it, with its resolved value. Its span is
  /// converted (`here`) only where the model keeps it.
  private mutating func scalar(_ kind: Kind) throws(GiveUp) -> (text: String, value: ScalarValue) {
    guard kind == .scalar else { throw GiveUp() }
    let bytes = reader.scalarBytes
    let style = reader.scalarStyle
    if style == .doubleQuoted && TextScan.firstXMLForbidden(in: bytes) != nil { throw GiveUp() }
    let text = bytes.isEmpty ? "" : YAMLLoader.makeString(bytes)
    let value = style == .plain ? CoreSchema.resolvePlain(text) : .string
    lastEnd = reader.end
    return (text, value)
  }

  /// The span of the current scalar.
  private mutating func here() -> SourceRange {
    SourceRange(start: reader.position(reader.start), end: reader.position(reader.end))
  }

  /// A string scalar (never a retyped number, boolean or null).
  private mutating func string(_ kind: Kind) throws(GiveUp) -> String {
    let scalar = try scalar(kind)
    guard case .string = scalar.value else { throw GiveUp() }
    return scalar.text
  }

  /// Text that is not blank.
  mutating func freeText(_ kind: Kind) throws(GiveUp) -> String {
    let text = try string(kind)
    guard !Validator.isBlank(text) else { throw GiveUp() }
    return text
  }

  mutating func located(_ text: String) -> Located<String> {
    Located(text, here())
  }

  mutating func id(_ kind: Kind) throws(GiveUp) -> Located<String> {
    let text = try string(kind)
    guard Validator.isID(text) else { throw GiveUp() }
    return located(text)
  }

  mutating func day(_ kind: Kind) throws(GiveUp) -> Located<Day> {
    guard let day = Day(try string(kind)) else { throw GiveUp() }
    return Located(day, here())
  }

  mutating func choice<T: RawRepresentable>(_ kind: Kind, as type: T.Type) throws(GiveUp) -> Located<T>
  where T.RawValue == String {
    guard let value = T(rawValue: try string(kind)) else { throw GiveUp() }
    return Located(value, here())
  }

  mutating func bool(_ kind: Kind) throws(GiveUp) -> Bool {
    guard case .bool(let value) = try scalar(kind).value else { throw GiveUp() }
    return value
  }

  /// A number the validator accepts in `format`, as the decoder reads it.
  private mutating func number(_ kind: Kind, _ format: NumberFormat) throws(GiveUp) -> ScalarValue {
    let value = try scalar(kind).value
    let number: Double
    switch value {
    case .int(let int?): number = Double(int)
    case .float(let double): number = double
    default: throw GiveUp()
    }
    guard number.isFinite, number >= 0 else { throw GiveUp() }
    if format == .count && (number != number.rounded() || number > Double(Int32.max)) { throw GiveUp() }
    return value
  }

  mutating func amount(_ kind: Kind) throws(GiveUp) -> Number {
    switch try number(kind, .nonNegative) {
    case .int(let int?): return Number(Double(int))
    case .float(let double): return Number(double)
    default: throw GiveUp()
    }
  }

  /// An amount and the text it was written as, located.
  mutating func amountAsWritten(_ kind: Kind) throws(GiveUp) -> (Number, Located<String>) {
    let scalar = try scalar(kind)
    let at = here()
    let number: Double
    switch scalar.value {
    case .int(let int?): number = Double(int)
    case .float(let double): number = double
    default: throw GiveUp()
    }
    guard number.isFinite, number >= 0 else { throw GiveUp() }
    return (Number(number), Located(scalar.text, at))
  }

  mutating func count(_ kind: Kind) throws(GiveUp) -> Int {
    switch try number(kind, .count) {
    case .int(let int?): return int
    case .float(let double): return Int(double)
    default: throw GiveUp()
    }
  }

  mutating func currency(_ kind: Kind) throws(GiveUp) -> String {
    let text = try string(kind)
    guard text.utf8.count == 3, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else {
      throw GiveUp()
    }
    return text
  }

  // MARK: Collections

  /// `{vi: ..., en: ...}`: every key a policy language, the first one present, no text blank;
  /// the entries in the policy's order.
  mutating func localized(_ kind: Kind) throws(GiveUp) -> LocalizedText {
    var map = try begin(kind, .mappingStart)
    var texts = [String?](repeating: nil, count: languages.count)
    while true {
      let kind = try next()
      if kind == .mappingEnd { break }
      let key = try self.key(kind)
      guard let index = languages.firstIndex(where: { sameBytes($0, key) }), texts[index] == nil else {
        throw GiveUp()
      }
      map.count += 1
      texts[index] = try freeText(node())
    }
    guard texts[0] != nil else { throw GiveUp() }
    close(&map)
    var entries: [LocalizedText.Entry] = []
    entries.reserveCapacity(map.count)
    for (language, text) in zip(languageNames, texts) {
      if let text { entries.append(LocalizedText.Entry(language: language, text: text)) }
    }
    return LocalizedText(entries: entries, range: range(map))
  }

  /// A list of at least `minItems` items, each read by `item` from its first event, in an
  /// array with no spare capacity (the model of a national catalog stays in memory).
  mutating func list<T>(
    _ kind: Kind, minItems: Int, _ item: (inout Self, Kind) throws(GiveUp) -> T
  ) throws(GiveUp) -> [T] {
    var list = try begin(kind, .sequenceStart)
    var items: [T] = []
    while let first = try nextItem(&list, minItems: minItems) { items.append(try item(&self, first)) }
    guard items.capacity > items.count else { return items }
    return [T](unsafeUninitializedCapacity: items.count) { buffer, count in
      _ = buffer.initialize(from: items)
      count = items.count
    }
  }

  mutating func ids(_ kind: Kind, minItems: Int) throws(GiveUp) -> [Located<String>] {
    try list(kind, minItems: minItems) { decoder, kind throws(GiveUp) in try decoder.id(kind) }
  }
}
