/// `missing-papers`: a procedure asks for something, or says what each case asks for.
struct MissingPapersCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "missing-papers", stage: .rule,
    summary: "procedure lists no paper, neither in `papers` nor in a case",
    rationale: """
      Every published procedure has a dossier (thành phần hồ sơ), at least its application; a \
      procedure with none is almost always a file cut short.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of:
            "papers:\n  - {id: application, paper: birth-registration-form, copies: {original: 1}}\n  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}",
          with: "↓papers: []"))
    ],
    nonTriggering: [
      Example(ExampleCatalog.procedure),
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of:
            "papers:\n  - {id: application, paper: birth-registration-form, copies: {original: 1}}\n  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}",
          with: """
            papers: []
            cases:
              - id: in-hospital
                when: {vi: Trẻ sinh tại cơ sở y tế, en: Child born in a health facility}
                papers:
                  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}
            """)),
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    if procedure.papers.isEmpty && procedure.cases.allSatisfy({ $0.papers.isEmpty }) {
      // A file whose code is missing or was refused still gets the finding, without an empty name.
      let subject = procedure.code.value.isEmpty ? "this procedure" : "procedure '\(procedure.code.value)'"
      findings.report(
        Self.self, "\(subject) lists no paper", file: procedure.file,
        at: procedure.papersRange ?? SourceRange(at: procedure.range.start),
        help: "add the dossier under `papers:`, or under the `cases:` it depends on")
    }
  }
}
