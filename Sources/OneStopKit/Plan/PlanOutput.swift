/// The plan written out: Markdown and HTML for people (in the run's language), JSON for programs.
public enum PlanFormat: String, Sendable, CaseIterable {
  case md
  case json
  case html
}

extension Plan {
  /// The first `top` actions (all when nil).
  public func top(_ count: Int?) -> Plan {
    guard let count else { return self }
    var plan = self
    plan.actions = Array(actions.prefix(max(0, count)))
    return plan
  }

  public func render(_ format: PlanFormat, catalog: Catalog) -> String {
    switch format {
    case .json: json()
    case .md: MarkdownRenderer.render(document(catalog)) + "\n"
    case .html: HTMLRenderer.render(document(catalog))
    }
  }

  /// `{"as_of": "2026-11-29", "actions": [{"kind": "connect", "source": "land", ...}]}`
  func json() -> String {
    var writer = JSONWriter()
    writer.beginObject()
    writer.member("as_of", asOf.description)
    if let whatIf {
      writer.key("what_if")
      writer.beginArray()
      for assumption in whatIf.assumptions {
        writer.element()
        writer.string(assumption)
      }
      writer.endArray()
    }
    writer.key("actions")
    writer.beginArray()
    for action in actions {
      writer.element()
      writer.beginObject()
      writer.member("kind", action.kind.rawValue)
      writer.member("source", action.source)
      writer.member("level", action.level)
      writer.member("procedure", action.procedure)
      writer.member("paper", action.paper)
      writer.member("eliminated", action.eliminated)
      writer.member("partly", action.partly)
      writer.member("procedures", action.procedures)
      writer.member("codes", strings: action.codes)
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
    return writer.text + "\n"
  }

  /// Codes shown in a table cell before the rest are counted.
  static let shownCodes = 12

  func document(_ catalog: Catalog) -> TextDocument {
    let language = catalog.language
    let wording = Wording(language: language.rawValue)
    let title = language.say(vi: "Kế hoạch cắt giảm giấy tờ", en: "Once-only plan")
    var blocks: [TextDocument.Block] = [.heading(1, title, id: nil)]
    if let whatIf {
      blocks.append(
        .paragraph(
          language.say(vi: "Giả định (what-if): ", en: "What-if: ")
            + whatIf.summary(language, in: catalog).joined(separator: "; ")))
    }
    blocks.append(
      .paragraph(
        language.say(
          vi: """
            Các việc có thể làm tiếp theo tại ngày \(wording.day(asOf)), xếp theo số thành phần hồ sơ mà \
            người dân không còn phải nộp. Mỗi việc được tính riêng trên danh mục hiện tại: kết nối một cơ \
            sở dữ liệu tại một cấp, khai báo một cơ sở dữ liệu trong data_sources của các thủ tục, hoặc số \
            hóa một kết quả giải quyết thủ tục.
            """,
          en: """
            What to do next, at \(asOf), ranked by the paper requirements citizens would no longer \
            provide. Each action is judged alone against today's catalog: connect a source at a level, \
            list a source in the data_sources of procedures, or digitize a procedure's result.
            """)))
    if actions.isEmpty {
      blocks.append(
        .paragraph(
          language.say(
            vi: "Không có việc nào giúp cắt giảm thêm giấy tờ.", en: "No action would free any more papers.")))
      return TextDocument(title: title, parts: [TextDocument.Part(language: language.rawValue, blocks: blocks)])
    }
    let headers = [
      "#", language.say(vi: "Việc cần làm", en: "Action"),
      language.say(vi: "Được cắt giảm", en: "Eliminated"),
      language.say(vi: "Cắt giảm một phần", en: "Partly"),
      language.say(vi: "Số thủ tục", en: "Procedures"),
      language.say(vi: "Mã thủ tục", en: "Codes"),
    ]
    var rows: [[String]] = []
    for (rank, action) in actions.enumerated() {
      var codes = action.codes.prefix(Self.shownCodes).joined(separator: ", ")
      if action.codes.count > Self.shownCodes {
        let more = action.codes.count - Self.shownCodes
        codes += language.say(vi: " và \(more) thủ tục khác", en: " and \(more) more")
      }
      rows.append([
        "\(rank + 1)", describe(action, catalog), "\(action.eliminated)", "\(action.partly)",
        "\(action.procedures)", codes,
      ])
    }
    blocks.append(.table(headers: headers, rows: rows))
    return TextDocument(title: title, parts: [TextDocument.Part(language: language.rawValue, blocks: blocks)])
  }

  /// The action in words: `Kết nối Cơ sở dữ liệu quốc gia về đất đai tại cấp xã`.
  func describe(_ action: Action, _ catalog: Catalog) -> String {
    let language = catalog.language
    func name(_ id: String?, _ kind: CatalogVocabulary.Kind) -> String {
      guard let id else { return "" }
      guard language == .vi, let name = catalog.name(of: id, in: kind, language) else { return "'\(id)'" }
      return "\(name) ('\(id)')"
    }
    switch action.kind {
    case .connect:
      let level = action.level ?? ""
      let levelName = catalog.name(of: level, in: .level, .vi)?.lowercasedFirst ?? "cấp '\(level)'"
      return language.say(
        vi: "Kết nối \(name(action.source, .source)) tại \(levelName)",
        en: "Connect \(name(action.source, .source)) at the '\(level)' level")
    case .list:
      return language.say(
        vi: "Khai báo \(name(action.source, .source)) trong data_sources của các thủ tục",
        en: "List \(name(action.source, .source)) in the procedures' data_sources")
    case .digitize:
      return language.say(
        vi: "Số hóa kết quả \(name(action.paper, .paper)) của thủ tục \(action.procedure ?? "")",
        en: "Digitize result \(name(action.paper, .paper)) of procedure \(action.procedure ?? "")")
    }
  }
}
