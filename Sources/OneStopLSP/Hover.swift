import OneStopKit

/// `textDocument/hover`: a paper type's names, kind, result code, end and replacement, and the
/// sources that provide it; a source's connection day per level; a requirement's status at each
/// level of its procedure, and why; a key's meaning from the format.
enum HoverFeature {
  static func hover(_ params: JSON, _ context: FeatureContext) throws(ResponseError) -> JSON {
    let document = try context.document(params)
    let offset = try context.offset(params, in: document)
    let cursor = Cursor(document.lines, offset: offset)
    guard !cursor.word.isEmpty else { return .null }
    let text: String?
    if cursor.onKey {
      if let kind = Vocabulary.keyKind(document.path, cursor.keys) {
        text = idText(kind, cursor.word, context)
      } else if case .object(let shape) = Vocabulary.shape(document.path, cursor.keys),
        let field = shape.field(cursor.word)
      {
        text = keyText(field)
      } else {
        text = nil
      }
    } else if let kind = Vocabulary.valueKind(document.path, cursor.keys) {
      text = idText(kind, cursor.word, context)
    } else if document.path.hasPrefix("catalog/"), cursor.keys.last == "id",
      cursor.keys.first == "papers" || (cursor.keys.first == "cases" && cursor.keys.count == 3)
    {
      text = requirementText(cursor.word, in: document.path, caseKeys: cursor.keys.count == 3, context)
    } else {
      text = nil
    }
    guard let text else { return .null }
    return [
      "contents": ["kind": "markdown", "value": .string(text)],
      "range": document.lines.range(from: cursor.wordStart, to: cursor.wordEnd, context.encoding),
    ]
  }

  /// A key's meaning, as docs/format.md gives it (the same text: FormatSchema's).
  static func keyText(_ field: ObjectShape.Field) -> String {
    var text = "**`\(field.name)`**: \(field.description)"
    if let details = field.details { text += "\n\n" + details }
    if let value = field.defaultValue { text += "\n\nDefault: `\(value)`" }
    return text
  }

  static func idText(_ kind: IDKind, _ id: String, _ context: FeatureContext) -> String? {
    let catalog = context.session.catalog
    if kind == .check {
      guard let description = CheckRegistry.descriptions.first(where: { $0.id == id }) else { return nil }
      return "**\(id)**: \(description.summary(context.language))\n\n\(description.rationale(context.language))"
    }
    guard let entry = Lookup(catalog: catalog).entry(kind, id) else {
      return context.say(vi: "`\(id)` không có trong rules/", en: "`\(id)` is not in rules/")
    }
    var lines = ["**\(id)**"]
    for name in entry.name?.entries ?? [] { lines.append("- \(name.language): \(name.text)") }
    switch kind {
    case .paper:
      guard let paper = catalog.papers[id] else { break }
      lines.append(
        context.say(vi: "Loại: ", en: "Kind: ")
          + (paper.kind == .form
            ? context.say(vi: "biểu mẫu (form)", en: "form") : context.say(vi: "giấy tờ (document)", en: "document")))
      if let code = paper.resultCode {
        lines.append(context.say(vi: "Mã kết quả: `\(code)`", en: "Result code: `\(code)`"))
      }
      if let until = paper.until?.value {
        lines.append(
          catalog.isAbolished(paper: id)
            ? context.say(vi: "Đã bãi bỏ từ \(until)", en: "Abolished since \(until)")
            : context.say(vi: "Có hiệu lực đến \(until)", en: "Valid until \(until)"))
      }
      if let next = paper.replacedBy?.value {
        lines.append(context.say(vi: "Thay bằng: `\(next)`", en: "Replaced by: `\(next)`"))
      }
      let providers = catalog.rules.sources.filter { catalog.source($0, provides: id) }
      if providers.isEmpty {
        lines.append(
          context.say(
            vi: "Không cơ sở dữ liệu dùng chung nào có giấy tờ này", en: "No shared source provides it"))
      } else {
        lines.append(context.say(vi: "Cơ sở dữ liệu có giấy tờ này:", en: "Sources that provide it:"))
        for source in providers {
          lines.append("- `\(source.id.value)` \(Lookup.names(source.name)): " + connections(source, context))
        }
      }
    case .source:
      guard let source = catalog.sources[id] else { break }
      lines.append(context.say(vi: "Loại: `\(source.kind.rawValue)`", en: "Kind: `\(source.kind.rawValue)`"))
      lines.append(context.say(vi: "Kết nối: ", en: "Connected: ") + connections(source, context))
    case .level, .field, .subject:
      if let until = entry.until {
        lines.append(context.say(vi: "Hết hiệu lực từ \(until)", en: "Until \(until)"))
      }
    case .check: break
    }
    return lines.joined(separator: "\n\n")
  }

