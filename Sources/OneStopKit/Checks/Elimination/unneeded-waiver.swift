/// `unneeded-waiver`: a `keep:` waiver on a paper that no listed, connected database provides.
struct UnneededWaiverCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "unneeded-waiver", severity: .warning, stage: .elimination,
    summary: Localized(
      vi: "ngoại lệ giữ lại giấy tờ `keep:` cho giấy tờ vốn không khai thác được",
      en: "a `keep:` waiver on a paper that is not obtainable anyway"),
    rationale: Localized(
      vi: """
        Ngoại lệ không giữ lại gì sẽ che mất thời điểm giấy tờ trở nên khai thác được; hãy xóa \
        ngoại lệ để việc phân tích cắt giảm lên tiếng khi cơ sở dữ liệu được kết nối.
        """,
      en: """
        A waiver that keeps nothing hides the moment the paper becomes obtainable; remove it so the \
        analysis speaks up when a database is connected.
        """),
    triggering: [
      Example(
        EliminationExample.with(
          "  - id: passport\n    paper: passport\n    ↓keep: {reason: {vi: Đối chiếu, en: Check}, legal_basis: 123/2015/NĐ-CP art. 9}\n"
        ))
    ],
    nonTriggering: [
      Example(
        EliminationExample.with(
          "  - id: identity\n    paper: citizen-id\n    keep: {reason: {vi: Đối chiếu ảnh, en: Photo check}, legal_basis: 123/2015/NĐ-CP art. 9}\n"
        ))
    ])

  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings
  ) {
    for ((requirement, _), item) in result.pairs(procedure) where item.obtainability == .required {
      guard let waiver = requirement.keep else { continue }
      findings.report(
        Self.self,
        findings.say(
          vi:
            "thành phần hồ sơ '\(item.requirementID)' có ngoại lệ giữ lại giấy tờ, nhưng không cơ sở dữ liệu nào mà thủ tục liệt kê và đã kết nối ở các cấp thực hiện có giấy tờ này",
          en:
            "requirement '\(item.requirementID)' has a waiver, but no listed source connected at its levels provides it"
        ),
        file: procedure.file, at: waiver.range,
        help: findings.say(
          vi: "xóa `keep:`; giấy tờ này vẫn phải cung cấp", en: "remove `keep:`; the paper is required anyway"))
    }
  }
}
