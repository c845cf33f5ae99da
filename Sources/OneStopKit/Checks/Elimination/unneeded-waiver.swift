/// `unneeded-waiver`: a `keep:` waiver on a paper that no listed, connected database provides.
struct UnneededWaiverCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "unneeded-waiver", severity: .warning, stage: .elimination,
    summary: "a `keep:` waiver on a paper that is not obtainable anyway",
    rationale: """
      A waiver that keeps nothing hides the moment the paper becomes obtainable; remove it so the \
      analysis speaks up when a database is connected.
      """,
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
        "requirement '\(item.requirementID)' has a waiver, but no listed source connected at its levels provides it",
        file: procedure.file, at: waiver.range, help: "remove `keep:`; the paper is required anyway")
    }
  }
}
