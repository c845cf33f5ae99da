/// `paper-partly-obtainable`: obtainable at some levels of the procedure only.
struct PaperPartlyObtainableCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "paper-partly-obtainable", severity: .info, stage: .elimination,
    summary: Localized(
      vi: "giấy tờ chỉ khai thác được ở một số cấp thực hiện của thủ tục",
      en: "paper is obtainable at some levels of the procedure only"),
    rationale: Localized(
      vi: """
        Khi cơ sở dữ liệu đã kết nối ở một số cấp mà chưa kết nối ở các cấp khác, việc người dân có \
        phải cung cấp giấy tờ hay không tùy nơi nộp hồ sơ; danh sách giấy tờ ghi rõ theo từng cấp, \
        và thông báo nêu các cấp còn chờ kết nối.
        """,
      en: """
        Where a database is connected at some levels and not at others, the citizen's answer depends \
        on where they file; the checklist says so per level, and the finding names the levels still \
        waiting for a connection.
        """),
    triggering: [
      Example(
        EliminationExample.with("  - ↓{id: identity, paper: citizen-id}\n", levels: "[central, commune]"),
        asOf: "2021-10-01")
    ],
    nonTriggering: [
      Example(EliminationExample.with("  - {id: identity, paper: citizen-id}\n", levels: "[central, commune]")),
      Example(
        EliminationExample.with("  - {id: identity, paper: citizen-id}\n", levels: "[central, commune]"),
        asOf: "2021-06-30"),
    ])

  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings
  ) {
    for ((requirement, _), item) in result.pairs(procedure) where item.status == .partlyEliminated {
      let phrase = eliminatedPhrase(item.levels, in: catalog, findings.language)
      findings.report(
        Self.self,
        findings.say(
          vi:
            "thành phần hồ sơ '\(item.requirementID)' chỉ khai thác được ở một số cấp, vẫn phải cung cấp ở \(catalog.viLevels(item.requiredLevels)): \(phrase)",
          en:
            "requirement '\(item.requirementID)' is obtainable at some levels only: \(phrase); still required at \(item.requiredLevels.joined(separator: ", "))"
        ),
        file: procedure.file, at: requirement.range,
        help: findings.say(
          vi:
            "danh sách giấy tờ ghi rõ khác biệt theo từng cấp; kết nối cơ sở dữ liệu ở các cấp còn lại để cắt giảm giấy tờ này",
          en: "the checklist shows the difference per level; connect the database at the other levels to drop it"))
    }
  }
}
