/// `source-provides-form`: forms are filled in by the applicant; no database holds them.
struct SourceProvidesFormCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "source-provides-form", stage: .rule,
    summary: Localized(
      vi: "cơ sở dữ liệu dùng chung khai là cung cấp mẫu đơn, tờ khai", en: "a shared database claims to provide a form"
    ),
    rationale: Localized(
      vi: """
        Mẫu đơn, tờ khai chính là đơn đề nghị: người nộp hồ sơ tự điền cho thủ tục này, nên không cơ \
        sở dữ liệu nào lưu giữ được và mẫu đơn, tờ khai không bao giờ được cắt giảm.
        """,
      en: """
        A form (tờ khai, đơn) is the application itself: the applicant fills it in for this \
        procedure, so no database can hold it and it is never eliminated.
        """),
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
          Self.self,
          findings.say(
            vi:
              "cơ sở dữ liệu dùng chung \(catalog.viQuoted(source.id.value, .source)) khai là cung cấp mẫu đơn, tờ khai \(catalog.viQuoted(paper.value, .paper))",
            en: "shared database '\(source.id.value)' claims to provide the form '\(paper.value)'"),
          file: source.file, at: paper.range,
          help: findings.say(
            vi:
              "xóa giấy tờ này khỏi `provides`; nếu đó không phải mẫu đơn, tờ khai thì bỏ `kind: form` khỏi loại giấy tờ",
            en: "remove it from `provides`; if it is not a form, drop `kind: form` from the paper type"))
      }
    }
  }
}
