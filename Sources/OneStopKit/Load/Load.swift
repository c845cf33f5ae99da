internal import CYAML

/// Limits that keep hostile input cheap. Every one has a CLI option (`--max-file-size`,
/// `--max-depth`, `--max-nodes`) and is documented in docs/security.md.
public struct LoadLimits: Sendable, Equatable {
  /// Files larger than this many bytes are refused before parsing.
  public var maxFileSize: Int
  /// Collections nested deeper than this stop the parse as the events arrive.
  public var maxDepth: Int
  /// The most nodes a document may expand to, every alias counted as a copy of its anchor's
  /// node: this is what makes a billion-laughs file fail after a few dozen events.
  public var maxNodes: Int

  public static let `default` = LoadLimits(maxFileSize: 4 << 20, maxDepth: 64, maxNodes: 1_000_000)

  public init(maxFileSize: Int, maxDepth: Int, maxNodes: Int) {
    self.maxFileSize = maxFileSize
    self.maxDepth = maxDepth
    self.maxNodes = maxNodes
  }
}

/// The result of loading one file: the root node (when the file could be read as YAML at all),
/// the line index for positions, and every problem found.
public struct LoadedDocument: Sendable {
  public var file: String
  public var root: YAMLNode?
  public var diagnostics: [Diagnostic]
  /// The file's line index, when its bytes were readable as UTF-8 text.
  public var lines: LineIndex? = nil
}

/// Loads YAML 1.2 text into located nodes over libyaml's event parser. This is the only file
/// that imports CYAML. It never throws, never traps on input, and stops early on input that would
/// be expensive (too large, too deep, too many nodes).
public enum YAMLLoader {
  static let maxEncodingProblems = 20

  /// Loads `bytes`; every message is worded in `language`.
  public static func load(
    _ bytes: [UInt8], file: String, limits: LoadLimits = .default, language: Language = .en
  ) -> LoadedDocument {
    var diagnostics: [Diagnostic] = []
    func fail(_ id: String, _ text: InputMessage) -> LoadedDocument {
      diagnostics.append(
        Diagnostic(
          id: id, severity: .error, message: text.message, location: SourceLocation(file: file, range: .fileStart),
          help: text.help))
      return LoadedDocument(file: file, root: nil, diagnostics: diagnostics)
    }

    if bytes.count > limits.maxFileSize {
      return fail(
        "file-too-large", InputMessages.fileTooLarge(language, size: bytes.count, limit: limits.maxFileSize))
    }
    let bomLength: Int
    switch TextScan.detectEncoding(bytes) {
    case .utf16or32(let name):
      return fail("utf16-input", InputMessages.utf16Input(language, encoding: name))
    case .utf8(let length):
      bomLength = length
    }
    let lines = LineIndex(bytes: bytes, contentStart: bomLength)
    let scan = TextScan.scan(bytes, from: bomLength, limit: maxEncodingProblems)
    if scan.total > 0 {
      for problem in scan.problems {
        let position = lines.position(ofOffset: problem.offset, in: bytes)
        var end = position
        end.column += 1
        end.offset += 1
        let range = SourceRange(start: position, end: end)
        let location = SourceLocation(file: file, range: range)
        let (id, text) =
          switch problem.kind {
          case .invalidUTF8: ("invalid-utf8", InputMessages.invalidUTF8(language, byte: bytes[problem.offset]))
          case .forbiddenCharacter(let scalar):
            ("forbidden-character", InputMessages.rawControlCharacter(language, scalar))
          case .lineSeparator(let scalar): ("line-separator", InputMessages.lineSeparator(language, scalar))
          }
        diagnostics.append(Diagnostic(id: id, message: text.message, location: location, help: text.help))
      }
      if scan.total > scan.problems.count, !diagnostics.isEmpty {
        diagnostics[diagnostics.count - 1].notes.append(
          DiagnosticNote(InputMessages.moreEncodingProblems(language, scan.total - scan.problems.count)))
      }
      return LoadedDocument(file: file, root: nil, diagnostics: diagnostics)
    }

    var builder = TreeBuilder(file: file, bytes: bytes, lines: lines, limits: limits, language: language)
    let root = builder.run()
    diagnostics.append(contentsOf: builder.diagnostics)
    return LoadedDocument(file: file, root: root, diagnostics: diagnostics, lines: lines)
  }
}

