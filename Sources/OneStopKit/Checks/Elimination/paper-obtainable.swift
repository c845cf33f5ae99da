/// `paper-obtainable`: a paper every level can fetch from a connected database.
struct PaperObtainableCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "paper-obtainable", severity: .warning, stage: .elimination,
    summary: Localized(
      vi: "giấy tờ khai thác được từ cơ sở dữ liệu dùng chung đã kết nối ở mọi cấp thực hiện của thủ tục",
      en: "paper is obtainable from a connected shared database at every level of the procedure"),
    rationale: Localized(
      vi: """
        Quyết định 468/QĐ-TTg: người dân không phải cung cấp lại giấy tờ mà cơ quan nhà nước đã quản \
        lý. Khi một cơ sở dữ liệu mà thủ tục được khai thác có giấy tờ đó và đã kết nối ở mọi cấp \
        thực hiện của thủ tục, giấy tờ được cắt giảm: `onestop build` bỏ giấy tờ khỏi danh sách giấy \
        tờ cho người dân. Thành phần hồ sơ đã công bố cần được sửa đổi cho khớp, hoặc giữ lại giấy tờ \
        bằng một ngoại lệ có căn cứ, có người chịu trách nhiệm.
        """,
      en: """
        Decision 468/QĐ-TTg: citizens must not re-provide a paper the state already holds. When a \
        database the procedure may query provides the paper and is connected at every level of the \
        procedure, the paper is eliminated: `onestop build` drops it from the citizen's checklist. The \
        announced dossier should be amended to match, or the paper kept with an accountable waiver.
        """),
    triggering: [
      Example(EliminationExample.with("  - ↓{id: identity, paper: citizen-id, presented: true}\n")),
      Example(EliminationExample.with("  - ↓{id: identity, any_of: [passport, citizen-id]}\n")),
      Example(
        EliminationExample.with(
          "  - ↓{id: old-certificate, paper: birth-certificate}\n", sources: "[population, results-warehouse]")),
    ],
    nonTriggering: [
      Example(EliminationExample.with("  - {id: identity, paper: citizen-id}\n", sources: "[]")),
      Example(EliminationExample.with("  - {id: identity, paper: citizen-id}\n"), asOf: "2021-12-30"),
      Example(
        EliminationExample.with(
          "  - id: identity\n    paper: citizen-id\n    keep: {reason: {vi: Đối chiếu ảnh, en: Photo check}, legal_basis: 123/2015/NĐ-CP art. 9}\n"
        )),
      Example(
        EliminationExample.with("  - {id: old-certificate, paper: birth-certificate}\n", sources: "[population]")),
    ])

  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings
  ) {
    for ((requirement, _), item) in result.pairs(procedure) where item.status == .eliminated {
      let phrase = eliminatedPhrase(item.levels, in: catalog, findings.language)
      findings.report(
        Self.self,
        findings.say(
          vi: "thành phần hồ sơ '\(item.requirementID)' khai thác được ở mọi cấp thực hiện của thủ tục: \(phrase)",
          en: "requirement '\(item.requirementID)' is obtainable at every level of the procedure: \(phrase)"),
        file: procedure.file, at: requirement.range,
        help: findings.say(
          vi:
            "bỏ giấy tờ này khỏi thành phần hồ sơ đã công bố (danh sách giấy tờ do OneStop tạo ra đã bỏ giấy tờ này), hoặc thêm ngoại lệ giữ lại giấy tờ `keep:` kèm lý do và căn cứ pháp lý",
          en:
            "remove it from the announced dossier (the generated checklist already drops it), or add a `keep:` waiver with a reason and legal basis"
        ))
    }
  }
}
