/// Plain words for libyaml's syntax messages ("mapping values are not allowed in this context",
/// "did not find expected '-' indicator"): the likely cause (a colon inside an unquoted text, an
/// indentation that does not line up, a tab) read off the lines around the error, and the line
/// above quoted as a note when the cause is there.
struct SyntaxHelp {
  var help: Localized?
  /// A note on an earlier line (1-based), with the line's text quoted.
  var notes: [(line: Int, text: Localized)] = []

  /// `line` and `column` are 1-based (columns in code points); `contextLine` is the line of
  /// libyaml's "while parsing ..." mark, if any.
  static func explain(
    problem: String, context: String = "", line: Int, column: Int, contextLine: Int?, text: (Int) -> String?
  ) -> SyntaxHelp {
    let current = text(line) ?? ""
    let indent = indentation(current)
    let above = previousContentLine(before: line, text: text)

    if current.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") || problem.contains("tab") {
      return SyntaxHelp(
        help: Localized(
          vi:
            "dòng \(line) được thụt lề bằng ký tự tab; YAML chỉ cho phép thụt lề bằng dấu cách: thay tab bằng dấu cách",
          en: "line \(line) is indented with a tab; YAML indents with spaces only: replace the tab with spaces"))
    }
    if problem.contains("mapping values are not allowed") {
      // A second ': ' on the line, after the key's own: the value is text holding a colon.
      if let key = keyOfLine(current), let colon = current.range(of: ": "),
        current.distance(from: current.startIndex, to: colon.lowerBound) + 1 < column - 1
      {
        return SyntaxHelp(
          help: Localized(
            vi:
              "văn bản sau '\(key):' có chứa dấu ': ', YAML hiểu là một khóa mới: đặt cả văn bản trong dấu ngoặc kép, ví dụ \(key): \"...\"",
            en:
              "the text after '\(key):' holds ': ', which YAML reads as a new key: put the whole text in double quotes, as in \(key): \"...\""
          ))
      }
      if let above, indent > indentation(above.text), keyOfLine(above.text) != nil, !above.text.hasSuffix(":") {
        return SyntaxHelp(
          help: Localized(
            vi:
              "dòng \(line) thụt lề sâu hơn dòng \(above.line) ở trên, trong khi dòng đó đã có giá trị: căn dòng \(line) thẳng cột với dòng \(above.line)",
            en:
              "line \(line) is indented deeper than line \(above.line) above it, which already has its value: align line \(line) with line \(above.line)"
          ),
          notes: [quote(above)])
      }
      return SyntaxHelp(
        help: Localized(
          vi: "đặt văn bản trong dấu ngoặc kép nếu có chứa ': ', hoặc sửa lại thụt lề",
          en: "quote the text if it holds ': ', or fix the indentation"))
    }
    if problem.contains("did not find expected key") || problem.contains("did not find expected '-'") {
      let isList = problem.contains("'-'")
      var result = SyntaxHelp(
        help: Localized(
          vi: isList
            ? "các mục của một danh sách phải bắt đầu bằng '- ' ở cùng một cột: dòng \(line) bắt đầu ở cột \(indent + 1)"
            : "các khóa của một ánh xạ phải bắt đầu ở cùng một cột: dòng \(line) bắt đầu ở cột \(indent + 1)",
          en: isList
            ? "the items of one list start with '- ' in the same column: line \(line) starts at column \(indent + 1)"
            : "the keys of one mapping start in the same column: line \(line) starts at column \(indent + 1)"))
      if let above, indentation(above.text) != indent {
        result.notes.append(quote(above))
      } else if let contextLine, contextLine != line, let context = text(contextLine) {
        result.notes.append(quote((contextLine, context)))
      }
      return result
    }
    if problem.contains("did not find expected ',' or '}'") || problem.contains("did not find expected ',' or ']'") {
      let bracket = problem.contains("}") ? "}" : "]"
      if let contextLine, contextLine < line, let opened = text(contextLine) {
        return SyntaxHelp(
          help: Localized(
            vi: "dấu ngoặc mở ở dòng \(contextLine) chưa được đóng: thêm '\(bracket)' vào cuối dòng \(contextLine)",
            en:
              "the bracket opened on line \(contextLine) is never closed: add '\(bracket)' at the end of line \(contextLine)"
          ),
          notes: [quote((contextLine, opened))])
      }
      return SyntaxHelp(
        help: Localized(
          vi: "trong { } hoặc [ ], dấu ':' hoặc ',' kết thúc văn bản: đặt văn bản có các dấu này trong dấu ngoặc kép",
          en: "inside { } or [ ], a ':' or ',' ends a text: put a text holding them in double quotes"))
    }
    if problem.contains("could not find expected ':'") {
      return SyntaxHelp(
        help: Localized(
          vi:
            "một khóa phải có ': ' ngay sau nó trên cùng dòng; văn bản viết trên nhiều dòng phải đặt trong dấu ngoặc kép",
          en: "a key needs ': ' after it on the same line; a text running over several lines needs quotes"))
    }
    if problem.contains("end of stream") && context.contains("quoted") {
      return SyntaxHelp(
        help: Localized(
          vi: "một văn bản mở dấu ngoặc kép mà chưa đóng: thêm dấu ngoặc đóng",
          en: "a quoted text is never closed: add the closing quote"))
    }
    if problem.contains("escape") {
      return SyntaxHelp(
        help: Localized(
          vi: "trong dấu ngoặc kép, dấu '\\' mở đầu một ký tự thoát: viết '\\\\', hoặc dùng dấu ngoặc đơn",
          en: "inside double quotes a backslash starts an escape: write '\\\\', or use single quotes"))
    }
    if problem.contains("found character that cannot start any token") {
      return SyntaxHelp(
        help: Localized(
          vi:
            "đặt văn bản trong dấu ngoặc kép: các ký tự như `@` và `` ` `` không được đứng đầu văn bản không có ngoặc",
          en: "quote the text: characters like `@` and `` ` `` cannot start unquoted text"))
    }
    return SyntaxHelp(help: nil)
  }

  private static func indentation(_ line: String) -> Int {
    line.prefix(while: { $0 == " " }).count
  }

  /// The key of a `key: value` or `- key: value` line, if it has one.
  private static func keyOfLine(_ line: String) -> String? {
    var rest = line.drop(while: { $0 == " " })
    if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop(while: { $0 == " " }) }
    guard let colon = rest.firstIndex(of: ":") else { return nil }
    let key = rest[..<colon]
    guard !key.isEmpty, !key.contains(" "), !key.contains("\""), !key.contains("'"), !key.hasPrefix("#") else {
      return nil
    }
    let after = rest.index(after: colon)
    guard after == rest.endIndex || rest[after] == " " else { return nil }
    return String(key)
  }

  /// The nearest line above `line` holding something other than blanks and a comment.
  private static func previousContentLine(before line: Int, text: (Int) -> String?) -> (line: Int, text: String)? {
    var number = line - 1
    while number >= 1 {
      if let content = text(number) {
        let trimmed = content.drop(while: { $0 == " " })
        if !trimmed.isEmpty && !trimmed.hasPrefix("#") { return (number, content) }
      }
      number -= 1
    }
    return nil
  }

  private static func quote(_ above: (line: Int, text: String)) -> (line: Int, text: Localized) {
    let shown = above.text.count > 100 ? String(above.text.prefix(100)) + "…" : above.text
    return (
      above.line, Localized(vi: "dòng \(above.line) ở trên: `\(shown)`", en: "line \(above.line) above: \(shown)")
    )
  }
}
