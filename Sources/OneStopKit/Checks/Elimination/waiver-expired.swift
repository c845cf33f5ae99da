/// `waiver-expired`: a `keep:` waiver past its `until`.
struct WaiverExpiredCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "waiver-expired", stage: .elimination,
    summary: Localized(
      vi: "ngoại lệ giữ lại giấy tờ `keep:` đã quá ngày `until`",
      en: "a `keep:` waiver is past its `until` date"),
    rationale: Localized(
      vi: """
        Ngoại lệ là một trường hợp miễn trừ tạm thời, có người chịu trách nhiệm, đối với nguyên tắc \
        không yêu cầu cung cấp lại thông tin, giấy tờ mà cơ quan nhà nước đã quản lý. Quá ngày đó, \
        ngoại lệ hết hiệu lực: gia hạn kèm căn cứ pháp lý mới, hoặc để giấy tờ được cắt giảm.
        """,
      en: """
        A waiver is an accountable, temporary exception to the once-only principle. Past its date it \
        no longer holds: renew it with a new legal basis, or let the paper be eliminated.
        """),
    triggering: [
      Example(
        EliminationExample.with(
          "  - id: identity\n    paper: citizen-id\n    keep: {reason: {vi: Đối chiếu ảnh, en: Photo check}, legal_basis: 123/2015/NĐ-CP art. 9, until: ↓2025-12-31}\n"
        ))
    ],
    nonTriggering: [
      Example(
        EliminationExample.with(
          "  - id: identity\n    paper: citizen-id\n    keep: {reason: {vi: Đối chiếu ảnh, en: Photo check}, legal_basis: 123/2015/NĐ-CP art. 9, until: 2026-11-29}\n"
        ))
    ])

  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings
  ) {
    for (requirement, _) in procedure.allRequirements {
      guard let waiver = requirement.keep, let until = waiver.until,
        EliminationAnalysis.isExpired(waiver, catalog.asOf)
      else { continue }
      findings.report(
        Self.self,
        findings.say(
          vi:
            "ngoại lệ giữ lại giấy tờ của thành phần hồ sơ '\(requirement.id.value)' đã hết hạn ngày \(until.value.vietnamese) (ngày đánh giá \(catalog.asOf.vietnamese))",
          en: "waiver of requirement '\(requirement.id.value)' ended on \(until.value) (judged at \(catalog.asOf))"),
        file: procedure.file, at: until.range,
        help: findings.say(
          vi: "gia hạn bằng một ngày `until` muộn hơn kèm căn cứ pháp lý, hoặc xóa `keep:` để giấy tờ được cắt giảm",
          en: "renew it with a later `until` and a legal basis, or remove `keep:` to let the paper be eliminated"))
    }
  }
}
