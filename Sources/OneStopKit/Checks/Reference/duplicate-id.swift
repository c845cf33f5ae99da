/// `duplicate-id`: each id is defined once in rules/.
struct DuplicateIDCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "duplicate-id", stage: .rule,
    summary: "an id is defined twice in a rules file",
    rationale: "Two definitions of one id leave every reference to it ambiguous; the first one is used.",
    triggering: [
      Example(
        files: [
          (
            "rules/fields.yaml",
            "fields:\n  - {id: civil-status, name: {vi: Hộ tịch, en: Civil status}}\n  - {id: ↓civil-status, name: {vi: Hộ tịch, en: Civil status}}\n"
          )
        ])
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ catalog: Catalog, into findings: inout Findings) {
    let rules = catalog.rules
    report(rules.levels.map { ($0.id, $0.file) }, "level", &findings)
    report(rules.fields.map { ($0.id, $0.file) }, "field", &findings)
    report(rules.subjects.map { ($0.id, $0.file) }, "subject", &findings)
    report(rules.papers.map { ($0.id, $0.file) }, "paper type", &findings)
    report(rules.sources.map { ($0.id, $0.file) }, "shared database", &findings)
  }

  private func report(_ ids: [(Located<String>, String)], _ kind: String, _ findings: inout Findings) {
    var seen: [String: SourceLocation] = [:]
    for (id, file) in ids {
      if let first = seen[id.value] {
        findings.report(
          Self.self, "\(kind) '\(id.value)' is defined twice", file: file, at: id.range,
          notes: [DiagnosticNote("first defined here", at: first)], help: "remove or rename one of the two")
      } else {
        seen[id.value] = SourceLocation(file: file, range: id.range)
      }
    }
  }
}
