import Foundation
import OneStopCEL

extension CustomCheckTypes {
  /// The bounds of every custom check expression (docs/rules.md, "Limits").
  public static let limits = CELLimits()

  /// What an expression of a check with `scope` may name.
  public static func environment(for scope: CustomCheckScope) -> CELEnvironment {
    var variables: [String: CELType] = [:]
    for variable in Self.variables where variable.scopes.contains(scope) { variables[variable.name] = variable.type }
    return CELEnvironment(variables: variables, objectTypes: objectTypes, limits: limits)
  }

  /// The object types, as the type checker takes them.
  public static let objectTypes: [CELObjectType] = objects.map { object in
    CELObjectType(
      name: object.name,
      fields: object.fields.map { ($0.name, CELFieldDeclaration(type: $0.type, optional: $0.optional)) })
  }
}

extension CustomCheckSet {
  /// Compiles the checks of `file`; a check with a mistake is reported (`invalid-custom-check`)
  /// and left out.
  static func compile(_ file: CustomCheckFile, language: Language) -> (CustomCheckSet, [Diagnostic]) {
    var findings = Findings(language: language)
    var set = CustomCheckSet()
    let builtIn = Set(CheckRegistry.descriptions.map(\.id))
    var seen: [String: SourceRange] = [:]
    for definition in file.definitions {
      let id = definition.id.value
      if builtIn.contains(id) {
        let text = CustomCheckWords.builtInID(id, language)
        InvalidCustomCheckCheck.report(
          text.message, help: text.help, at: definition.id.range, file: CustomCheckFile.path, into: &findings)
        continue
      }
      if let first = seen[id] {
        let text = CustomCheckWords.duplicateID(id, first: first, language)
        InvalidCustomCheckCheck.report(
          text.message, help: text.help, at: definition.id.range, file: CustomCheckFile.path, into: &findings)
        continue
      }
      seen[id] = definition.id.range
      if let compiled = compile(definition, file, into: &findings) { set.checks.append(compiled) }
    }
    return (set, findings.diagnostics)
  }

  private static func compile(
    _ definition: CustomCheckDefinition, _ file: CustomCheckFile, into findings: inout Findings
  ) -> Compiled? {
    let environment = CustomCheckTypes.environment(for: definition.scope)
    var failed = false
    func program(_ text: WrittenText, key: String, base: Int = 0, source: String? = nil, expecting: CELType?)
      -> CELProgram?
    {
      switch CELProgram.compile(source ?? text.text, environment: environment, expecting: expecting) {
      case .success(let program): return program
      case .failure(let error):
        failed = true
        let words = CustomCheckWords.invalidExpression(
          definition.id.value, key: key, error, findings.language)
        InvalidCustomCheckCheck.report(
          words.message, help: words.help,
          at: file.range(of: base + error.offset, length: error.length, in: text), file: CustomCheckFile.path,
          into: &findings)
        return nil
      }
    }
    let when = definition.when.flatMap { program($0, key: "when", expecting: .bool) }
    let assert = program(definition.assert, key: "assert", expecting: .bool)
    var messages: [(language: String, parts: [MessagePart])] = []
    for (language, text) in definition.messages {
      var parts: [MessagePart] = []
      switch MessageTemplate.split(text.text) {
      case .failure(let problem):
        failed = true
        let words = CustomCheckWords.invalidTemplate(definition.id.value, problem.kind, findings.language)
        InvalidCustomCheckCheck.report(
          words.message, help: words.help, at: file.range(of: problem.offset, length: 1, in: text),
          file: CustomCheckFile.path, into: &findings)
      case .success(let pieces):
        for piece in pieces {
          switch piece {
          case .text(let literal): parts.append(.text(literal))
          case .expression(let source, let offset):
            if let compiled = program(
              text, key: "message.\(language)", base: offset, source: source, expecting: nil)
            {
              parts.append(.expression(compiled))
            }
          }
        }
      }
      messages.append((language, parts))
    }
    guard !failed, let assert else { return nil }
    // `when` and `assert` run as one expression, `when ? assert : true`: one evaluation per item
    // instead of two. Each was checked on its own above, so that a mistake is located in it.
    var judgement = assert
    if let whenText = definition.when?.text, when != nil,
      case .success(let combined) = CELProgram.compile(
        "(\n\(whenText)\n) ? (\n\(definition.assert.text)\n) : true", environment: environment, expecting: .bool)
    {
      judgement = combined
    }
    return Compiled(
      definition: definition, judgement: judgement, messages: messages, description: description(of: definition))
  }

