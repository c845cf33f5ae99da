/// `waiver-expired`: a `keep:` waiver past its `until`.
struct WaiverExpiredCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "waiver-expired", stage: .elimination,
    summary: "a `keep:` waiver is past its `until` date",
    rationale: """
      A waiver is an accountable, temporary exception to the once-only principle. Past its date it \
      no longer holds: renew it with a new legal basis, or let the paper be eliminated.
      """,
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
        "waiver of requirement '\(requirement.id.value)' ended on \(until.value) (judged at \(catalog.asOf))",
        file: procedure.file, at: until.range,
        help: "renew it with a later `until` and a legal basis, or remove `keep:` to let the paper be eliminated")
    }
  }
}
