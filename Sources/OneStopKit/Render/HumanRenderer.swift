/// Renders diagnostics for people: `path:line:col: severity[id]: message`, the source line with
/// the span underlined, then notes and help. Colour only when asked (the CLI asks on a terminal
/// without NO_COLOR).
public struct HumanRenderer {
  public var colored: Bool
  /// The bytes of a file, for the source line; nil when it cannot be shown.
  public var source: (String) -> [UInt8]?

  public init(colored: Bool, source: @escaping (String) -> [UInt8]?) {
    self.colored = colored
    self.source = source
  }

  private func paint(_ text: String, _ code: String) -> String {
    colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  private func severityColor(_ severity: Severity) -> String {
    switch severity {
    case .error: "1;31"
    case .warning: "1;33"
    case .info: "1;36"
    }
  }

  public func render(_ diagnostics: [Diagnostic]) -> String {
    var output = ""
    var cache: [String: (bytes: [UInt8], lines: LineIndex)?] = [:]
    func file(_ path: String) -> (bytes: [UInt8], lines: LineIndex)? {
      if let cached = cache[path] { return cached }
      let loaded = source(path).map { bytes in
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return (bytes, LineIndex(bytes: bytes, contentStart: bom))
      }
      cache[path] = loaded
      return loaded
    }
    for diagnostic in diagnostics {
      let start = diagnostic.range.start
      let header =
        paint("\(diagnostic.file):\(start.line):\(start.column):", "1") + " "
        + paint("\(diagnostic.severity.rawValue)[\(diagnostic.id)]:", severityColor(diagnostic.severity)) + " "
        + paint(diagnostic.message, "1")
      output += header + "\n"
      if let loaded = file(diagnostic.file) {
        output += snippet(diagnostic.range, loaded.bytes, loaded.lines, color: severityColor(diagnostic.severity))
      }
      for note in diagnostic.notes {
        var line = "  " + paint("note:", "1;34") + " "
        if let location = note.location {
          line += "\(location.file):\(location.range.start.line):\(location.range.start.column): "
        }
        output += line + note.message + "\n"
      }
      if let help = diagnostic.help {
        output += "  " + paint("help:", "1;32") + " " + help + "\n"
      }
    }
    return output
  }

  /// The source line of `range` and a caret line under its span.
  func snippet(_ range: SourceRange, _ bytes: [UInt8], _ lines: LineIndex, color: String) -> String {
    let lineNumber = range.start.line
    guard lineNumber >= 1, lineNumber <= lines.lineCount else { return "" }
    let raw = lines.lineBytes(lineNumber, in: bytes)
    let startColumn = max(1, range.start.column)
    // A long line (a minified file, a hostile one) is shown as a window around the span.
    let width = 160
    let firstShown = startColumn > width - 40 ? startColumn - 40 : 1
    // Control characters and tabs would break the alignment of the carets: show them as spaces
    // or as U+FFFD.
    var shown = firstShown > 1 ? "…" : ""
    var columns = 0
    var truncated = false
    for scalar in String(decoding: raw, as: UTF8.self).unicodeScalars {
      columns += 1
      if columns < firstShown { continue }
      if columns >= firstShown + width {
        truncated = true
        break
      }
      if scalar == "\t" {
        shown += " "
      } else if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
        || scalar.value == 0x2028 || scalar.value == 0x2029
      {
        shown += "\u{FFFD}"
      } else {
        shown.unicodeScalars.append(scalar)
      }
    }
    if truncated { shown += "…" }
    var endColumn: Int
    if range.end.line == lineNumber && range.end.column > startColumn {
      endColumn = range.end.column
    } else if range.end.line > lineNumber {
      endColumn = truncated ? firstShown + width : columns + 1
    } else {
      endColumn = startColumn + 1
    }
    endColumn = min(max(endColumn, startColumn + 1), firstShown + width)
    let lead = firstShown > 1 ? 1 : 0
    let gutter = String(lineNumber)
    let pad = String(repeating: " ", count: gutter.count)
    let carets =
      String(repeating: " ", count: startColumn - firstShown + lead)
      + String(repeating: "^", count: max(1, endColumn - startColumn))
    return
      " \(paint(gutter, "1;34")) \(paint("|", "1;34")) \(shown)\n \(pad) \(paint("|", "1;34")) \(paint(carets, color))\n"
  }

  /// `3 errors, 5 warnings in 214 files` (infos named only when there are some).
  public static func summary(_ summary: DiagnosticSummary, files: Int) -> String {
    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
    var parts = [plural(summary.errors, "error"), plural(summary.warnings, "warning")]
    if summary.infos > 0 { parts.append(plural(summary.infos, "info")) }
    return parts.joined(separator: ", ") + " in " + plural(files, "file")
  }
}
