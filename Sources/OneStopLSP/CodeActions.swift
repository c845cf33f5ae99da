import OneStopKit

/// `textDocument/codeAction`: quick fixes for the findings that have one. The did-you-mean
/// replacement; the missing `vi`/`en` text; a `keep:` waiver skeleton for a paper a connected
/// source provides, or removing that requirement; listing the source `missed-source` names in
/// `data_sources`. Skeletons hold `TODO` texts, which the drafter replaces.
enum CodeActionsFeature {
  static func actions(_ params: JSON, _ context: FeatureContext) throws(ResponseError) -> JSON {
    let document = try context.document(params)
    guard let start = LSPPosition(params["range"]?["start"]), let end = LSPPosition(params["range"]?["end"]) else {
      throw .invalidParams("codeAction needs a range")
    }
    let lines = document.lines
    let from = lines.offset(of: start, context.encoding)
    let to = max(from, lines.offset(of: end, context.encoding))
    let findings = (context.session.findingsByFile[document.path] ?? []).filter { finding in
      finding.range.start.offset <= to && max(finding.range.end.offset, finding.range.start.offset) >= from
    }
    var out: [JSON] = []
    for finding in findings {
      for (title, edits) in fixes(finding, document, context) {
        out.append([
          "title": .string(title), "kind": "quickfix",
          "diagnostics": [
            DiagnosticsFeature.json(
              finding, range: lines.range(finding.range, context.encoding), workspace: context.workspace,
              encoding: context.encoding, table: context.workspace.text)
          ],
          "edit": [
            "changes": .object([
              document.uri: .array(
                edits.map { edit in
                  [
                    "range": lines.range(from: edit.start, to: edit.end, context.encoding),
                    "newText": .string(edit.text),
                  ]
                })
            ])
          ],
        ])
      }
    }
    return .array(out)
  }

  struct Edit {
    var start: Int
    var end: Int
    var text: String
  }

