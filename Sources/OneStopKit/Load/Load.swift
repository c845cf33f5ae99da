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

/// Loads YAML 1.2 text into located nodes over libyaml's event parser. This file,
/// TreeBuilder.swift (the tree built from libyaml's events) and YAMLEventReader.swift (libyaml's
/// events one at a time, for the fast path) are the only files that import CYAML. The loader
/// never throws, never traps on input, and stops early on input that would be expensive (too
/// large, too deep, too many nodes).
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

extension YAMLLoader {
  /// A scalar's bytes as a String in NFC, the form every text of the model has.
  static func makeString(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
    Normalization.isTriviallyNFC(buffer) ? String(decoding: buffer, as: UTF8.self) : Normalization.nfc(utf8: buffer)
  }
}

extension ScalarStyle {
  init(_ style: yaml_scalar_style_t) {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: self = .literal
    case YAML_FOLDED_SCALAR_STYLE: self = .folded
    default: self = .plain
    }
  }
}
