/// Renders diagnostics for people: `path:line:col: severity[id]: message`, the source line with
/// the span underlined, then notes and help. Colour only when asked (the CLI asks on a terminal
/// without NO_COLOR).
public struct HumanRenderer: Sendable {
  public var colored: Bool
  /// The bytes of a file, for the source line; nil when it cannot be shown.
  public var source: @Sendable (String) -> [UInt8]?
  /// The language of the fixed words (severities, `note:`, `help:`); messages come worded.
  public var language: Language

  public init(colored: Bool, language: Language = .en, source: @escaping @Sendable (String) -> [UInt8]?) {
    self.colored = colored
    self.language = language
    self.source = source
  }

  /// `error`, `lỗi`: the severity as the language says it.
  public static func severityWord(_ severity: Severity, _ language: Language) -> String {
    switch (severity, language) {
    case (.error, .vi): "lỗi"
    case (.warning, .vi): "cảnh báo"
    case (.info, .vi): "thông tin"
    case (_, .en): severity.rawValue
    }
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

  /// Renders `diagnostics` in their order. With more than one job, runs of diagnostics are
  /// rendered on every core, cut only where the file changes, and joined in order: the text is
  /// the same whatever the job count. (A national catalog has a quarter of a million findings,
  /// and rendering them on one thread took a fifth of a check's time.)
  public func render(_ diagnostics: [Diagnostic], jobs: Int = 1) -> String {
    var output = ""
    render(diagnostics, jobs: jobs) { output += $0 }
    return output
  }

  /// Renders `diagnostics` in their order, handing the text to `write` a piece at a time: a few
  /// runs are rendered at once, so memory holds their text, not a national catalog's hundred
  /// megabytes of it.
  public func render(_ diagnostics: [Diagnostic], jobs: Int, into write: (String) -> Void) {
    let runs = Self.runs(diagnostics, jobs: jobs)
    guard runs.count > 1 else {
      write(render(diagnostics[...]))
      return
    }
    let batch = jobs * 2
    var start = 0
    while start < runs.count {
      let some = Array(runs[start..<min(start + batch, runs.count)])
      for text in parallelMap(some, jobs: jobs, { render(diagnostics[$0]) }) { write(text) }
      start += batch
    }
  }

  /// Consecutive ranges of `diagnostics`, cut only where the file changes, of about a sixteenth
  /// of each job's share (so that one file full of findings does not leave the other cores idle);
  /// one range for one job or few diagnostics.
  static func runs(_ diagnostics: [Diagnostic], jobs: Int) -> [Range<Int>] {
    let count = diagnostics.count
    guard jobs > 1, count >= 512 else { return [0..<count] }
    let target = max(64, count / (jobs * 16))
    var runs: [Range<Int>] = []
    var start = 0
    var index = target
    while index < count {
      if diagnostics[index].location.file != diagnostics[index - 1].location.file {
        runs.append(start..<index)
        start = index
        index += target
      } else {
        index += 1
      }
    }
    runs.append(start..<count)
    return runs
  }

  private func render(_ diagnostics: ArraySlice<Diagnostic>) -> String {
    var output = ""
    // Diagnostics come sorted by file, so the file read last is the one asked for next; keeping
    // only that one bounds the memory to one file, not every file with a finding.
    var cachedPath: String?
    var cached: (bytes: [UInt8], lines: LineIndex)?
    func file(_ path: String) -> (bytes: [UInt8], lines: LineIndex)? {
      if path == cachedPath { return cached }
      cachedPath = path
      cached = source(path).map { bytes in
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return (bytes, LineIndex(bytes: bytes, contentStart: bom))
      }
      return cached
    }
    for diagnostic in diagnostics {
      let start = diagnostic.range.start
      let header =
        paint("\(diagnostic.file):\(start.line):\(start.column):", "1") + " "
        + paint(
          "\(Self.severityWord(diagnostic.severity, language))[\(diagnostic.id)]:", severityColor(diagnostic.severity))
        + " "
        + paint(diagnostic.message, "1")
      output += header + "\n"
      if let loaded = file(diagnostic.file) {
        output += snippet(diagnostic.range, loaded.bytes, loaded.lines, color: severityColor(diagnostic.severity))
      }
      for note in diagnostic.notes {
        var line = "  " + paint(language == .vi ? "ghi chú:" : "note:", "1;34") + " "
        if let location = note.location {
          line += "\(location.file):\(location.range.start.line):\(location.range.start.column): "
        }
        output += line + note.message + "\n"
      }
      if let help = diagnostic.help {
        output += "  " + paint(language == .vi ? "gợi ý:" : "help:", "1;32") + " " + help + "\n"
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
    if firstShown == 1, let plain = Self.plainLine(raw, width: width) {
      // Most lines need no replacement and no window: shown as they are.
      shown = plain.text
      columns = plain.scalars
    } else if firstShown > 1, range.start.offset >= raw.startIndex, range.start.offset <= raw.endIndex {
      // The window starts `startColumn - firstShown` code points before the span: found by
      // walking back from the span's byte offset, so that each finding decodes only its window,
      // not the whole line (32,000 findings on one line of 600 KB took 6 s).
      var from = range.start.offset
      var back = startColumn - firstShown
      while back > 0 && from > raw.startIndex {
        from -= 1
        while from > raw.startIndex && bytes[from] & 0xC0 == 0x80 { from -= 1 }
        back -= 1
      }
      let end = min(raw.endIndex, from + (width + 1) * 4)
      columns =
        Self.appendShown(raw[from..<end], from: 1, width: width, to: &shown, truncated: &truncated) + firstShown - 1
      if end < raw.endIndex && !truncated && columns >= firstShown + width - 1 { truncated = true }
    } else {
      columns = Self.appendShown(raw, from: firstShown, width: width, to: &shown, truncated: &truncated)
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
    let pad = Self.spaces(gutter.count, then: 0)
    let carets = Self.spaces(startColumn - firstShown + lead, then: max(1, endColumn - startColumn))
    return
      " \(paint(gutter, "1;34")) \(paint("|", "1;34")) \(shown)\n \(pad) \(paint("|", "1;34")) \(paint(carets, color))\n"
  }

  /// `spaces` spaces then `carets` carets, made in one piece (`String(repeating:count:)` twice
  /// per finding was a tenth of rendering).
  static func spaces(_ spaces: Int, then carets: Int) -> String {
    let spaces = max(0, spaces)
    let carets = max(0, carets)
    return String(unsafeUninitializedCapacity: spaces + carets) { buffer in
      for index in 0..<spaces { buffer[index] = UInt8(ascii: " ") }
      for index in spaces..<(spaces + carets) { buffer[index] = UInt8(ascii: "^") }
      return spaces + carets
    }
  }

  /// `raw` as text and its scalar count when it is valid UTF-8 narrower than `width` scalars and
  /// holds nothing the caret line could not align with: no tab, no control character, no line or
  /// paragraph separator. Nil otherwise.
  static func plainLine(_ raw: ArraySlice<UInt8>, width: Int) -> (text: String, scalars: Int)? {
    var scalars = 0
    let plain = raw.withUnsafeBufferPointer { bytes -> Bool in
      let count = bytes.count
      var index = 0
      while index < count {
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x7F { return false }
        if byte == 0xC2, index + 1 < count, bytes[index + 1] < 0xA0 { return false }  // C1 controls
        if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 {
          return false  // U+2028, U+2029
        }
        if byte & 0xC0 != 0x80 { scalars += 1 }
        index += 1
      }
      return scalars < width
    }
    guard plain, let text = String(validating: raw, as: UTF8.self) else { return nil }
    return (text, scalars)
  }

  /// Appends the scalars of `raw` from column `firstShown` on, at most `width` of them, with tabs
  /// as spaces and control characters as U+FFFD; returns the columns counted.
  static func appendShown(
    _ raw: ArraySlice<UInt8>, from firstShown: Int, width: Int, to shown: inout String, truncated: inout Bool
  ) -> Int {
    var columns = 0
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
    return columns
  }

  /// `3 errors, 5 warnings in 214 files` (infos named only when there are some); in Vietnamese
  /// `3 lỗi, 5 cảnh báo trong 214 tệp`.
  public static func summary(_ summary: DiagnosticSummary, files: Int, language: Language = .en) -> String {
    if language == .vi {
      var parts = ["\(summary.errors) lỗi", "\(summary.warnings) cảnh báo"]
      if summary.infos > 0 { parts.append("\(summary.infos) thông tin") }
      return parts.joined(separator: ", ") + " trong \(files) tệp"
    }
    func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
    var parts = [plural(summary.errors, "error"), plural(summary.warnings, "warning")]
    if summary.infos > 0 { parts.append(plural(summary.infos, "info")) }
    return parts.joined(separator: ", ") + " in " + plural(files, "file")
  }
}
