/// `bundle-published-missing`: the procedure that publishes a group asks every paper the group's
/// compiled dossier needs.
struct BundlePublishedMissingCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "bundle-published-missing", severity: .warning, stage: .rule,
    summary: Localized(
      vi: "thủ tục công bố nhóm liên thông thiếu giấy tờ mà hồ sơ tổng hợp từ các bước cần",
      en: "the procedure publishing a group omits a paper the compiled dossier needs"),
    rationale: Localized(
      vi: """
        Người dân chuẩn bị hồ sơ theo thủ tục đã công bố; giấy tờ mà một bước cần nhưng thủ tục công bố bỏ sót \
        sẽ khiến hồ sơ bị trả lại để bổ sung.
        """,
      en: """
        Citizens prepare the dossier the portal publishes; a paper a step needs that the published procedure \
        omits sends the dossier back for completion.
        """),
    triggering: [
      BundleExamples.files(
        bundle: BundleExamples.bundle + "\npublished: ↓\"1.000003\"",
        [
          (
            "catalog/1.000003.yaml",
            BundleExamples.published.replacingOccurrences(
              of: "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}\n", with: "")
          )
        ])
    ],
    nonTriggering: [
      BundleExamples.files(
        bundle: BundleExamples.bundle + "\npublished: \"1.000003\"",
        [("catalog/1.000003.yaml", BundleExamples.published)])
    ])

  func check(_ catalog: Catalog, into findings: inout Findings) {
    for (bundle, publishedCode, _, comparison) in BundleExamples.publishedComparisons(catalog) {
      let code = publishedCode.value
      if comparison.missingForm, let form = bundle.form {
        let name = catalog.name(of: form.paper.value, in: .paper, findings.language).map { " (\($0))" } ?? ""
        findings.report(
          Self.self,
          findings.say(
            vi: "thủ tục '\(code)' không yêu cầu tờ khai của nhóm '\(form.paper.value)'\(name)",
            en: "procedure '\(code)' does not ask the group's form '\(form.paper.value)'\(name)"),
          file: bundle.file, at: publishedCode.range,
          help: findings.say(
            vi: "thêm tờ khai của nhóm vào thủ tục đã công bố", en: "add the group's form to the published dossier"))
      }
      for paper in comparison.missing {
        let where_ = paper.caseID.map { findings.say(vi: ", trường hợp '\($0)'", en: ", case '\($0)'") } ?? ""
        findings.report(
          Self.self,
          findings.say(
            vi: "thủ tục '\(code)' không yêu cầu \(BundleExamples.paper(paper.requirement, in: catalog, findings)) "
              + "mà bước \(paper.step + 1) '\(paper.code)'\(where_) cần",
            en: "procedure '\(code)' omits \(BundleExamples.paper(paper.requirement, in: catalog, findings)), "
              + "which step \(paper.step + 1) '\(paper.code)'\(where_) needs"),
          file: bundle.file, at: publishedCode.range,
          help: findings.say(
            vi: "thêm giấy tờ này vào thành phần hồ sơ đã công bố", en: "add the paper to the published dossier"))
      }
    }
  }
}
