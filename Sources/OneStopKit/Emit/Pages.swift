/// How the HTML pages of an output link to each other: each page exists once per build language
/// (`OutputPaths.page`), names the others by their languages' own names, and leads back to the
/// index of its language.
struct Pages {
  /// The build's languages, the first one's pages without a language in their names.
  let languages: [String]

  var first: String { languages.first ?? "vi" }

  /// A language by its own name: `Tiếng Việt`, `English`.
  static func label(_ language: String) -> String {
    switch language {
    case "vi": "Tiếng Việt"
    case "en": "English"
    default: language
    }
  }

  /// The same page in the other languages; `path(language)` is the page's path relative to the
  /// folder the page is in.
  func alternates(of language: String, _ path: (String) -> String) -> [PageLink] {
    languages.filter { $0 != language }.map { PageLink(href: path($0), language: $0, label: Self.label($0)) }
  }

  /// The index of `language`, from a page `depth` folders below the output's top.
  func home(_ language: String, depth: Int) -> PageLink {
    PageLink(
      href: String(repeating: "../", count: depth) + OutputPaths.index(language, first: first), language: language,
      label: Wording(language: language).pick("← Danh mục thủ tục hành chính", "← All procedures"))
  }

  /// Every page of `document`, one per language (its parts are in `languages` order), with the
  /// path of each.
  func render(
    _ document: TextDocument, base: String, depth: Int, extraStyle: String = ""
  ) -> [(path: String, html: String)] {
    let name = base.split(separator: "/").last.map(String.init) ?? base
    return zip(languages, document.parts.indices).map { language, index in
      let alternates = alternates(of: language) { OutputPaths.page(name, $0, first: first) }
      return (
        OutputPaths.page(base, language, first: first),
        HTMLRenderer.render(
          document, part: index, alternates: alternates, home: home(language, depth: depth), extraStyle: extraStyle)
      )
    }
  }
}
