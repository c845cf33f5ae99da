internal import CYAML

/// Drives libyaml's parser and builds the node tree with an explicit stack (for
/// `YAMLLoader.load`).
struct TreeBuilder {
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
