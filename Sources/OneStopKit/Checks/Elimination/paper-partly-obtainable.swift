/// `paper-partly-obtainable`: obtainable at some levels of the procedure only.
struct PaperPartlyObtainableCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "paper-partly-obtainable", severity: .info, stage: .elimination,
    summary: "paper is obtainable at some levels of the procedure only",
    rationale: """
      Where a database is connected at some levels and not at others, the citizen's answer depends \
      on where they file; the checklist says so per level, and the finding names the levels still \
      waiting for a connection.
      """,
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
      findings.report(
        Self.self,
        "requirement '\(item.requirementID)' is obtainable at some levels only: \(eliminatedPhrase(item.levels)); still required at \(item.requiredLevels.joined(separator: ", "))",
        file: procedure.file, at: requirement.range,
        help: "the checklist shows the difference per level; connect the database at the other levels to drop it")
    }
  }
}
