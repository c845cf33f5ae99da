/// A small document model (headings, paragraphs, lists, tables) that the checklist and the report
/// are built in once, and rendered to Markdown and to HTML from the same blocks.
struct TextDocument {
  enum Block {
    case heading(Int, String, id: String?)
    case paragraph(String)
    case list([ListItem])
    case table(headers: [String], rows: [[String]])
  }

  struct ListItem {
    var text: String
    var details: [String] = []
  }

  struct Part {
    var language: String
    var blocks: [Block] = []
  }

  var title: String
  var parts: [Part]
}

enum MarkdownRenderer {
  static func render(_ document: TextDocument) -> String {
    var out = ""
    for (index, part) in document.parts.enumerated() {
      if index > 0 {
        while out.hasSuffix("\n\n") { out.removeLast() }
        out += "\n---\n\n"
      }
      for block in part.blocks {
        switch block {
        case .heading(let level, let text, _):
          out += String(repeating: "#", count: level) + " " + escape(text) + "\n\n"
        case .paragraph(let text):
          out += escape(text) + "\n\n"
        case .list(let items):
          for item in items {
            out += "- " + escape(item.text) + "\n"
            for detail in item.details { out += "  - " + escape(detail) + "\n" }
          }
          out += "\n"
        case .table(let headers, let rows):
          out += "| " + headers.map(escape).joined(separator: " | ") + " |\n"
          out += "|" + String(repeating: " --- |", count: headers.count) + "\n"
          for row in rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
          out += "\n"
        }
      }
    }
    while out.hasSuffix("\n\n") { out.removeLast() }
    return out
  }

  /// Backslash-escapes what Markdown would read as markup, and flattens line breaks.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "{", "}":
        out.append("\\")
        out.append(character)
      case "\n", "\r", "\r\n":
        out.append(" ")
      default:
        out.append(character)
      }
    }
    return out
  }
}

enum HTMLRenderer {
  static let style = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;\
    color:#1b1b1b;background:#fff;margin:0}
    main{max-width:46rem;margin:0 auto;padding:1.5rem}
    article+article{border-top:2px solid #555;margin-top:2rem;padding-top:1rem}
    h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
    ul{padding-left:1.25rem}li{margin:.25rem 0}li ul{margin:.15rem 0;color:#333}
    table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.3rem .5rem;text-align:left;\
    vertical-align:top}
    @media print{main{max-width:none;padding:0}article+article{break-before:page;border:0}a{color:inherit}}
    """

  static func render(_ document: TextDocument) -> String {
    let language = document.parts.first?.language ?? "vi"
    var out = "<!DOCTYPE html>\n<html lang=\"\(escape(language))\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>\(escape(document.title))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n<main>\n"
    for part in document.parts {
      out += "<article lang=\"\(escape(part.language))\">\n"
      for block in part.blocks {
        switch block {
        case .heading(let level, let text, let id):
          let anchor = id.map { " id=\"\(escape(part.language))-\(escape($0))\"" } ?? ""
          out += "<h\(level)\(anchor)>\(escape(text))</h\(level)>\n"
        case .paragraph(let text):
          out += "<p>\(escape(text))</p>\n"
        case .list(let items):
          out += "<ul>\n"
          for item in items {
            out += "<li>\(escape(item.text))"
            if !item.details.isEmpty {
              out += "\n<ul>\n" + item.details.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
            }
            out += "</li>\n"
          }
          out += "</ul>\n"
        case .table(let headers, let rows):
          out += "<table>\n<thead><tr>" + headers.map { "<th scope=\"col\">\(escape($0))</th>" }.joined()
          out += "</tr></thead>\n<tbody>\n"
          for row in rows { out += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n" }
          out += "</tbody>\n</table>\n"
        }
      }
      out += "</article>\n"
    }
    out += "</main>\n</body>\n</html>\n"
    return out
  }

  /// Escapes text for HTML content and attribute values, and drops what HTML cannot show.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        out.unicodeScalars.append(XMLText.isAllowed(scalar) ? scalar : "\u{FFFD}")
      }
    }
    return out
  }
}