  static func fixes(_ finding: Diagnostic, _ document: DocumentView, _ context: FeatureContext) -> [(String, [Edit])] {
    let lines = document.lines
    let bytes = lines.bytes
    let start = min(finding.range.start.offset, bytes.count)
    let end = min(max(start, finding.range.end.offset), bytes.count)
    var out: [(String, [Edit])] = []
    if let help = finding.help, let suggestion = suggestion(in: help) {
      // The written value without its quotes.
      var from = start
      var to = end
      while from < to, bytes[from] == UInt8(ascii: "\"") || bytes[from] == UInt8(ascii: "'") { from += 1 }
      while to > from, bytes[to - 1] == UInt8(ascii: "\"") || bytes[to - 1] == UInt8(ascii: "'") { to -= 1 }
      if from < to {
        out.append(
          (
            context.say(vi: "Sửa thành '\(suggestion)'", en: "Change to '\(suggestion)'"),
            [Edit(start: from, end: to, text: suggestion)]
          ))
      }
    }
    let languages = context.session.catalog.rules.policy.languages
    switch finding.id {
    case "missing-translation":
      if let edit = translation(start, end, lines, languages) {
        let missing = edit.1.joined(separator: ", ")
        out.append((context.say(vi: "Thêm bản dịch \(missing)", en: "Add the \(missing) text"), [edit.0]))
      }
    case "paper-obtainable", "paper-partly-obtainable":
      let reason = "{" + languages.map { "\($0): \"TODO\"" }.joined(separator: ", ") + "}"
      if bytes.indices.contains(start), bytes[start] == UInt8(ascii: "{"), end > start,
        bytes[end - 1] == UInt8(ascii: "}")
      {
        out.append(
          (
            context.say(vi: "Thêm ngoại lệ giữ lại giấy tờ (keep:)", en: "Add a keep: waiver"),
            [Edit(start: end - 1, end: end - 1, text: ", keep: {reason: \(reason), legal_basis: \"TODO\"}")]
          ))
      } else if let last = lastContentLine(start, end, lines) {
        let indent = String(repeating: " ", count: start - lines.starts[Cursor.line(of: start, lines)])
        let at = lines.lineEnd(last)
        out.append(
          (
            context.say(vi: "Thêm ngoại lệ giữ lại giấy tờ (keep:)", en: "Add a keep: waiver"),
            [
              Edit(
                start: at, end: at,
                text: "\n\(indent)keep:\n\(indent)  reason: \(reason)\n\(indent)  legal_basis: \"TODO\"")
            ]
          ))
      }
      // Removing the item: from its line's start (the `- ` marker) to the line after its last.
      let line = Cursor.line(of: start, lines)
      let prefix = bytes[lines.starts[line]..<start]
      if prefix.allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: "-") }), prefix.contains(UInt8(ascii: "-")),
        let last = lastContentLine(start, end, lines)
      {
        let after = last + 1 < lines.starts.count ? lines.starts[last + 1] : bytes.count
        out.append(
          (
            context.say(vi: "Bỏ thành phần hồ sơ này", en: "Remove this requirement"),
            [Edit(start: lines.starts[line], end: after, text: "")]
          ))
      }
    case "missed-source":
      if let procedure = context.session.procedure(in: document.path) {
        let listed = Set(procedure.dataSources.map(\.value))
        let named = quoted(finding.message).filter {
          context.session.catalog.sources[$0] != nil && !listed.contains($0)
        }
        if let source = named.first, let edit = listSource(source, procedure, lines) {
          out.append(
            (
              context.say(vi: "Thêm '\(source)' vào data_sources", en: "List '\(source)' in data_sources"),
              [edit]
            ))
        }
      }
    default: break
    }
    return out
  }

  /// The id a did-you-mean help line suggests.
  static func suggestion(in help: String) -> String? {
    for marker in ["did you mean '", "có phải là '"] {
      guard let range = help.range(of: marker) else { continue }
      let rest = help[range.upperBound...]
      guard let close = rest.firstIndex(of: "'") else { continue }
      return String(rest[..<close])
    }
    return nil
  }

  /// The texts between single quotes in a message.
  static func quoted(_ message: String) -> [String] {
    message.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map {
      String($0.element)
    }
  }

  /// The last line holding something of the span (a block mapping ends at the next line's start).
  static func lastContentLine(_ start: Int, _ end: Int, _ lines: LineTable) -> Int? {
    var last = Cursor.line(of: max(start, end), lines)
    while last > 0, lines.starts[last] >= end, last > Cursor.line(of: start, lines) { last -= 1 }
    while last > Cursor.line(of: start, lines), lines.starts[last] == lines.lineEnd(last) { last -= 1 }
    return last
  }

  /// The entries to add to a localized text for the languages it lacks.
  static func translation(_ start: Int, _ end: Int, _ lines: LineTable, _ languages: [String]) -> (Edit, [String])? {
    let bytes = lines.bytes
    let text = String(decoding: bytes[start..<end], as: UTF8.self)
    let written = Array(text.utf8)
    let missing = languages.filter { language in
      let key = Array("\(language):".utf8)
      guard written.count >= key.count else { return true }
      for index in 0...(written.count - key.count) where Array(written[index..<(index + key.count)]) == key {
        if index == 0 || [UInt8(ascii: "{"), 0x20, 0x0A, UInt8(ascii: ",")].contains(written[index - 1]) {
          return false
        }
      }
      return true
    }
    guard !missing.isEmpty else { return nil }
    if bytes.indices.contains(start), bytes[start] == UInt8(ascii: "{"), end > start,
      bytes[end - 1] == UInt8(ascii: "}")
    {
      let entries = missing.map { "\($0): \"TODO\"" }.joined(separator: ", ")
      return (Edit(start: end - 1, end: end - 1, text: ", " + entries), missing)
    }
    guard let last = lastContentLine(start, end, lines) else { return nil }
    let indent = String(repeating: " ", count: start - lines.starts[Cursor.line(of: start, lines)])
    let at = lines.lineEnd(last)
    return (Edit(start: at, end: at, text: missing.map { "\n\(indent)\($0): \"TODO\"" }.joined()), missing)
  }

  /// Adds `source` to the procedure's `data_sources` (a flow list, a block list, or a new key).
  static func listSource(_ source: String, _ procedure: Procedure, _ lines: LineTable) -> Edit? {
    let bytes = lines.bytes
    if let last = procedure.dataSources.last {
      let end = min(last.range.end.offset, bytes.count)
      let line = Cursor.line(of: last.range.start.offset, lines)
      let content = bytes[lines.starts[line]..<lines.lineEnd(line)]
      if content.contains(UInt8(ascii: "[")) { return Edit(start: end, end: end, text: ", " + source) }
      let indent = String(repeating: " ", count: last.range.start.offset - lines.starts[line] - 2)
      return Edit(start: lines.lineEnd(line), end: lines.lineEnd(line), text: "\n\(indent)- \(source)")
    }
    // No list yet: a key of its own at the end of the file.
    let at = bytes.count
    let newline = bytes.last == 0x0A || bytes.isEmpty ? "" : "\n"
    return Edit(start: at, end: at, text: "\(newline)data_sources: [\(source)]\n")
  }
}
