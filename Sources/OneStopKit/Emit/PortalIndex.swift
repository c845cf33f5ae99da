/// The portal site's index (`index.html`, `index.LANG.html`): every procedure with its code,
/// name, levels, field, online level and counts (papers to bring, papers no longer needed),
/// grouped by field, linking its checklist and its portal XML; the interconnected groups; a level
/// filter that works without script (radio buttons and CSS); the scorecard linked.
struct PortalIndex {
  let catalog: Catalog
  let analysis: EliminationAnalysis
  let bundles: [BundleCompilation]
  let pages: Pages

  /// A procedure's two counts: requirements still asked somewhere (required, partly eliminated or
  /// kept by a waiver) and requirements eliminated at every level, cases included.
  static func counts(_ result: EliminationAnalysis.ProcedureResult) -> (bring: Int, notNeeded: Int) {
    let eliminated = result.requirements.count { $0.status == .eliminated }
    return (result.requirements.count - eliminated, eliminated)
  }

  /// The filter's CSS: with level L's button checked, rows not at L are hidden, and fields left
  /// with no row are hidden too.
  func filterStyle(_ levels: [String]) -> String {
    var css = """

      main,header.page .inner{max-width:72rem}
      .filter{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0 1rem;align-items:center}
      input.f{position:absolute;opacity:0;width:1px;height:1px}
      .filter label{border:2px solid #0b3d6e;border-radius:1rem;padding:.15rem .8rem;cursor:pointer;color:#0b3d6e}
      td.n{text-align:right;white-space:nowrap}
      @media print{.filter{display:none}}
      """
    for id in ["f-all"] + levels.indices.map({ "f-\($0)" }) {
      css += "\n#\(id):checked~.filter label[for=\(id)]{background:#0b3d6e;color:#fff}"
      css += "\n#\(id):focus-visible~.filter label[for=\(id)]{outline:3px solid #7a4b00;outline-offset:2px}"
    }
    for (index, level) in levels.enumerated() {
      let id = "f-\(index)"
      css += "\n#\(id):checked~section tr.p:not(.l-\(OutputPaths.fileName(level))){display:none}"
      css += "\n#\(id):checked~section:not(.s-\(OutputPaths.fileName(level))){display:none}"
    }
    return css
  }

  func page(_ language: String) -> String {
    let words = Wording(language: language)
    let lang: Language = language == "vi" ? .vi : .en
    let title = words.pick("Danh mục thủ tục hành chính", "Catalog of administrative procedures")
    let counts = analysis.counts
    var facts = [
      "\(words.asOf): \(words.day(catalog.asOf))",
      words.pick(
        "\(ReportBuilder.count(catalog.procedures.count, lang)) thủ tục; \(ReportBuilder.count(counts.eliminated, lang)) "
          + "trên \(ReportBuilder.count(counts.requirements, lang)) thành phần hồ sơ không còn phải nộp",
        "\(catalog.procedures.count) procedures; \(counts.eliminated) of \(counts.requirements) paper requirements "
          + "no longer needed"),
    ]
    if let whatIf = catalog.whatIf { facts.append(words.whatIf(whatIf, catalog)) }
    let levels = catalog.rules.levels.map(\.id.value).filter { level in
      analysis.procedures.contains { $0.levels.contains(level) }
    }
    let scorecard = PageLink(
      href: OutputPaths.reportPage(language, first: pages.first), language: language,
      label: words.pick("Báo cáo cắt giảm giấy tờ", "Once-only scorecard"))
    var out = HTMLRenderer.pageStart(
      title: title, language: language, facts: facts,
      alternates: pages.alternates(of: language) { OutputPaths.index($0, first: pages.first) }, home: nil,
      links: [scorecard], extraStyle: filterStyle(levels))
    // The filter: radio buttons before (and beside) every section they act on, their labels in
    // one row after them.
    let ids = ["f-all"] + levels.indices.map { "f-\($0)" }
    for (number, id) in ids.enumerated() {
      out += "<input type=\"radio\" class=\"f\" name=\"level\" id=\"\(id)\"\(number == 0 ? " checked" : "")>"
    }
    out += "\n<div class=\"filter\" role=\"group\" aria-label=\"\(HTMLRenderer.escape(words.levels))\">"
    out += "<span>\(HTMLRenderer.escape(words.levels)):</span>"
    out += "<label for=\"f-all\">\(HTMLRenderer.escape(words.pick("Tất cả", "All")))</label>"
    for (index, level) in levels.enumerated() {
      let name = catalog.levels[level]?.name?.text(preferring: language) ?? level
      out += "<label for=\"f-\(index)\">\(HTMLRenderer.escape(name))</label>"
    }
    out += "</div>\n"
    out += procedures(language, words)
    out += groups(language, words)
    return out + HTMLRenderer.pageEnd
  }

