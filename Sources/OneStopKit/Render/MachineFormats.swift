import Foundation

/// The output formats `--format` and `--output` offer.
public enum OutputFormat: String, CaseIterable, Sendable {
  case human
  case json
  case sarif
  case github
  case junit
}

/// Diagnostics for machines: versioned JSON, SARIF 2.1.0, GitHub workflow commands and JUnit XML,
/// all built from Codable types (JUnit through libxml2's writer, for escaping).
public enum MachineFormats {
  public static let jsonVersion = 1

  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  static func encode(_ value: some Encodable) -> String {
    let data = (try? encoder().encode(value)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  // MARK: JSON

  struct JSONPosition: Encodable {
    var line: Int
    var column: Int
    var offset: Int
    init(_ position: SourcePosition) {
      line = position.line
      column = position.column
      offset = position.offset
    }
  }

  struct JSONNote: Encodable {
    var message: String
    var file: String?
    var start: JSONPosition?
    var end: JSONPosition?
  }

  struct JSONDiagnostic: Encodable {
    var id: String
    var severity: Severity
    var message: String
    var file: String
    var start: JSONPosition
    var end: JSONPosition
    var notes: [JSONNote]
    var help: String?
  }

  struct JSONSummary: Encodable {
    var errors: Int
    var warnings: Int
    var infos: Int
    var files: Int
  }

  struct JSONTool: Encodable {
    var name = "onestop"
    var version = OneStopKit.version
  }

  struct JSONReport: Encodable {
    var version = MachineFormats.jsonVersion
    var tool = JSONTool()
    var summary: JSONSummary
    var diagnostics: [JSONDiagnostic]
    /// Baseline entries that no longer occur (only with --baseline).
    var stale_baseline_entries: [Baseline.Entry]?
  }

  public static func json(_ diagnostics: [Diagnostic], files: Int, stale: [Baseline.Entry] = []) -> String {
    let summary = DiagnosticSummary(diagnostics)
    return encode(
      JSONReport(
        summary: JSONSummary(errors: summary.errors, warnings: summary.warnings, infos: summary.infos, files: files),
        diagnostics: diagnostics.map { diagnostic in
          JSONDiagnostic(
            id: diagnostic.id, severity: diagnostic.severity, message: diagnostic.message, file: diagnostic.file,
            start: JSONPosition(diagnostic.range.start), end: JSONPosition(diagnostic.range.end),
            notes: diagnostic.notes.map { note in
              JSONNote(
                message: note.message, file: note.location?.file,
                start: note.location.map { JSONPosition($0.range.start) },
                end: note.location.map { JSONPosition($0.range.end) })
            }, help: diagnostic.help)
        }, stale_baseline_entries: stale.isEmpty ? nil : stale))
  }

  // MARK: SARIF 2.1.0

  struct SarifText: Encodable { var text: String }

  struct SarifConfiguration: Encodable { var level: String }

  struct SarifRule: Encodable {
    var id: String
    var name: String
    var shortDescription: SarifText
    var fullDescription: SarifText
    var help: SarifText
    var defaultConfiguration: SarifConfiguration
  }

  struct SarifDriver: Encodable {
    var name = "onestop"
    var version = OneStopKit.version
    var semanticVersion = OneStopKit.version
    var rules: [SarifRule]
  }

  struct SarifTool: Encodable { var driver: SarifDriver }

  struct SarifArtifactLocation: Encodable {
    var uri: String
    var uriBaseId = "%SRCROOT%"
  }

  struct SarifRegion: Encodable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int
    var charOffset: Int?
  }

  struct SarifPhysicalLocation: Encodable {
    var artifactLocation: SarifArtifactLocation
    var region: SarifRegion
  }

  struct SarifLocation: Encodable {
    var id: Int?
    var physicalLocation: SarifPhysicalLocation
    var message: SarifText?
  }

  struct SarifResult: Encodable {
    var ruleId: String
    var level: String
    var message: SarifText
    var locations: [SarifLocation]
    var relatedLocations: [SarifLocation]?
  }

  struct SarifRun: Encodable {
    var tool: SarifTool
    var columnKind = "unicodeCodePoints"
    var results: [SarifResult]
  }

  struct SarifLog: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [SarifRun]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version
      case runs
    }
  }

  static func sarifLevel(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  static func region(_ range: SourceRange) -> SarifRegion {
    // SARIF regions are 1-based and their end column is the column after the last character;
    // an empty span is an insertion point, which SARIF allows.
    let end =
      range.end.line < range.start.line || (range.end.line == range.start.line && range.end.column < range.start.column)
      ? range.start : range.end
    return SarifRegion(
      startLine: range.start.line, startColumn: range.start.column, endLine: end.line, endColumn: end.column,
      charOffset: nil)
  }

  /// `note: `, `help: ` (`ghi chú: `, `gợi ý: `): the labels the text formats put before a
  /// note and a help line, as the human format does.
  static func labels(_ language: Language) -> (note: String, help: String) {
    language == .vi ? ("ghi chú: ", "gợi ý: ") : ("note: ", "help: ")
  }

  /// SARIF 2.1.0. `tool.driver.rules` holds the rules the results use, sorted by id, and each
  /// result names its rule by `ruleId` alone: a check added to the registry changes nothing in a
  /// log it has no result in, and never renumbers another rule's results (a `ruleIndex` into a
  /// list of every check did). The rules' descriptions are in `language`, like the messages.
  public static func sarif(_ diagnostics: [Diagnostic], language: Language = .en, custom: [CheckDescription] = [])
    -> String
  {
    let used = Set(diagnostics.map(\.id))
    let all = (CheckRegistry.descriptions + custom).sorted { $0.id < $1.id }
    let rules = all.filter { used.contains($0.id) }.map { description in
      let summary = CheckDocumentation.summary(description, language)
      let rationale = CheckDocumentation.rationale(description, language)
      let examples =
        language == .vi
        ? "Chạy `onestop explain \(description.id)` để xem ví dụ."
        : "Run `onestop explain \(description.id)` for examples."
      return SarifRule(
        id: description.id,
        name: description.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
        shortDescription: SarifText(text: summary),
        fullDescription: SarifText(text: rationale),
        help: SarifText(text: "\(summary). \(rationale) \(examples)"),
        defaultConfiguration: SarifConfiguration(level: sarifLevel(description.severity)))
    }
    let labels = labels(language)
    let results = diagnostics.map { diagnostic -> SarifResult in
      var related: [SarifLocation] = []
      for (number, note) in diagnostic.notes.enumerated() {
        guard let location = note.location else { continue }
        related.append(
          SarifLocation(
            id: number + 1,
            physicalLocation: SarifPhysicalLocation(
              artifactLocation: SarifArtifactLocation(uri: uri(location.file)), region: region(location.range)),
            message: SarifText(text: note.message)))
      }
      var text = diagnostic.message
      let unlocated = diagnostic.notes.filter { $0.location == nil }.map(\.message)
      if !unlocated.isEmpty { text += " (" + unlocated.joined(separator: "; ") + ")" }
      if let help = diagnostic.help { text += "\n" + labels.help + help }
      return SarifResult(
        ruleId: diagnostic.id, level: sarifLevel(diagnostic.severity),
        message: SarifText(text: text),
        locations: [
          SarifLocation(
            physicalLocation: SarifPhysicalLocation(
              artifactLocation: SarifArtifactLocation(uri: uri(diagnostic.file)), region: region(diagnostic.range)))
        ],
        relatedLocations: related.isEmpty ? nil : related)
    }
    return encode(SarifLog(runs: [SarifRun(tool: SarifTool(driver: SarifDriver(rules: rules)), results: results)]))
  }

  /// A relative path as a URI reference: each segment percent-encoded.
  static func uri(_ path: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~/")
    return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
  }

  // MARK: GitHub workflow commands

  public static func github(_ diagnostics: [Diagnostic], language: Language = .en) -> String {
    let labels = labels(language)
    return diagnostics.map { diagnostic in
      let command: String
      switch diagnostic.severity {
      case .error: command = "error"
      case .warning: command = "warning"
      case .info: command = "notice"
      }
      let range = diagnostic.range
      var properties = "file=\(property(diagnostic.file)),line=\(range.start.line),col=\(range.start.column)"
      if range.end.line >= range.start.line && range.end.offset > range.start.offset {
        properties += ",endLine=\(range.end.line),endColumn=\(range.end.column)"
      }
      properties += ",title=\(property("onestop " + diagnostic.id))"
      var message = diagnostic.message
      for note in diagnostic.notes {
        let place = note.location.map { "\($0.file):\($0.range.start.line):\($0.range.start.column): " } ?? ""
        message += "\n" + labels.note + place + note.message
      }
      if let help = diagnostic.help { message += "\n" + labels.help + help }
      return "::\(command) \(properties)::\(data(message))\n"
    }.joined()
  }

  /// Workflow command data: `%`, CR and LF escaped.
  static func data(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// Workflow command properties: also `:` and `,`.
  static func property(_ text: String) -> String {
    data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }

  // MARK: JUnit

  /// One test case per file; each error is a failure; warnings and infos go to system-out, as the
  /// human format words them in `language`.
  public static func junit(_ diagnostics: [Diagnostic], files: [String], language: Language = .en) -> String {
    var byFile: [String: [Diagnostic]] = [:]
    for diagnostic in diagnostics { byFile[diagnostic.file, default: []].append(diagnostic) }
    let allFiles = Set(files).union(byFile.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    let failedCases = allFiles.filter { file in byFile[file, default: []].contains { $0.severity == .error } }.count
    let writer = XMLDocumentWriter()
    writer.start("testsuites")
    writer.attribute("name", "onestop")
    writer.attribute("tests", String(allFiles.count))
    writer.attribute("failures", String(failedCases))
    writer.attribute("errors", "0")
    writer.start("testsuite")
    writer.attribute("name", "onestop check")
    writer.attribute("tests", String(allFiles.count))
    writer.attribute("failures", String(failedCases))
    writer.attribute("errors", "0")
    writer.attribute("skipped", "0")
    for file in allFiles {
      let found = byFile[file] ?? []
      writer.start("testcase")
      let folder = file.split(separator: "/").dropLast().joined(separator: ".")
      writer.attribute("classname", folder.isEmpty ? "root" : folder)
      writer.attribute("name", file)
      writer.attribute("file", file)
      for diagnostic in found where diagnostic.severity == .error {
        writer.start("failure")
        writer.attribute("type", diagnostic.id)
        writer.attribute("message", diagnostic.message)
        writer.text(line(diagnostic, language))
        writer.end()
      }
      let others = found.filter { $0.severity != .error }
      if !others.isEmpty {
        writer.element("system-out", text: others.map { line($0, language) }.joined(separator: "\n"))
      }
      writer.end()
    }
    writer.end()
    writer.end()
    return String(decoding: writer.finish() ?? [], as: UTF8.self)
  }

  static func line(_ diagnostic: Diagnostic, _ language: Language) -> String {
    let labels = labels(language)
    let severity = HumanRenderer.severityWord(diagnostic.severity, language)
    var text =
      "\(diagnostic.file):\(diagnostic.range.start.line):\(diagnostic.range.start.column): \(severity)[\(diagnostic.id)]: \(diagnostic.message)"
    for note in diagnostic.notes {
      let place = note.location.map { "\($0.file):\($0.range.start.line):\($0.range.start.column): " } ?? ""
      text += "\n  " + labels.note + place + note.message
    }
    if let help = diagnostic.help { text += "\n  " + labels.help + help }
    return text
  }
}