extension YAMLLoader {
  /// Whether libyaml's parser alone reads `bytes` to the end without an error, none of OneStop's
  /// own rules applied: for comparing libyaml with the YAML test suite.
  static func libyamlAccepts(_ bytes: [UInt8]) -> Bool {
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) != 0 else { return false }
    defer { yaml_parser_delete(parser) }
    let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    defer { event.deallocate() }
    return bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
      while true {
        guard yaml_parser_parse(parser, event) != 0 else { return false }
        let done = event.pointee.type == YAML_STREAM_END_EVENT
        yaml_event_delete(event)
        if done { return true }
      }
    }
  }
}

extension Diagnostic {
  /// A loader or decoder error: these are always errors, whatever the policy says.
  init(id: String, message: String, location: SourceLocation, notes: [DiagnosticNote] = [], help: String? = nil) {
    self.init(id: id, severity: .error, message: message, location: location, notes: notes, help: help)
  }
}

/// Drives libyaml's parser and builds the node tree with an explicit stack.
private struct TreeBuilder {
  let file: String
  let bytes: [UInt8]
  let lines: LineIndex
  let limits: LoadLimits
  let language: Language
  var diagnostics: [Diagnostic] = []

  private struct Frame {
    var isMapping: Bool
    var isFlow: Bool
    var start: SourcePosition
    var anchor: String?
    var items: [YAMLNode] = []
    var pairs: [YAMLPair] = []
    /// The key waiting for its value; `skipValue` drops the value of a rejected key.
    var pendingKey: (text: String, range: SourceRange)?
    var skipValue = false
    var awaitingValue = false
    var weight = 1
    /// Where the last item or value ends as written, when it is an alias: an alias's node carries
    /// its anchor's span, which may lie before this collection.
    var lastAliasEnd: SourcePosition?
    /// Keys by text once a mapping has more than a few, so that finding duplicates stays linear
    /// in a hostile mapping of hundreds of thousands of keys (a linear search per key took
    /// minutes on a 3 MB file). The same idea as `FirstSeen`, but searching `pairs` itself until
    /// then: a second list of keys per mapping cost 4% of a check.
    var keyIndex: [String: Int]?

    /// Where an earlier key with this text is, if there is one.
    mutating func earlierKey(_ text: String) -> SourceRange? {
      if let keyIndex {
        return keyIndex[text].map { pairs[$0].keyRange }
      }
      if let pair = pairs.first(where: { $0.key.isSameKey(text) }) { return pair.keyRange }
      if pairs.count >= 16 {
        var index: [String: Int] = [:]
        index.reserveCapacity(pairs.count * 2)
        for (position, pair) in pairs.enumerated() where index[pair.key] == nil { index[pair.key] = position }
        keyIndex = index
      }
      return nil
    }

    mutating func append(_ pair: YAMLPair) {
      // Room for a typical mapping at once: growing 1, 2, 4, 8 moved every pair three times.
      if pairs.isEmpty { pairs.reserveCapacity(8) }
      if keyIndex != nil && keyIndex![pair.key] == nil { keyIndex![pair.key] = pairs.count }
      pairs.append(pair)
    }
  }

  private var stack: [Frame] = []
  private var anchors: [String: (node: YAMLNode, weight: Int)] = [:]
  private var openAnchors: Set<String> = []
  private var totalNodes = 0
  private var sawAlias = false
  private var root: YAMLNode?
  private var documents = 0
  private var stopped = false

  init(file: String, bytes: [UInt8], lines: LineIndex, limits: LoadLimits, language: Language) {
    self.file = file
    self.bytes = bytes
    self.lines = lines
    self.limits = limits
    self.language = language
    self.marks = MarkConverter(bytes: bytes, lines: lines)
  }

  mutating func run() -> YAMLNode? {
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) != 0 else {
      report("yaml-syntax", InputMessages.parserCannotStart(language), .fileStart)
      return nil
    }
    defer { yaml_parser_delete(parser) }
    let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    defer { event.deallocate() }

    bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
      while !stopped {
        guard yaml_parser_parse(parser, event) != 0 else {
          reportParserError(parser.pointee)
          return
        }
        let done = event.pointee.type == YAML_STREAM_END_EVENT
        handle(event.pointee)
        yaml_event_delete(event)
        if done { break }
      }
    }
    if stopped { return nil }
    if documents == 0 && diagnostics.isEmpty {
      report("empty-file", InputMessages.emptyFile(language), .fileStart)
    }
    return root
  }

  // MARK: Events

  private mutating func handle(_ event: yaml_event_t) {
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      documents += 1
      if documents > 1 {
        report("multiple-documents", InputMessages.multipleDocuments(language), range(event))
        stopped = true
      }
    case YAML_SCALAR_EVENT:
      let data = event.data.scalar
      let nodeRange = range(event)
      let text = makeString(data.value, data.length)
      let style = ScalarStyle(data.style)
      // Only escapes can write a character the file scan did not see, and only double-quoted
      // scalars have escapes.
      if style == .doubleQuoted, let value = data.value,
        let bad = TextScan.firstXMLForbidden(in: UnsafeBufferPointer(start: value, count: data.length))
      {
        report("forbidden-character", InputMessages.escapedControlCharacter(language, bad), nodeRange)
      }
      let node: YAMLNode
      if let tag = cString(data.tag), tag != "!" {
        node = scalarWithTag(tag, text: text, style: style, range: nodeRange)
        if node.isInvalid {
          report(
            "unsupported-tag", InputMessages.unsupportedTag(language, tag: shortTag(tag), onScalar: true), nodeRange)
        }
      } else {
        let value: ScalarValue = style == .plain && data.tag == nil ? CoreSchema.resolvePlain(text) : .string
        node = YAMLNode(.scalar(YAMLScalar(text: text, style: style, value: value)), range: nodeRange)
      }
      let anchor = cString(data.anchor)
      if let anchor { anchors[anchor] = (node, 1) }
      attach(node, weight: 1)
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      let isMapping = event.type == YAML_MAPPING_START_EVENT
      if stack.count >= limits.maxDepth {
        report("nesting-too-deep", InputMessages.nestingTooDeep(language, limit: limits.maxDepth), range(event))
        stopped = true
        return
      }
      let anchor = cString(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
      let tag = cString(isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag)
      if let tag, tag != "!", tag != (isMapping ? "tag:yaml.org,2002:map" : "tag:yaml.org,2002:seq") {
        report(
          "unsupported-tag", InputMessages.unsupportedTag(language, tag: shortTag(tag), onScalar: false), range(event))
      }
      let isFlow =
        isMapping
        ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
        : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
      if let anchor { openAnchors.insert(anchor) }
      totalNodes += 1
      if checkNodeLimit(at: range(event)) { return }
      stack.append(Frame(isMapping: isMapping, isFlow: isFlow, start: position(event.start_mark), anchor: anchor))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let frame = stack.popLast() else { return }
      var end = position(event.end_mark)
      if !frame.isFlow {
        let lastEnd = frame.isMapping ? frame.pairs.last?.value.range.end : frame.items.last?.range.end
        end = frame.lastAliasEnd ?? lastEnd ?? frame.start
      }
      let nodeRange = SourceRange(start: frame.start, end: end)
      let node = YAMLNode(frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), range: nodeRange)
      if let anchor = frame.anchor {
        openAnchors.remove(anchor)
        anchors[anchor] = (node, frame.weight)
      }
      attach(node, weight: frame.weight, counted: true)
    case YAML_ALIAS_EVENT:
      sawAlias = true
      let name = cString(event.data.alias.anchor) ?? ""
      let aliasRange = range(event)
      if let target = anchors[name] {
        totalNodes += target.weight
        if checkNodeLimit(at: aliasRange) { return }
        attach(target.node, weight: target.weight, counted: true, isAlias: true, aliasRange: aliasRange)
      } else if openAnchors.contains(name) {
        report("recursive-alias", InputMessages.recursiveAlias(language, name: name), aliasRange)
        attach(YAMLNode(.invalid, range: aliasRange), weight: 1, isAlias: true, aliasRange: aliasRange)
      } else {
        report("undefined-alias", InputMessages.undefinedAlias(language, name: name), aliasRange)
        attach(YAMLNode(.invalid, range: aliasRange), weight: 1, isAlias: true, aliasRange: aliasRange)
      }
    default:
      break
    }
  }

  /// Attaches a finished node to the collection on top of the stack (or makes it the root).
  private mutating func attach(
    _ node: YAMLNode, weight: Int, counted: Bool = false, isAlias: Bool = false, aliasRange: SourceRange? = nil
  ) {
    if !counted {
      totalNodes += weight
      if checkNodeLimit(at: node.range) { return }
    }
    guard !stack.isEmpty else {
      root = node
      return
    }
    let top = stack.count - 1
    stack[top].weight += weight
    if !stack[top].isMapping {
      if stack[top].items.isEmpty { stack[top].items.reserveCapacity(4) }
      stack[top].items.append(node)
      stack[top].lastAliasEnd = isAlias ? aliasRange?.end : nil
      return
    }
    if !stack[top].awaitingValue {
      // This node is a key.
      stack[top].awaitingValue = true
      stack[top].skipValue = false
      stack[top].pendingKey = nil
      if isAlias {
        report("complex-key", InputMessages.aliasAsKey(language), aliasRange ?? node.range)
        stack[top].skipValue = true
        return
      }
      guard case .scalar(let scalar) = node.content else {
        if !node.isInvalid {
          report("complex-key", InputMessages.collectionAsKey(language, node), node.range)
        }
        stack[top].skipValue = true
        return
      }
      if scalar.text == "<<" && scalar.style == .plain {
        report("merge-key", InputMessages.mergeKey(language), node.range)
        stack[top].skipValue = true
        return
      }
      if let first = stack[top].earlierKey(scalar.text) {
        report(
          "duplicate-key", InputMessages.duplicateKey(language, key: scalar.text), node.range,
          notes: [
            DiagnosticNote(InputMessages.firstDefinedHere(language), at: SourceLocation(file: file, range: first))
          ])
        stack[top].skipValue = true
        return
      }
      stack[top].pendingKey = (scalar.text, node.range)
      return
    }
    // This node is a value.
    stack[top].awaitingValue = false
    if !stack[top].skipValue, let key = stack[top].pendingKey {
      stack[top].append(YAMLPair(key: key.text, keyRange: key.range, value: node))
      stack[top].lastAliasEnd = isAlias ? aliasRange?.end : nil
    }
    stack[top].pendingKey = nil
    stack[top].skipValue = false
  }

  /// Reports and stops when the document grew past `maxNodes`; returns whether it stopped.
  private mutating func checkNodeLimit(at nodeRange: SourceRange) -> Bool {
    guard totalNodes > limits.maxNodes, !stopped else { return stopped }
    // Without aliases the file is simply big; with them, the aliases are what grew it.
    if sawAlias {
      report("alias-limit", InputMessages.aliasLimit(language, limit: limits.maxNodes), nodeRange)
    } else {
      report("node-limit", InputMessages.nodeLimit(language, limit: limits.maxNodes), nodeRange)
    }
    stopped = true
    return true
  }

  private func scalarWithTag(_ tag: String, text: String, style: ScalarStyle, range: SourceRange) -> YAMLNode {
    let core = "tag:yaml.org,2002:"
    var value: ScalarValue? = nil
    if tag.hasPrefix(core) {
      let resolved = CoreSchema.resolvePlain(text)
      switch tag.dropFirst(core.count) {
      case "str": value = .string
      case "null": if case .null = resolved { value = resolved }
      case "bool": if case .bool = resolved { value = resolved }
      case "int": if case .int = resolved { value = resolved }
      case "float":
        if case .float = resolved { value = resolved }
        if case .int(let int?) = resolved { value = .float(Double(int)) }
      default: break
      }
    }
    guard let value else {
      // Reported by the caller's loop through `diagnostics`; a tag we cannot honour is an error.
      return YAMLNode(.invalid, range: range)
    }
    return YAMLNode(.scalar(YAMLScalar(text: text, style: style, value: value)), range: range)
  }

  // MARK: Errors

  private mutating func reportParserError(_ parser: yaml_parser_t) {
    let problem = cString(parser.problem) ?? "unknown error"
    var notes: [DiagnosticNote] = []
    let at: SourceRange
    if parser.error == YAML_READER_ERROR {
      let position = lines.position(ofOffset: parser.problem_offset, in: bytes)
      at = SourceRange(at: position)
    } else {
      at = SourceRange(at: position(parser.problem_mark))
      if let context = cString(parser.context) {
        let contextPosition = position(parser.context_mark)
        notes.append(
          DiagnosticNote(
            InputMessages.yamlSyntaxContext(language, context: context),
            at: SourceLocation(file: file, range: SourceRange(at: contextPosition))))
      }
    }
    let explained = SyntaxHelp.explain(
      problem: problem, context: cString(parser.context) ?? "", line: at.start.line, column: at.start.column,
      contextLine: notes.first?.location?.range.start.line
    ) { [bytes, lines] line in
      guard line >= 1, line <= lines.lineCount else { return nil }
      return String(decoding: lines.lineBytes(line, in: bytes), as: UTF8.self)
    }
    for note in explained.notes {
      let start = lines.position(line: note.line - 1, column: 0, in: bytes)
      notes.append(
        DiagnosticNote(note.text.text(language), at: SourceLocation(file: file, range: SourceRange(at: start))))
    }
    report(
      "yaml-syntax",
      InputMessage(InputMessages.yamlSyntax(language, problem: problem), help: explained.help?.text(language)),
      at, notes: notes)
    stopped = true
  }

  private mutating func report(_ id: String, _ text: InputMessage, _ at: SourceRange, notes: [DiagnosticNote] = []) {
    diagnostics.append(
      Diagnostic(
        id: id, message: text.message, location: SourceLocation(file: file, range: at), notes: notes, help: text.help))
  }

  // MARK: Conversions

  private var marks: MarkConverter

  private mutating func position(_ mark: yaml_mark_t) -> SourcePosition {
    marks.position(line: Int(mark.line), column: Int(mark.column))
  }

  private mutating func range(_ event: yaml_event_t) -> SourceRange {
    SourceRange(start: position(event.start_mark), end: position(event.end_mark))
  }

  private func makeString(_ pointer: UnsafeMutablePointer<UInt8>?, _ length: Int) -> String {
    guard let pointer, length > 0 else { return "" }
    return YAMLLoader.makeString(UnsafeBufferPointer(start: pointer, count: length))
  }

  private func cString(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  private func cString(_ pointer: UnsafePointer<CChar>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  private func shortTag(_ tag: String) -> String {
    tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
  }
}

extension YAMLLoader {
  /// A scalar's bytes as a String in NFC, the form every text of the model has.
  static func makeString(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
    Normalization.isTriviallyNFC(buffer) ? String(decoding: buffer, as: UTF8.self) : Normalization.nfc(utf8: buffer)
  }
}

extension ScalarStyle {
  fileprivate init(_ style: yaml_scalar_style_t) {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: self = .literal
    case YAML_FOLDED_SCALAR_STYLE: self = .folded
    default: self = .plain
    }
  }
}