  /// The procedures, one section per field (rules order; procedures without a known field last).
  private func procedures(_ language: String, _ words: Wording) -> String {
    var byField: [String: [Int]] = [:]
    for (index, procedure) in catalog.procedures.enumerated() {
      let field = procedure.field?.value
      byField[field.flatMap { catalog.fields[$0] == nil ? nil : $0 } ?? "", default: []].append(index)
    }
    let fieldOrder =
      catalog.rules.fields.map(\.id.value).filter { byField[$0] != nil } + (byField[""] == nil ? [] : [""])
    var seen: Set<String> = []
    var out = ""
    let headers = [
      words.code, words.pick("Tên thủ tục", "Procedure"), words.levels,
      words.pick("Nộp trực tuyến", "Online filing"), words.pick("Giấy tờ phải nộp", "Papers to bring"),
      words.pick("Không còn phải nộp", "No longer needed"), words.pick("Tệp", "Files"),
    ]
    for field in fieldOrder where seen.insert(field).inserted {
      let indices = (byField[field] ?? []).sorted {
        Diagnostic.byteOrder(catalog.procedures[$0].code.value, catalog.procedures[$1].code.value) < 0
      }
      var levelsHere: Set<String> = []
      for index in indices { levelsHere.formUnion(analysis.procedures[index].levels) }
      let classes = levelsHere.sorted().map { "s-\(OutputPaths.fileName($0))" }.joined(separator: " ")
      let fieldName =
        field.isEmpty
        ? words.pick("Lĩnh vực khác", "Other fields") : catalog.fields[field]?.name?.text(preferring: language) ?? field
      out += "<section class=\"\(classes)\">\n<h2>\(HTMLRenderer.escape(fieldName))</h2>\n"
      out += "<table class=\"reflow\">\n<thead><tr>"
      out += headers.map { "<th scope=\"col\">\(HTMLRenderer.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
      for index in indices {
        out += row(catalog.procedures[index], analysis.procedures[index], language, words, headers)
      }
      out += "</tbody>\n</table>\n</section>\n"
    }
    return out
  }

  private func row(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, _ language: String, _ words: Wording,
    _ headers: [String]
  ) -> String {
    let code = procedure.code.value
    let checklist = OutputPaths.checklistPage(code, language, first: pages.first)
    let levelNames = result.levels.map { catalog.levels[$0]?.name?.text(preferring: language) ?? $0 }
    let online = procedure.channels.compactMap { channel -> OnlineLevel? in
      channel.kind.value == .online ? (channel.onlineLevel?.value ?? .partial) : nil
    }
    let onlineText =
      online.contains(.full)
      ? words.onlineLevel(.full) : online.isEmpty ? words.pick("không", "no") : words.onlineLevel(.partial)
    let (bring, notNeeded) = Self.counts(result)
    let classes = (["p"] + result.levels.map { "l-\(OutputPaths.fileName($0))" }).joined(separator: " ")
    let cells = [
      "<a href=\"\(HTMLRenderer.escape(checklist))\">\(HTMLRenderer.escape(code))</a>",
      HTMLRenderer.escape(procedure.name?.text(preferring: language) ?? code),
      HTMLRenderer.escape(levelNames.joined(separator: ", ")),
      HTMLRenderer.escape(onlineText),
      "\(bring)", "\(notNeeded)",
      "<a href=\"\(HTMLRenderer.escape(checklist))\">\(HTMLRenderer.escape(words.pick("Danh sách giấy tờ", "Checklist")))</a>"
        + " · <a href=\"\(HTMLRenderer.escape(OutputPaths.portal(code)))\">XML</a>",
    ]
    var out = "<tr class=\"\(classes)\">"
    for (column, cell) in cells.enumerated() {
      let numeric = column == 4 || column == 5 ? " class=\"n\"" : ""
      out += "<td data-label=\"\(HTMLRenderer.escape(headers[column]))\"\(numeric)>\(cell)</td>"
    }
    return out + "</tr>\n"
  }

  /// The interconnected groups, each linking its checklist.
  private func groups(_ language: String, _ words: Wording) -> String {
    guard !bundles.isEmpty else { return "" }
    var levels: Set<String> = []
    for compilation in bundles { levels.formUnion(compilation.levels.map(\.level)) }
    let classes = levels.sorted().map { "s-\(OutputPaths.fileName($0))" }.joined(separator: " ")
    var out = "<section class=\"\(classes)\">\n<h2>"
    out += HTMLRenderer.escape(words.pick("Nhóm thủ tục liên thông", "Interconnected groups")) + "</h2>\n<ul>\n"
    for compilation in bundles {
      let bundle = compilation.bundle
      let path = OutputPaths.bundleChecklistPage(bundle.id.value, language, first: pages.first)
      let name = bundle.name?.text(preferring: language) ?? bundle.id.value
      let steps = bundle.steps.map(\.code.value).joined(separator: ", ")
      out += "<li><a href=\"\(HTMLRenderer.escape(path))\">\(HTMLRenderer.escape(name))</a> "
      out += "(\(HTMLRenderer.escape(words.pick("các bước", "steps"))) \(HTMLRenderer.escape(steps)))</li>\n"
    }
    return out + "</ul>\n</section>\n"
  }
}
