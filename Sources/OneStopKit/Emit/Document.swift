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

  /// Backslash-escapes what Markdown would read as markup, and flattens line breaks. Works on
  /// UTF-8 bytes: every character it touches is ASCII, and most texts need nothing.
  static func escape(_ text: String) -> String {
    ByteEscaper.escape(text, special: markdownSpecial) { byte, next, out in
      switch byte {
      case 0x0A:
        out.append(0x20)
        return 1
      case 0x0D:
        out.append(0x20)
        return next == 0x0A ? 2 : 1
      default:
        out.append(0x5C)
        out.append(byte)
        return 1
      }
    }
  }

  static let markdownSpecial: [Bool] = ByteEscaper.table("\\`*_[]<>#|!{}\n\r")
}

/// Escaping over UTF-8 bytes with a fast path: a text holding none of the special bytes is
/// returned as it is.
enum ByteEscaper {
  static func table(_ characters: String) -> [Bool] {
    var table = [Bool](repeating: false, count: 256)
    for byte in characters.utf8 { table[Int(byte)] = true }
    return table
  }

  /// `replace` writes the escape of the special byte at hand (given the byte after it) and says
  /// how many bytes it consumed.
  static func escape(
    _ text: String, special: [Bool], replace: (UInt8, UInt8?, inout [UInt8]) -> Int
  ) -> String {
    var text = text
    let escaped: [UInt8]? = text.withUTF8 { bytes in
      guard bytes.contains(where: { special[Int($0)] }) else { return nil }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 16)
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        if special[Int(byte)] {
          i += replace(byte, i + 1 < bytes.count ? bytes[i + 1] : nil, &out)
        } else {
          out.append(byte)
          i += 1
        }
      }
      return out
    }
    guard let escaped else { return text }
    return String(decoding: escaped, as: UTF8.self)
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

  /// Escapes text for HTML content and attribute values, and replaces what XML 1.0 and HTML
  /// cannot carry (C0 controls but tab and line breaks, U+FFFE, U+FFFF) with U+FFFD.
  static func escape(_ text: String) -> String {
    ByteEscaper.escape(text, special: htmlSpecial) { byte, next, out in
      switch byte {
      case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
      case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
      case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
      default:
        out.append(contentsOf: [0xEF, 0xBF, 0xBD])  // a C0 control
      }
      return 1
    }.replacingNonCharacters()
  }

  static let htmlSpecial: [Bool] = {
    var table = ByteEscaper.table("&<>\"'")
    for byte in 0..<0x20 where byte != 0x09 && byte != 0x0A && byte != 0x0D { table[byte] = true }
    return table
  }()
}

extension String {
  /// U+FFFE and U+FFFF replaced with U+FFFD (rare: the loader refuses them).
  fileprivate func replacingNonCharacters() -> String {
    guard utf8.contains(0xEF), unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) else {
      return self
    }
    return String(
      String.UnicodeScalarView(unicodeScalars.map { $0.value >= 0xFFFE && $0.value <= 0xFFFF ? "\u{FFFD}" : $0 }))
  }
}
