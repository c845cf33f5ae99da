/// `missing-legal-basis`: a procedure rests on law.
struct MissingLegalBasisCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "missing-legal-basis", stage: .rule,
    summary: "procedure cites no legal basis",
    rationale: """
      An administrative procedure exists only by law; the national database publishes the legal \
      basis of each one, and a requirement without it cannot be enforced or reviewed.
      """,
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
      let subject = procedure.code.value.isEmpty ? "this procedure" : "procedure '\(procedure.code.value)'"
      findings.report(
        Self.self, "\(subject) cites no legal basis", file: procedure.file,
        at: procedure.legalBasisRange ?? SourceRange(at: procedure.range.start),
        help: "add `legal_basis:` with the law or decree that sets the procedure")
    }
  }
}
