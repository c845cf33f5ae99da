/// `bundle-step-order`: no step of a group needs a paper that only a later step issues.
struct BundleStepOrderCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "bundle-step-order", stage: .rule,
    summary: Localized(
      vi: "bước của nhóm thủ tục liên thông cần giấy tờ mà chỉ bước sau mới cấp",
      en: "a group's step needs a paper only a later step issues"),
    rationale: Localized(
      vi: """
        Giấy tờ do một bước cấp chỉ được chuyển tiếp cho các bước sau; nếu bước trước cần kết quả của bước \
        sau thì người dân vẫn phải tự nộp, hoặc hồ sơ liên thông không thể giải quyết được.
        """,
      en: """
        A paper a step issues flows only to the steps after it; a step that needs a later step's result \
        makes the citizen bring it, or the group cannot be settled.
        """),
    triggering: [
      BundleExamples.files(
        bundle: BundleExamples.bundle.replacingOccurrences(of: "  - code: \"1.000001\"\n", with: "")
          .replacingOccurrences(
            of: "  - code: \"1.000002\"", with: "  - code: ↓\"1.000002\"\n  - code: \"1.000001\""))
    ],
    nonTriggering: [BundleExamples.files()])

  func check(_ catalog: Catalog, into findings: inout Findings) {
    for compilation in BundleCompilation.compileAll(catalog) {
      guard let level = compilation.levels.first else { continue }
      let bundle = compilation.bundle
      for paper in level.papers {
        guard let later = paper.laterProducer else { continue }
        let step = bundle.steps[paper.step]
        let producer = bundle.steps[later.step].code.value
        let name = catalog.name(of: later.paper, in: .paper, findings.language).map { " (\($0))" } ?? ""
        findings.report(
          Self.self,
          findings.say(
            vi: "bước \(paper.step + 1) '\(step.code.value)' yêu cầu giấy tờ '\(later.paper)'\(name) mà chỉ bước "
              + "\(later.step + 1) '\(producer)' phía sau mới cấp",
            en: "step \(paper.step + 1) '\(step.code.value)' asks '\(later.paper)'\(name), which only the later step "
              + "\(later.step + 1) '\(producer)' issues"),
          file: bundle.file, at: step.code.range,
          help: findings.say(
            vi: "đặt bước '\(producer)' trước bước '\(step.code.value)'",
            en: "put step '\(producer)' before step '\(step.code.value)'"))
      }
    }
  }
}
