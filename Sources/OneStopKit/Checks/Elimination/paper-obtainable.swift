/// `paper-obtainable`: a paper every level can fetch from a connected database.
struct PaperObtainableCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "paper-obtainable", severity: .warning, stage: .elimination,
    summary: "paper is obtainable from a connected shared database at every level of the procedure",
    rationale: """
      Decision 468/QĐ-TTg: citizens must not re-provide a paper the state already holds. When a \
      database the procedure may query provides the paper and is connected at every level of the \
      procedure, the paper is eliminated: `onestop build` drops it from the citizen's checklist. The \
      announced dossier should be amended to match, or the paper kept with an accountable waiver.
      """,
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
      findings.report(
        Self.self,
        "requirement '\(item.requirementID)' is obtainable at every level of the procedure: \(eliminatedPhrase(item.levels))",
        file: procedure.file, at: requirement.range,
        help:
          "remove it from the announced dossier (the generated checklist already drops it), or add a `keep:` waiver with a reason and legal basis"
      )
    }
  }
}
