/// `bundle-unknown-step`: every step, kept case and `published` code of a group names something
/// the catalog has.
struct BundleUnknownStepCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "bundle-unknown-step", stage: .rule,
    summary: Localized(
      vi: "bước của nhóm thủ tục liên thông không chỉ đến thủ tục nào trong danh mục",
      en: "a group's step names no procedure of the catalog"),
    rationale: Localized(
      vi: """
        Hồ sơ của nhóm thủ tục liên thông được tổng hợp từ các bước; một bước không có trong danh mục thì \
        giấy tờ của bước đó bị bỏ sót mà không ai biết.
        """,
      en: """
        A group's dossier is compiled from its steps; a step the catalog does not have silently drops \
        that step's papers.
        """),
    triggering: [
      BundleExamples.files(
        bundle: BundleExamples.bundle.replacingOccurrences(of: "code: \"1.000002\"", with: "code: ↓\"1.000009\"")),
      BundleExamples.files(
        bundle: BundleExamples.bundle.replacingOccurrences(
          of: "code: \"1.000002\"", with: "code: \"1.000002\"\n    cases: [↓single]")),
      BundleExamples.files(bundle: BundleExamples.bundle + "\npublished: ↓\"2.000009\""),
    ],
    nonTriggering: [
      BundleExamples.files(
        bundle: BundleExamples.bundle.replacingOccurrences(
          of: "code: \"1.000002\"", with: "code: \"1.000002\"\n    cases: [married]"))
    ])

  func check(_ catalog: Catalog, into findings: inout Findings) {
    guard !catalog.bundles.isEmpty else { return }
    let byCode = BundleCompilation.index(catalog.procedures)
    for bundle in catalog.bundles {
      let group = BundleExamples.group(bundle, findings)
      for step in bundle.steps {
        guard let procedure = byCode[step.code.value] else {
          findings.report(
            Self.self,
            findings.say(
              vi: "bước '\(step.code.value)' của \(group) không phải thủ tục nào trong danh mục",
              en: "step '\(step.code.value)' of \(group) is no procedure of the catalog"),
            file: bundle.file, at: step.code.range,
            help: findings.say(
              vi: "ghi mã của một thủ tục có trong catalog/", en: "write the code of a procedure in catalog/"))
          continue
        }
        let caseIDs = Set(procedure.cases.map(\.id.value))
        for kept in step.cases ?? [] where !caseIDs.contains(kept.value) {
          findings.report(
            Self.self,
            findings.say(
              vi: "thủ tục '\(step.code.value)' không có trường hợp '\(kept.value)'",
              en: "procedure '\(step.code.value)' has no case '\(kept.value)'"),
            file: bundle.file, at: kept.range,
            help: procedure.cases.isEmpty
              ? findings.say(
                vi: "thủ tục không có trường hợp nào: bỏ khóa `cases`", en: "the procedure has no case: remove `cases`")
              : findings.say(
                vi: "các trường hợp của thủ tục: \(procedure.cases.map(\.id.value).joined(separator: ", "))",
                en: "the procedure's cases: \(procedure.cases.map(\.id.value).joined(separator: ", "))"))
        }
      }
      if let published = bundle.published, byCode[published.value] == nil {
        findings.report(
          Self.self,
          findings.say(
            vi: "thủ tục công bố '\(published.value)' của \(group) không có trong danh mục",
            en: "published procedure '\(published.value)' of \(group) is not in the catalog"),
          file: bundle.file, at: published.range,
          help: findings.say(
            vi: "thêm thủ tục đã công bố vào catalog/ hoặc bỏ khóa `published`",
            en: "add the published procedure to catalog/, or remove `published`"))
      }
    }
  }
}