  /// What `onestop explain`, `onestop checks` and SARIF say about a custom check.
  static func description(of definition: CustomCheckDefinition) -> CheckDescription {
    func localized(_ texts: [(language: String, text: String)]) -> Localized {
      let vi = texts.first { $0.language == "vi" }?.text ?? texts.first?.text ?? definition.id.value
      let en = texts.first { $0.language == "en" }?.text ?? texts.first?.text ?? definition.id.value
      return Localized(vi: vi, en: en)
    }
    let summary = localized(definition.messages.map { ($0.language, MessageTemplate.summary($0.text.text)) })
    var rationale = localized((definition.rationale?.entries ?? []).map { ($0.language, $0.text) })
    if !definition.legalBasis.isEmpty {
      let basis = definition.legalBasis.joined(separator: "; ")
      rationale = Localized(
        vi: rationale.vi + "\n\nCăn cứ pháp lý: \(basis).", en: rationale.en + "\n\nLegal basis: \(basis).")
    }
    let triggering = definition.triggering.map { Example($0.text) }
    let nonTriggering = definition.nonTriggering.map { Example($0.text) }
    return CheckDescription(
      id: definition.id.value, severity: definition.severity, stage: .rule, summary: summary, rationale: rationale,
      triggering: triggering, nonTriggering: nonTriggering)
  }
}

/// A message with `{CEL}` parts: `{{` and `}}` write a brace.
enum MessageTemplate {
  enum Piece: Equatable {
    case text(String)
    /// The expression's source and its UTF-8 offset in the message.
    case expression(String, offset: Int)
  }

  struct Problem: Error {
    enum Kind { case unclosed, unopened, empty }
    var kind: Kind
    var offset: Int
  }

  static func split(_ message: String) -> Result<[Piece], Problem> {
    let bytes = Array(message.utf8)
    var pieces: [Piece] = []
    var literal: [UInt8] = []
    var index = 0
    func flush() {
      if !literal.isEmpty { pieces.append(.text(String(decoding: literal, as: UTF8.self))) }
      literal = []
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "{") {
        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
          literal.append(byte)
          index += 2
          continue
        }
        // The part runs to the matching `}`, skipping braces inside CEL string literals and maps.
        var depth = 1
        var quote: UInt8? = nil
        var end = index + 1
        while end < bytes.count {
          let current = bytes[end]
          if let open = quote {
            if current == UInt8(ascii: "\\") {
              end += 1
            } else if current == open {
              quote = nil
            }
          } else if current == UInt8(ascii: "'") || current == UInt8(ascii: "\"") {
            quote = current
          } else if current == UInt8(ascii: "{") {
            depth += 1
          } else if current == UInt8(ascii: "}") {
            depth -= 1
            if depth == 0 { break }
          }
          end += 1
        }
        guard end < bytes.count else { return .failure(Problem(kind: .unclosed, offset: index)) }
        let source = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        guard source.contains(where: { !$0.isWhitespace }) else {
          return .failure(Problem(kind: .empty, offset: index))
        }
        flush()
        pieces.append(.expression(source, offset: index + 1))
        index = end + 1
      } else if byte == UInt8(ascii: "}") {
        guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "}") else {
          return .failure(Problem(kind: .unopened, offset: index))
        }
        literal.append(byte)
        index += 2
      } else {
        literal.append(byte)
        index += 1
      }
    }
    flush()
    return .success(pieces)
  }

  /// The message with each part shown as `{…}`: the check's summary.
  static func summary(_ message: String) -> String {
    guard case .success(let pieces) = split(message) else { return message }
    return pieces.map { piece in
      switch piece {
      case .text(let text): text
      case .expression(let source, _): "{\(source.trimmingCharacters(in: .whitespaces))}"
      }
    }.joined()
  }
}