  /// `commune since 2021-12-31, province since …`, or that it is connected nowhere.
  static func connections(_ source: SharedSource, _ context: FeatureContext) -> String {
    guard !source.connected.isEmpty else {
      return context.say(vi: "chưa kết nối ở cấp nào", en: "not connected at any level")
    }
    return source.connected.map { entry in
      context.say(
        vi: "cấp `\(entry.level.value)` từ \(entry.since.value)",
        en: "`\(entry.level.value)` since \(entry.since.value)")
    }.joined(separator: "; ")
  }

  /// A requirement's status and, level by level, why.
  static func requirementText(_ id: String, in path: String, caseKeys: Bool, _ context: FeatureContext) -> String? {
    let session = context.session
    guard let procedure = session.procedure(in: path), let analysis = session.analysis(of: path) else { return nil }
    let all = Array(procedure.allRequirements)
    guard let index = all.firstIndex(where: { $0.requirement.id.value == id && ($0.caseID != nil) == caseKeys }),
      index < analysis.requirements.count
    else { return nil }
    let requirement = all[index].requirement
    let result = analysis.requirements[index]
    let catalog = session.catalog
    var lines = [
      "**\(id)**: "
        + status(result.status, context)
    ]
    if result.isForm {
      lines.append(context.say(vi: "Là biểu mẫu: không bao giờ được cắt giảm", en: "A form: never eliminated"))
    }
    for level in result.levels {
      var line =
        "- `\(level.level)`: "
        + (level.status == .eliminated
          ? context.say(vi: "được cắt giảm", en: "eliminated") : context.say(vi: "phải nộp", en: "required"))
      let provisions = level.provisions.map { provision in
        context.say(
          vi: "`\(provision.source)` có `\(provision.paper)` từ \(provision.since)",
          en: "`\(provision.source)` provides `\(provision.paper)` since \(provision.since)")
      }
      if !provisions.isEmpty { line += " (" + provisions.joined(separator: "; ") + ")" }
      if level.status == .required, !level.provisions.isEmpty, let keep = requirement.keep {
        let until = keep.until.map { context.say(vi: ", đến \($0.value)", en: ", until \($0.value)") } ?? ""
        line +=
          context.say(vi: " — giữ lại theo ngoại lệ", en: " — kept by a waiver") + until + ": "
          + (keep.reason.map { $0.text(preferring: context.language.rawValue) } ?? "")
      }
      if level.status == .required, level.provisions.isEmpty {
        // Sources that would provide it there but the procedure does not list.
        let listed = Set(procedure.dataSources.map(\.value))
        let unlisted = catalog.rules.sources.filter { source in
          !listed.contains(source.id.value)
            && requirement.alternatives.contains { catalog.source(source, provides: $0.value) }
            && (source.connectedSince(level: level.level).map { $0 <= catalog.asOf } ?? false)
        }
        if !unlisted.isEmpty {
          line += context.say(
            vi: " — thủ tục chưa liệt kê `\(unlisted.map(\.id.value).joined(separator: "`, `"))` trong `data_sources`",
            en:
              " — the procedure does not list `\(unlisted.map(\.id.value).joined(separator: "`, `"))` in `data_sources`"
          )
        }
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n\n")
  }

  static func status(_ status: EliminationAnalysis.Status, _ context: FeatureContext) -> String {
    switch status {
    case .required: context.say(vi: "phải nộp ở mọi cấp", en: "required at every level")
    case .eliminated: context.say(vi: "được cắt giảm ở mọi cấp", en: "eliminated at every level")
    case .partlyEliminated: context.say(vi: "được cắt giảm ở một số cấp", en: "eliminated at some levels")
    case .kept: context.say(vi: "giữ lại theo ngoại lệ (keep)", en: "kept by a waiver")
    }
  }
}
