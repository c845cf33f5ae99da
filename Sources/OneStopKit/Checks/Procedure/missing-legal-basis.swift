/// `missing-legal-basis`: a procedure rests on law.
struct MissingLegalBasisCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "missing-legal-basis", stage: .rule,
    summary: Localized(vi: "thủ tục không nêu căn cứ pháp lý", en: "procedure cites no legal basis"),
    rationale: Localized(
      vi: """
        Thủ tục hành chính chỉ tồn tại khi có văn bản quy phạm pháp luật quy định; Cơ sở dữ liệu \
        quốc gia về thủ tục hành chính công bố căn cứ pháp lý của từng thủ tục, và một yêu cầu \
        không có căn cứ thì không thể áp dụng hay rà soát.
        """,
      en: """
        An administrative procedure exists only by law; the national database publishes the legal \
        basis of each one, and a requirement without it cannot be enforced or reviewed.
        """),
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "legal_basis:\n  - {ref: 60/2014/QH13, title: {vi: Luật Hộ tịch, en: Law on Civil Status}}",
          with: "↓legal_basis: []"))
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    if procedure.legalBasis.isEmpty {
      // A file whose code is missing or was refused still gets the finding, without an empty name.
      let code = procedure.code.value
      findings.report(
        Self.self,
        findings.say(
          vi: "\(code.isEmpty ? "thủ tục này" : "thủ tục '\(code)'") chưa nêu căn cứ pháp lý",
          en: "\(code.isEmpty ? "this procedure" : "procedure '\(code)'") cites no legal basis"),
        file: procedure.file, at: procedure.legalBasisRange ?? SourceRange(at: procedure.range.start),
        help: findings.say(
          vi: "thêm `legal_basis:` với luật, nghị định quy định thủ tục",
          en: "add `legal_basis:` with the law or decree that sets the procedure"))
    }
  }
}
