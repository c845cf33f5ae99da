/// `paper-abolished`: a requirement cannot ask for a paper that no longer exists.
struct PaperAbolishedCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "paper-abolished", stage: .rule,
    summary: "requirement asks for a paper type abolished before the judging day",
    rationale: """
      Some papers no longer exist: the household registration book (sổ hộ khẩu) ended on \
      2022-12-31 (Decree 104/2022/NĐ-CP) and the Population Database replaces it. Asking for it \
      sends citizens after a paper nobody can issue.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}",
          with:
            "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}\n  - {id: household, any_of: [citizen-id, ↓household-registration-book]}"
        ))
    ],
    nonTriggering: [
      Example(ExampleCatalog.procedure),
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}",
          with:
            "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}\n  - {id: household, paper: household-registration-book}"
        ), asOf: "2022-12-31"),
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    for (requirement, _) in procedure.allRequirements {
      for paper in requirement.alternatives where catalog.isAbolished(paper: paper.value) {
        let type = catalog.papers[paper.value]
        let replacement = type?.replacedBy?.value
        findings.report(
          Self.self,
          "paper type '\(paper.value)' was abolished after \(type?.until?.value.description ?? "?")"
            + (replacement.map { "; it is replaced by '\($0)'" } ?? ""),
          file: procedure.file, at: paper.range,
          help: replacement.map { "ask for '\($0)' instead, or for nothing if a database provides it" }
            ?? "remove the requirement")
      }
    }
  }
}