/// Converts libyaml's marks (0-based line, code-point column) to positions with byte offsets.
struct MarkConverter {
  let bytes: [UInt8]
  let lines: LineIndex
  /// The last mark converted: libyaml's marks mostly move forward along a line, so the next one
  /// is found by walking on from here instead of from the line start.
  private var lastMark = (line: -1, column: 0, offset: 0)

  init(bytes: [UInt8], lines: LineIndex) {
    self.bytes = bytes
    self.lines = lines
  }

  mutating func position(line: Int, column: Int) -> SourcePosition {
    if line == lastMark.line && column >= lastMark.column {
      let offset = bytes.withUnsafeBufferPointer {
        LineIndex.offset(in: $0, from: lastMark.offset, columns: column - lastMark.column)
      }
      lastMark = (line, column, offset)
      return SourcePosition(line: line + 1, column: column + 1, offset: offset)
    }
    let position = lines.position(line: line, column: column, in: bytes)
    lastMark = (line, column, position.offset)
    return position
  }
}

/// A place an event source reported, not yet converted to a position (most are never needed):
/// libyaml gives a line and a code-point column, the quick scanner a line and a byte offset.
struct YAMLMark {
  var line: Int
  var column: Int
  var offset = 0
}

/// What an event decoder reads: the kind of each event in turn.
enum YAMLEventKind {
  case streamStart, streamEnd, documentStart, documentEnd
  case scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd, alias
}

