/// `unknown-reference`: every id names something defined in rules/ (or a check, in the policy).
struct UnknownReferenceCheck: ProcedureCheck, CatalogCheck {
  static let description = CheckDescription(
    id: "unknown-reference", stage: .rule,
    summary: Localized(
      vi: "mã không có trong rules/",
      en: "an id refers to nothing defined in rules/"),
    rationale: Localized(
      vi: """
        Lĩnh vực, cấp thực hiện, đối tượng thực hiện, loại giấy tờ và cơ sở dữ liệu dùng chung là \
        danh mục đóng; gõ sai một mã sẽ lặng lẽ loại một giấy tờ khỏi việc phân tích cắt giảm hoặc \
        loại một thủ tục khỏi Cổng Dịch vụ công.
        """,
      en: """
        Fields, levels, subjects, paper types and shared databases are a closed vocabulary; a typo in \
        an id would silently drop a paper from the elimination analysis or a procedure from the portal.
        """),
    triggering: [
      Example(ExampleCatalog.procedure.replacingOccurrences(of: "paper: birth-notice,", with: "paper: ↓birth-notise,")),
      Example(ExampleCatalog.procedure.replacingOccurrences(of: "field: civil-status", with: "field: ↓civil-statu")),
      Example(
        files: [
          (
            "rules/policy.yaml",
            "as_of: 2026-11-29\ncode_pattern: '^[0-9.]+$'\nlanguages: [vi, en]\nchecks: {↓missing-chanel: warning}\n"
          )
        ]),
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    let file = procedure.file
    if let field = procedure.field {
      expect(field, .field, in: catalog, file, &findings)
    }
    for level in procedure.levels {
      expect(level, .level, in: catalog, file, &findings)
    }
    for subject in procedure.subjects {
      expect(subject, .subject, in: catalog, file, &findings)
    }
    for source in procedure.dataSources {
      expect(source, .source, in: catalog, file, &findings)
    }
    for (requirement, _) in procedure.allRequirements {
      for paper in requirement.alternatives {
        expect(paper, .paper, in: catalog, file, &findings)
      }
    }
    for result in procedure.results {
      switch result {
      case .paper(let paper, _):
        expect(paper, .paper, in: catalog, file, &findings)
      case .update(let source):
        expect(source, .source, in: catalog, file, &findings)
      }
    }
  }

  func check(_ catalog: Catalog, into findings: inout Findings) {
    for paper in catalog.rules.papers {
      if let replacement = paper.replacedBy {
        expect(replacement, .paper, in: catalog, paper.file, &findings)
      }
    }
    for source in catalog.rules.sources {
      for paper in source.provides {
        expect(paper, .paper, in: catalog, source.file, &findings)
      }
      for entry in source.connected {
        expect(entry.level, .level, in: catalog, source.file, &findings)
      }
    }
    let policy = catalog.rules.policy
    for target in policy.targets.digitizedResults {
      if let level = target.level {
        expect(level, .level, in: catalog, policy.file, &findings)
      }
    }
    let checkIDs = Set(CheckRegistry.descriptions.map(\.id) + catalog.customChecks.ids)
    for entry in policy.checks + policy.overrides.flatMap(\.checks) where !checkIDs.contains(entry.id.value) {
      let id = entry.id.value
      let suggestion = Suggest.closest(to: id, in: checkIDs.sorted())
      findings.report(
        Self.self,
        findings.say(vi: "quy tắc kiểm tra '\(id)' không tồn tại", en: "unknown check '\(id)'"),
        file: policy.file, at: entry.id.range,
        help: suggestion.map { s in findings.say(vi: "có phải là '\(s)'?", en: "did you mean '\(s)'?") }
          ?? findings.say(vi: "`onestop checks` liệt kê các quy tắc kiểm tra", en: "`onestop checks` lists the checks"))
    }
  }

  /// What each kind of id is called, and where it is defined.
  private static func words(_ kind: CatalogVocabulary.Kind) -> (vi: String, en: String, file: String) {
    switch kind {
    case .field: ("lĩnh vực", "field", "rules/fields.yaml")
    case .level: ("cấp thực hiện", "level", "rules/levels.yaml")
    case .subject: ("đối tượng thực hiện", "subject", "rules/subjects.yaml")
    case .paper: ("giấy tờ", "paper type", "rules/papers.yaml")
    case .source: ("cơ sở dữ liệu dùng chung", "shared database", "rules/sources.yaml")
    }
  }

  private func expect(
    _ id: Located<String>, _ kind: CatalogVocabulary.Kind, in catalog: Catalog, _ file: String,
    _ findings: inout Findings
  ) {
    let known: Bool
    switch kind {
    case .field: known = catalog.fields[id.value] != nil
    case .level: known = catalog.levels[id.value] != nil
    case .subject: known = catalog.subjects[id.value] != nil
    case .paper: known = catalog.papers[id.value] != nil
    case .source: known = catalog.sources[id.value] != nil
    }
    guard !known else { return }
    let words = Self.words(kind)
    let help: String
    if let suggestion = catalog.vocabulary[kind].closest(to: id.value) {
      let named = catalog.name(of: suggestion, in: kind, findings.language).map { " (\($0))" } ?? ""
      help = findings.say(
        vi: "có phải là '\(suggestion)'\(named)?", en: "did you mean '\(suggestion)'\(named)?")
    } else {
      help = findings.say(
        vi: "khai báo mã này trong \(words.file), hoặc sửa lại mã", en: "define it in \(words.file), or fix the id")
    }
    findings.report(
      Self.self,
      findings.say(
        vi: "\(words.vi) '\(id.value)' không có trong \(words.file)", en: "unknown \(words.en) '\(id.value)'"),
      file: file, at: id.range, help: help)
  }
}
