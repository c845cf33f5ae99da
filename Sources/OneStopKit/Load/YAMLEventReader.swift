internal import CYAML

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