/// A source of YAML events for the procedure fast path: libyaml's parser (`YAMLEventReader`) or
/// the quick scanner (`QuickYAMLScanner`), which gives the same events for the files it takes.
protocol YAMLEventSource: ~Copyable {
  /// The next event, or `nil` when the source cannot go on (a parser error).
  mutating func next() -> YAMLEventKind?
  /// The start and end of the current event.
  var start: YAMLMark { get }
  var end: YAMLMark { get }
  /// Whether the current node (scalar or collection start) has an anchor or a tag.
  var isDecorated: Bool { get }
  /// Whether the current collection start is in flow style (`[...]`, `{...}`).
  var isFlow: Bool { get }
  /// The current scalar's value, valid until the next call to `next()`.
  var scalarBytes: UnsafeBufferPointer<UInt8> { get }
  var scalarStyle: ScalarStyle { get }
  mutating func position(_ mark: YAMLMark) -> SourcePosition
  /// The file's line index, for the suppression scan.
  var lines: LineIndex { get }
}

/// libyaml's events one at a time, for decoders that build the model without a node tree (the
/// procedure fast path). It reports what a decoder needs and refuses, by returning `nil`, what
/// only the tree loader can report on: parser errors and files that are not valid UTF-8 text
/// free of the characters the file scan rejects. A noncopyable value: it owns the parser.
struct YAMLEventReader: ~Copyable, YAMLEventSource {
  typealias Kind = YAMLEventKind

