import OneStopKit

/// `textDocument/documentSymbol`: a procedure's outline (its papers, cases with their papers,
/// channels and results); a rules file's entries.
enum SymbolsFeature {
  static func symbols(_ params: JSON, _ context: FeatureContext) throws(ResponseError) -> JSON {
    let document = try context.document(params)
    let lines = document.lines
    func symbol(
      _ name: String, _ detail: String, _ kind: Int, _ range: SourceRange, _ selection: SourceRange? = nil,
      children: [JSON] = []
    ) -> JSON {
      let full = lines.range(range, context.encoding)
      var item: [String: JSON] = [
        "name": .string(name.isEmpty ? "-" : name), "detail": .string(detail), "kind": JSON(kind), "range": full,
        "selectionRange": selection.map { lines.range($0, context.encoding) } ?? full,
      ]
      if !children.isEmpty { item["children"] = .array(children) }
      return .object(item)
    }
    let session = context.session
    if let procedure = session.procedure(in: document.path) {
      func requirement(_ item: Requirement) -> JSON {
        symbol(item.id.value, item.alternatives.map(\.value).joined(separator: " | "), 13, item.range, item.id.range)
      }
      var out: [JSON] = procedure.papers.map(requirement)
      for item in procedure.cases {
        out.append(
          symbol(
            item.id.value, item.when.map { $0.text(preferring: context.language.rawValue) } ?? "", 3, item.range,
            item.id.range, children: item.papers.map(requirement)))
      }
      for channel in procedure.channels {
        out.append(symbol(channel.kind.value.rawValue, context.say(vi: "kênh nộp", en: "channel"), 24, channel.range))
      }
      for result in procedure.results {
        switch result {
        case .paper(let paper, let digitized):
          out.append(
            symbol(
              paper.value,
              digitized
                ? context.say(vi: "kết quả, số hóa", en: "result, digitized")
                : context.say(vi: "kết quả", en: "result"),
              7, paper.range))
        case .update(let source):
          out.append(
            symbol(source.value, context.say(vi: "cập nhật cơ sở dữ liệu", en: "updates a source"), 7, source.range))
        }
      }
      return .array(out)
    }
    let rules = session.catalog.rules
    var out: [JSON] = []
    for paper in rules.papers where paper.file == document.path {
      out.append(symbol(paper.id.value, Lookup.names(paper.name), 13, paper.range, paper.id.range))
    }
    for source in rules.sources where source.file == document.path {
      out.append(symbol(source.id.value, Lookup.names(source.name), 13, source.range, source.id.range))
    }
    for entry in rules.levels + rules.fields + rules.subjects where entry.file == document.path {
      out.append(symbol(entry.id.value, Lookup.names(entry.name), 13, entry.range, entry.id.range))
    }
    return .array(out)
  }
}
