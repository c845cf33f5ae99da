/// A small document model (headings, paragraphs, lists, tables) that the checklist and the report
/// are built in once, and rendered to Markdown and to HTML from the same blocks.
struct TextDocument {
  enum Block {
    case heading(Int, String, id: String?)
    case paragraph(String)
    case list([ListItem])
    case table(headers: [String], rows: [[String]])
    /// A notice that must not be missed (a what-if): a paragraph in Markdown, a framed box in HTML.
    case banner(String)
  }

  struct ListItem {
    var text: String
    var details: [String] = []
    /// Whether a citizen ticks it off: a checkbox on screen, ☐ on paper (HTML only).
    var tick = false
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
        case .banner(let text):
          out += "> **" + escape(text) + "**\n\n"
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

/// A link from one HTML page to another of the same output (its other languages, the index).
struct PageLink {
  var href: String
  var language: String
  var label: String
}

/// HTML pages: one language per page, standalone (inline CSS, no script, no external resource),
/// readable at phone width (tables reflow into cards) and printable on A4 (checkboxes become ☐).
enum HTMLRenderer {
  /// Colours: text #1b1b1b, secondary #3d3d3d, links #0b4f8a, the header #0b3d6e with white: each
  /// at least 7:1 against its background.
  static let style = """
    *{box-sizing:border-box}
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;\
    color:#1b1b1b;background:#fff;margin:0;font-size:1rem}
    a{color:#0b4f8a}
    header.page{background:#0b3d6e;color:#fff;padding:1rem 1.5rem}
    header.page a{color:#fff}
    header.page .inner,main{max-width:50rem;margin:0 auto}
    header.page nav{display:flex;gap:1rem;flex-wrap:wrap;justify-content:space-between;font-size:.95rem}
    header.page h1{font-size:1.6rem;margin:.5rem 0 .25rem;line-height:1.25}
    header.page ul{list-style:none;padding:0;margin:.25rem 0 0}
    header.page li{margin:.1rem 0}
    main{padding:1rem 1.5rem 2rem}
    h2{font-size:1.25rem;margin:1.75rem 0 .5rem;border-bottom:2px solid #0b3d6e;padding-bottom:.2rem}
    h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
    ul{padding-left:1.25rem}li{margin:.35rem 0}li ul{margin:.15rem 0;color:#3d3d3d}
    ul.tick{list-style:none;padding-left:0}
    ul.tick>li{display:grid;grid-template-columns:1.9rem 1fr;align-items:start;padding:.35rem 0;\
    border-bottom:1px solid #d0d0d0}
    ul.tick>li>input{width:1.3rem;height:1.3rem;margin:.15rem 0 0}
    ul.tick>li>label{font-weight:600}
    ul.tick>li>ul{grid-column:2;font-weight:400}
    .box{display:none}
    .banner{border:3px solid #7a4b00;background:#fff4e0;color:#1b1b1b;padding:.6rem .9rem;font-weight:600}
    table{border-collapse:collapse;width:100%}
    th,td{border:1px solid #767676;padding:.35rem .5rem;text-align:left;vertical-align:top}
    th{background:#eef2f7}
    @media (max-width:600px){
    header.page,main{padding-left:1rem;padding-right:1rem}
    table.reflow thead{position:absolute;left:-9999px}
    table.reflow,table.reflow tbody,table.reflow tr,table.reflow td{display:block;width:100%}
    table.reflow tr{border:1px solid #767676;margin:0 0 .75rem}
    table.reflow td{border:0;border-bottom:1px solid #d0d0d0}
    table.reflow td::before{content:attr(data-label);display:block;font-weight:600;font-size:.9rem}}
    @page{size:A4;margin:15mm}
    @media print{body{font-size:11pt}header.page{background:none;color:#000;padding:0;border-bottom:2px solid #000}
    header.page a,a{color:#000;text-decoration:none}header.page nav{display:none}
    main{max-width:none;padding:0}ul.tick>li>input{display:none}ul.tick>li{break-inside:avoid}
    .box{display:inline;font-size:1.2em;line-height:1}h2,h3{break-after:avoid}
    table.reflow thead{position:static}}
    """