  private let parser: UnsafeMutablePointer<yaml_parser_t>
  private let event: UnsafeMutablePointer<yaml_event_t>
  private var holdsEvent = false
  private var ready = false
  private var marks: MarkConverter
  /// The start and end of the current event.
  private(set) var start = YAMLMark(line: 0, column: 0)
  private(set) var end = YAMLMark(line: 0, column: 0)

  /// A reader over `bytes`, which must stay where they are until the reader is gone; `nil` when
  /// the bytes are not UTF-8 or hold a line separator the tree loader's file scan reports.
  ///
  /// The rest of what that scan reports (invalid UTF-8, C0 and C1 controls, DEL, U+FFFE, U+FFFF)
  /// libyaml's reader refuses too, as it decodes the whole input before the stream ends: a file
  /// holding one fails in `next()`. Only U+0085, U+2028 and U+2029 pass libyaml (a YAML 1.1
  /// reader takes them for line breaks), so only they are looked for here, with `memchr`.
  init?(_ bytes: UnsafeBufferPointer<UInt8>, array: [UInt8]) {
    guard case .utf8(let bomLength) = TextScan.detectEncoding(array) else { return nil }
    guard !TextScan.holdsLineSeparator(bytes) else { return nil }
    parser = .allocate(capacity: 1)
    event = .allocate(capacity: 1)
    marks = MarkConverter(bytes: array, lines: LineIndex(bytes: array, contentStart: bomLength))
    ready = yaml_parser_initialize(parser) != 0
    if ready { yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count) }
  }

  deinit {
    if holdsEvent { yaml_event_delete(event) }
    if ready { yaml_parser_delete(parser) }
    event.deallocate()
    parser.deallocate()
  }

  /// The file's line index, for the suppression scan.
  var lines: LineIndex { marks.lines }

  /// The next event, or `nil` on a parser error.
  mutating func next() -> Kind? {
    if holdsEvent {
      yaml_event_delete(event)
      holdsEvent = false
    }
    guard ready, yaml_parser_parse(parser, event) != 0 else { return nil }
    holdsEvent = true
    let current = event.pointee
    start = YAMLMark(line: Int(current.start_mark.line), column: Int(current.start_mark.column))
    end = YAMLMark(line: Int(current.end_mark.line), column: Int(current.end_mark.column))
    switch current.type {
    case YAML_STREAM_START_EVENT: return .streamStart
    case YAML_STREAM_END_EVENT: return .streamEnd
    case YAML_DOCUMENT_START_EVENT: return .documentStart
    case YAML_DOCUMENT_END_EVENT: return .documentEnd
    case YAML_SCALAR_EVENT: return .scalar
    case YAML_SEQUENCE_START_EVENT: return .sequenceStart
    case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
    case YAML_MAPPING_START_EVENT: return .mappingStart
    case YAML_MAPPING_END_EVENT: return .mappingEnd
    case YAML_ALIAS_EVENT: return .alias
    default: return nil
    }
  }

  /// Whether the current node (scalar or collection start) has an anchor or a tag.
  var isDecorated: Bool {
    let data = event.pointee.data
    switch event.pointee.type {
    case YAML_SCALAR_EVENT: return data.scalar.anchor != nil || data.scalar.tag != nil
    case YAML_SEQUENCE_START_EVENT: return data.sequence_start.anchor != nil || data.sequence_start.tag != nil
    case YAML_MAPPING_START_EVENT: return data.mapping_start.anchor != nil || data.mapping_start.tag != nil
    default: return false
    }
  }

  /// Whether the current collection start is in flow style (`[...]`, `{...}`).
  var isFlow: Bool {
    switch event.pointee.type {
    case YAML_SEQUENCE_START_EVENT: return event.pointee.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
    case YAML_MAPPING_START_EVENT: return event.pointee.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
    default: return false
    }
  }

  /// The current scalar's bytes, valid until the next call to `next()`.
  var scalarBytes: UnsafeBufferPointer<UInt8> {
    let scalar = event.pointee.data.scalar
    return UnsafeBufferPointer(start: scalar.value, count: scalar.value == nil ? 0 : scalar.length)
  }

  var scalarStyle: ScalarStyle { ScalarStyle(event.pointee.data.scalar.style) }

  mutating func position(_ mark: YAMLMark) -> SourcePosition {
    marks.position(line: mark.line, column: mark.column)
  }
}
