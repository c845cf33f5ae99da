/// One text of `rules/checks.yaml` as written: an expression, a message or an example, with what
/// it takes to point at a place inside it (`position(ofOffset:)`).
public struct WrittenText: Sendable {
  public var text: String
  public var range: SourceRange
  public var style: ScalarStyle
}

/// A check as `rules/checks.yaml` declares it, before its expressions are compiled.
public struct CustomCheckDefinition: Sendable {
  public var range: SourceRange
  public var id: Located<String>
  public var severity: Severity
  public var scope: CustomCheckScope
  public var when: WrittenText?
  public var assert: WrittenText
  /// The message in each language the file gives, in policy language order.
  public var messages: [(language: String, text: WrittenText)]
  public var rationale: LocalizedText?
  public var legalBasis: [String]
  public var triggering: [WrittenText]
  public var nonTriggering: [WrittenText]
}

/// `rules/checks.yaml`, decoded: its checks, and its bytes and lines for locating a place inside
/// an expression.
public struct CustomCheckFile: Sendable {
  public static let path = FormatSchema.checksFile.path
  public var definitions: [CustomCheckDefinition] = []
  var bytes: [UInt8] = []
  var lines: LineIndex?

  public init() {}

  init(definitions: [CustomCheckDefinition], bytes: [UInt8], lines: LineIndex?) {
    self.definitions = definitions
    self.bytes = bytes
    self.lines = lines
  }

  /// The place `offset` UTF-8 bytes into `text`'s value. Exact for a one-line plain or quoted
  /// scalar without escapes and for a literal block (`|`); elsewhere (folded text, escapes, a
  /// quoted scalar over several lines) the scalar's start.
  func position(of offset: Int, in text: WrittenText) -> SourcePosition {
    guard let lines, offset > 0 else { return text.range.start }
    let value = Array(text.text.utf8)
    let offset = min(offset, value.count)
    let start = text.range.start.offset
    let end = min(text.range.end.offset, bytes.count)
    guard start <= end else { return text.range.start }
    let source = bytes[start..<end]
    switch text.style {
    case .plain, .singleQuoted, .doubleQuoted:
      let skip = text.style == .plain ? 0 : 1
      let body = source.dropFirst(skip).prefix(value.count)
      guard body.elementsEqual(value) else { return text.range.start }
      return lines.position(ofOffset: start + skip + offset, in: bytes)
    case .literal:
      // The value's line k is the k-th content line after the header, indented alike.
      let before = value[..<offset]
      let lineNumber = before.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      let column = before.count - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
      let header = text.range.start.line - 1
      let contentLine = header + 1 + lineNumber
      guard contentLine < lines.lineStarts.count else { return text.range.start }
      let firstContent = lines.lineStarts[min(header + 1, lines.lineStarts.count - 1)]
      var indent = 0
      while firstContent + indent < bytes.count, bytes[firstContent + indent] == 0x20 { indent += 1 }
      return lines.position(ofOffset: lines.lineStarts[contentLine] + indent + column, in: bytes)
    case .folded:
      return text.range.start
    }
  }

  /// The range of `length` bytes from `offset` into `text`'s value (`position(of:in:)`).
  func range(of offset: Int, length: Int, in text: WrittenText) -> SourceRange {
    let start = position(of: offset, in: text)
    guard start != text.range.start || offset == 0 else { return text.range }
    let end = position(of: offset + max(length, 1), in: text)
    return SourceRange(start: start, end: max(end, start))
  }
}

extension ModelDecoder {
  func writtenText(_ node: YAMLNode?) -> WrittenText? {
    guard let node, let scalar = node.scalar, case .string = scalar.value else { return nil }
    return WrittenText(text: scalar.text, range: node.range, style: scalar.style)
  }

  /// `rules/checks.yaml`'s checks; an entry without a valid id or `assert` is left out (the
  /// validator reported it).
  func customChecks(_ root: YAMLNode) -> [CustomCheckDefinition] {
    (root["checks"]?.items ?? []).compactMap { node in
      guard let id = id(node["id"]), let assert = writtenText(node["assert"]) else { return nil }
      var messages: [(language: String, text: WrittenText)] = []
      if let pairs = node["message"]?.pairs {
        for language in languages {
          if let pair = pairs.first(where: { $0.key.isSameKey(language) }), let text = writtenText(pair.value) {
            messages.append((language, text))
          }
        }
      }
      let examples = node["examples"]
      return CustomCheckDefinition(
        range: node.range, id: id,
        severity: choice(node["severity"], as: Severity.self)?.value ?? .warning,
        scope: choice(node["scope"], as: CustomCheckScope.self)?.value ?? .procedure,
        when: writtenText(node["when"]), assert: assert, messages: messages,
        rationale: localized(node["rationale"]),
        legalBasis: (node["legal_basis"]?.items ?? []).compactMap { text($0)?.value },
        triggering: (examples?["triggering"]?.items ?? []).compactMap { writtenText($0) },
        nonTriggering: (examples?["non_triggering"]?.items ?? []).compactMap { writtenText($0) })
    }
  }
}
