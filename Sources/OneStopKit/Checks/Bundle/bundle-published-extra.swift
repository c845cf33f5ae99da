/// `bundle-published-extra`: the procedure that publishes a group asks no paper the group's
/// compiled dossier does not need.
struct BundlePublishedExtraCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "bundle-published-extra", severity: .warning, stage: .rule,
    summary: Localized(
      vi: "thủ tục công bố nhóm liên thông yêu cầu giấy tờ mà hồ sơ tổng hợp từ các bước không cần",
      en: "the procedure publishing a group asks a paper the compiled dossier does not need"),
    rationale: Localized(
      vi: """
        Nhóm thủ tục liên thông công bố trên Cổng Dịch vụ công quốc gia được soạn bằng tay và dễ lệch khỏi các \
        bước: 2.000986 vẫn yêu cầu Sổ hộ khẩu đã bãi bỏ và bản sao Giấy khai sinh mà chính bước đầu cấp. Mỗi \
        giấy tờ như vậy là một lần người dân phải nộp lại thứ Nhà nước đã có.
        """,
      en: """
        A group published on the national portal is written by hand and drifts from its steps: 2.000986 still \
        asks the abolished household book and a copy of the birth certificate its own first step issues. Each \
        such paper makes the citizen provide again what the state already has.
        """),
    triggering: [
      BundleExamples.files(
        bundle: BundleExamples.bundle + "\npublished: \"1.000003\"",
        [
          (
            "catalog/1.000003.yaml",
            BundleExamples.published.replacingOccurrences(
              of: "  - {id: birth-notice,",
              with: "  - ↓{id: copy, paper: birth-certificate, copies: {copy: 1}}\n  - {id: birth-notice,")
          )
        ])
    ],
    nonTriggering: [
      BundleExamples.files(
        bundle: BundleExamples.bundle + "\npublished: \"1.000003\"",
        [("catalog/1.000003.yaml", BundleExamples.published)])
    ])

  func check(_ catalog: Catalog, into findings: inout Findings) {
    for (bundle, published, procedure, comparison) in BundleExamples.publishedComparisons(catalog) {
      let code = published.value
      let group = BundleExamples.group(bundle, findings)
      for (requirement, _, reason) in comparison.extra {
        let why: String
        switch reason {
        case .abolished(let paper):
          let until = catalog.papers[paper]?.until?.value
          let vi = until.map { " sau ngày \($0.vietnamese)" } ?? ""
          let en = until.map { " after \($0)" } ?? ""
          why = findings.say(vi: "giấy tờ đã bị bãi bỏ\(vi)", en: "the paper was abolished\(en)")
        case .replacedByForm:
          why = findings.say(
            vi: "tờ khai của nhóm thay cho tờ khai này", en: "the group's form replaces this form")
        case .produced(let step, let paper):
          let stepCode = bundle.steps[step].code.value
          why = findings.say(
            vi: "bước \(step + 1) '\(stepCode)' của nhóm cấp '\(paper)' và chuyển tiếp trong nhóm",
            en: "step \(step + 1) '\(stepCode)' of the group issues '\(paper)', which flows inside the group")
        case .eliminated(let sources):
          let names = sources.map { "'\($0)'" }.joined(separator: ", ")
          why = findings.say(
            vi: "cơ sở dữ liệu \(names) đã có giấy tờ này", en: "the \(names) database already holds it")
        case .askedByNoStep:
          why = findings.say(vi: "không bước nào yêu cầu giấy tờ này", en: "no step asks it")
        }
        findings.report(
          Self.self,
          findings.say(
            vi: "thủ tục '\(code)' yêu cầu \(BundleExamples.paper(requirement, in: catalog, findings)), mà hồ sơ "
              + "của \(group) không cần: \(why)",
            en: "procedure '\(code)' asks \(BundleExamples.paper(requirement, in: catalog, findings)), which "
              + "\(group) does not need: \(why)"),
          file: procedure.file, at: requirement.range,
          help: findings.say(
            vi: "bỏ giấy tờ này khỏi thành phần hồ sơ đã công bố", en: "remove the paper from the published dossier"))
      }
    }
  }
}
