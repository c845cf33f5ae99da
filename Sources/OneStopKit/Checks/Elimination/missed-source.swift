/// `missed-source`: a connected database provides the paper, but the procedure does not list it.
struct MissedSourceCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "missed-source", severity: .warning, stage: .elimination,
    summary: "a connected database provides a still-required paper, but the procedure does not list it",
    rationale: """
      A paper stays required only because the procedure's `data_sources` leaves out the database \
      that holds it. Listing the database (after checking the procedure's law allows the query) \
      eliminates the paper. One finding per requirement, only where it is still required and has no \
      waiver; a form alternative of an `any_of` never qualifies.
      """,
    triggering: [
      Example(EliminationExample.with("  - ↓{id: identity, paper: citizen-id}\n", sources: "[]")),
      Example(EliminationExample.with("  - ↓{id: marriage, paper: marriage-certificate}\n", levels: "[provincial]")),
    ],
    nonTriggering: [
      Example(EliminationExample.with("  - {id: identity, paper: citizen-id}\n")),
      Example(EliminationExample.with("  - {id: marriage, paper: marriage-certificate}\n")),
      Example(
        EliminationExample.with(
          "  - id: identity\n    paper: citizen-id\n    keep: {reason: {vi: Đối chiếu ảnh, en: Photo check}, legal_basis: 123/2015/NĐ-CP art. 9}\n",
          sources: "[]")),
    ])

  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings
  ) {
    var listed: Set<String>? = nil
    for ((requirement, _), item) in result.pairs(procedure)
    where (item.status == .required || item.status == .partlyEliminated) && requirement.keep == nil && !item.isForm {
      if listed == nil { listed = Set(procedure.dataSources.map(\.value)) }
      let eligible = EliminationAnalysis.eligiblePapers(requirement, in: catalog)
      var missed: [(level: String, provision: EliminationAnalysis.Provision)] = []
      for level in item.levels where level.status == .required {
        // The sources the procedure does not list, in rules/sources.yaml order.
        for provision in EliminationAnalysis.provisions(
          of: eligible, at: level.level, in: catalog,
          rank: { listed!.contains($0.source) ? nil : $0.position })
        {
          missed.append((level.level, provision))
        }
      }
      guard !missed.isEmpty else { continue }
      findings.report(
        Self.self,
        "requirement '\(item.requirementID)' is still required, but sources the procedure does not list provide it: \(provisionsPhrase(missed))",
        file: procedure.file, at: requirement.range,
        help: "add the source to `data_sources` if the procedure's law allows the query")
    }
  }
}
