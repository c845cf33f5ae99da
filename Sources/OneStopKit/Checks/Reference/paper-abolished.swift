/// `paper-abolished`: a requirement cannot ask for a paper that no longer exists.
struct PaperAbolishedCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "paper-abolished", stage: .rule,
    summary: Localized(
      vi: "thành phần hồ sơ yêu cầu loại giấy tờ đã bị bãi bỏ trước ngày đánh giá",
      en: "requirement asks for a paper type abolished before the judging day"),
    rationale: Localized(
      vi: """
        Một số giấy tờ không còn tồn tại: sổ hộ khẩu hết giá trị sử dụng từ sau ngày 31/12/2022 \
        (Nghị định 104/2022/NĐ-CP), thay bằng Cơ sở dữ liệu quốc gia về dân cư. Yêu cầu giấy tờ đó \
        buộc người dân đi tìm một giấy tờ không ai còn cấp.
        """,
      en: """
        Some papers no longer exist: the household registration book (sổ hộ khẩu) ended on \
        2022-12-31 (Decree 104/2022/NĐ-CP) and the Population Database replaces it. Asking for it \
        sends citizens after a paper nobody can issue.
        """),
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}",
          with:
            "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}\n  - {id: household, any_of: [citizen-id, ↓household-registration-book]}"
        ))
    ],
    nonTriggering: [
      Example(ExampleCatalog.procedure),
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}",
          with:
            "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}\n  - {id: household, paper: household-registration-book}"
        ), asOf: "2022-12-31"),
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    for (requirement, _) in procedure.allRequirements {
      for paper in requirement.alternatives where catalog.isAbolished(paper: paper.value) {
        let type = catalog.papers[paper.value]
        let replacement = type?.replacedBy?.value
        let until = type?.until?.value
        findings.report(
          Self.self,
          findings.say(
            vi:
              "loại giấy tờ \(catalog.viQuoted(paper.value, .paper)) đã bị bãi bỏ sau ngày \(until?.vietnamese ?? "?")"
              + (replacement.map { "; thay thế bằng \(catalog.viQuoted($0, .paper))" } ?? ""),
            en: "paper type '\(paper.value)' was abolished after \(until?.description ?? "?")"
              + (replacement.map { "; it is replaced by '\($0)'" } ?? "")),
          file: procedure.file, at: paper.range,
          help: replacement.map { replacement in
            findings.say(
              vi:
                "yêu cầu \(catalog.viQuoted(replacement, .paper)) thay cho giấy tờ này, hoặc không yêu cầu gì nếu cơ sở dữ liệu dùng chung đã có giấy tờ đó",
              en: "ask for '\(replacement)' instead, or for nothing if a database provides it")
          } ?? findings.say(vi: "bỏ thành phần hồ sơ này", en: "remove the requirement"))
      }
    }
  }
}
