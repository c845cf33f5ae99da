/// `source-provides-form`: forms are filled in by the applicant; no database holds them.
struct SourceProvidesFormCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "source-provides-form", stage: .rule,
    summary: "a shared database claims to provide a form",
    rationale: """
      A form (tờ khai, đơn) is the application itself: the applicant fills it in for this \
      procedure, so no database can hold it and it is never eliminated.
      """,
    triggering: [
      Example(
        files: [
          (
            "rules/sources.yaml",
            """
            sources:
              - id: population
                name: {vi: Cơ sở dữ liệu quốc gia về dân cư, en: National Population Database}
                provides: [citizen-id, ↓birth-registration-form]
                connected: {central: 2021-07-01}
            """
          )
        ])
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ catalog: Catalog, into findings: inout Findings) {
    for source in catalog.rules.sources {
      for paper in source.provides where catalog.formPapers.contains(paper.value) {
        findings.report(
          Self.self, "shared database '\(source.id.value)' claims to provide the form '\(paper.value)'",
          file: source.file, at: paper.range,
          help: "remove it from `provides`; if it is not a form, drop `kind: form` from the paper type")
      }
    }
  }
}
