import OneStopKit

/// `textDocument/publishDiagnostics`: each file's findings as `onestop check` gives them, with the
/// check id as `code`, its documentation as `codeDescription`, the notes as
/// `relatedInformation` and the help line in `data` (which the quick fixes read).
enum DiagnosticsFeature {
  static func severity(_ severity: Severity) -> Int {
    switch severity {
    case .error: 1
    case .warning: 2
    case .info: 3
    }
  }

  /// The notifications for `files`: every file whose findings changed, and those that lost theirs.
  static func publish(_ files: Set<String>, in workspace: Workspace, encoding: PositionEncoding) -> [JSON] {
    guard let session = workspace.session else { return [] }
    var tables: [String: LineTable] = [:]
    func table(_ path: String) -> LineTable? {
      if let known = tables[path] { return known }
      let made = workspace.text(of: path)
      tables[path] = made
      return made
    }
    var out: [JSON] = []
    for file in files.sorted() {
      let findings = session.findingsByFile[file] ?? []
      if findings.isEmpty && !workspace.published.contains(file) && workspace.documents[file] == nil { continue }
      // Only files inside the root have a URI ("rules/" as a whole, for missing rules, has none).
      guard !file.hasSuffix("/") else { continue }
      let items: [JSON]
      if encoding == .utf16, session.hasPlainPositions(file) {
        // The loader's lines and columns are the editor's: no need to read the text again.
        items = findings.map {
          json($0, range: plainRange($0.range), workspace: workspace, encoding: encoding, table: table)
        }
      } else {
        let lines = table(file) ?? LineTable([])
        items = findings.map {
          json($0, range: lines.range($0.range, encoding), workspace: workspace, encoding: encoding, table: table)
        }
      }
      if findings.isEmpty { workspace.published.remove(file) } else { workspace.published.insert(file) }
      var params: [String: JSON] = ["uri": .string(workspace.uri(of: file)), "diagnostics": .array(items)]
      if let version = workspace.documents[file]?.version { params["version"] = JSON(version) }
      out.append(Outgoing.notification("textDocument/publishDiagnostics", .object(params)))
    }
    return out
  }

  /// A range of a file with plain positions (`CheckSession.hasPlainPositions`) in UTF-16 units:
  /// the loader's line and column less one; an end before the start is the start, as
  /// `LineTable.range` makes it.
  static func plainRange(_ range: SourceRange) -> JSON {
    let end = range.end.offset < range.start.offset ? range.start : range.end
    return [
      "start": LSPPosition(line: range.start.line - 1, character: range.start.column - 1).json,
      "end": LSPPosition(line: end.line - 1, character: end.column - 1).json,
    ]
  }

  static func json(
    _ diagnostic: Diagnostic, range: JSON, workspace: Workspace, encoding: PositionEncoding,
    table: (String) -> LineTable?
  ) -> JSON {
    var item: [String: JSON] = [
      "range": range,
      "severity": JSON(severity(diagnostic.severity)),
      "code": .string(diagnostic.id),
      "source": "onestop",
      "message": .string(diagnostic.message),
    ]
    if let documentation = workspace.checkDocumentation(diagnostic.id) {
      item["codeDescription"] = ["href": .string(documentation)]
    }
    if let help = diagnostic.help { item["data"] = ["help": .string(help)] }
    let related: [JSON] = diagnostic.notes.compactMap { note in
      guard let location = note.location, let noteLines = table(location.file) else { return nil }
      return [
        "location": [
          "uri": .string(workspace.uri(of: location.file)), "range": noteLines.range(location.range, encoding),
        ],
        "message": .string(note.message),
      ]
    }
    if !related.isEmpty { item["relatedInformation"] = .array(related) }
    return .object(item)
  }
}