  /// Part `index` of `document` as a page: its first heading and the list after it make the
  /// header; `alternates` are the same page in other languages; `home`, the index.
  static func render(
    _ document: TextDocument, part index: Int = 0, alternates: [PageLink] = [], home: PageLink? = nil,
    extraStyle: String = ""
  ) -> String {
    guard document.parts.indices.contains(index) else { return "" }
    let part = document.parts[index]
    var blocks = part.blocks[...]
    var title = document.title
    var facts: [String] = []
    if case .heading(1, let text, _) = blocks.first {
      title = text
      blocks = blocks.dropFirst()
      if case .list(let items) = blocks.first {
        facts = items.map(\.text)
        blocks = blocks.dropFirst()
      }
    }
    var out = pageStart(
      title: title, language: part.language, facts: facts, alternates: alternates, home: home, extraStyle: extraStyle)
    var ticks = 0
    for block in blocks {
      switch block {
      case .heading(let level, let text, let id):
        let anchor = id.map { " id=\"\(escape($0))\"" } ?? ""
        out += "<h\(level)\(anchor)>\(escape(text))</h\(level)>\n"
      case .paragraph(let text):
        out += "<p>\(escape(text))</p>\n"
      case .banner(let text):
        out += "<p class=\"banner\" role=\"note\">\(escape(text))</p>\n"
      case .list(let items):
        let ticked = items.contains { $0.tick }
        out += ticked ? "<ul class=\"tick\">\n" : "<ul>\n"
        for item in items {
          if item.tick {
            ticks += 1
            out += "<li><input type=\"checkbox\" id=\"tick-\(ticks)\">"
            out += "<label for=\"tick-\(ticks)\"><span class=\"box\" aria-hidden=\"true\">☐ </span>"
            out += "\(escape(item.text))</label>"
          } else {
            out += "<li>\(escape(item.text))"
          }
          if !item.details.isEmpty {
            out += "\n<ul>\n" + item.details.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
          }
          out += "</li>\n"
        }
        out += "</ul>\n"
      case .table(let headers, let rows):
        out += "<table class=\"reflow\">\n<thead><tr>"
        out += headers.map { "<th scope=\"col\">\(escape($0))</th>" }.joined()
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
          out += "<tr>"
          for (column, cell) in row.enumerated() {
            let label = column < headers.count ? " data-label=\"\(escape(headers[column]))\"" : ""
            out += "<td\(label)>\(escape(cell))</td>"
          }
          out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
      }
    }
    out += pageEnd
    return out
  }

  /// A page up to its `<main>`: the head (title, style, the other languages) and the header (the
  /// links, the title, the facts under it). `links` come after the language links in the header.
  static func pageStart(
    title: String, language: String, facts: [String], alternates: [PageLink], home: PageLink?,
    links: [PageLink] = [], extraStyle: String = ""
  ) -> String {
    var out = "<!DOCTYPE html>\n<html lang=\"\(escape(language))\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>\(escape(title))</title>\n"
    for link in alternates {
      out += "<link rel=\"alternate\" hreflang=\"\(escape(link.language))\" href=\"\(escape(link.href))\">\n"
    }
    out += "<style>\n\(style)\(extraStyle)\n</style>\n</head>\n<body>\n"
    out += "<header class=\"page\">\n<div class=\"inner\">\n"
    if home != nil || !alternates.isEmpty || !links.isEmpty {
      out += "<nav>"
      out += home.map { "<a href=\"\(escape($0.href))\">\(escape($0.label))</a>" } ?? "<span></span>"
      let right =
        links.map { "<a href=\"\(escape($0.href))\">\(escape($0.label))</a>" }
        + alternates.map {
          "<a href=\"\(escape($0.href))\" hreflang=\"\(escape($0.language))\" lang=\"\(escape($0.language))\">"
            + "\(escape($0.label))</a>"
        }
      out += "<span>" + right.joined(separator: " · ") + "</span>"
      out += "</nav>\n"
    }
    out += "<h1>\(escape(title))</h1>\n"
    if !facts.isEmpty { out += "<ul>" + facts.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n" }
    out += "</div>\n</header>\n<main>\n"
    return out
  }

  static let pageEnd = "</main>\n</body>\n</html>\n"

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
