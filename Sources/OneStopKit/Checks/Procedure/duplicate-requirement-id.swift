/// `duplicate-requirement-id`: requirement and case ids are unique inside a procedure.
struct DuplicateRequirementIDCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "duplicate-requirement-id", stage: .rule,
    summary: "two requirements (or two cases) of a procedure share an id",
    rationale: """
      Requirement ids name a paper across outputs, waivers, baselines and diffs; two with one id \
      make every one of those ambiguous.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "  - {id: birth-notice,", with: "  - {id: ↓application,"))
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    var seen = FirstSeen()
    for (requirement, _) in procedure.allRequirements {
      let id = requirement.id
      if let first = seen.earlier(id) {
        findings.report(
          Self.self, "requirement id '\(id.value)' is used twice in this procedure", file: procedure.file, at: id.range,
          notes: [DiagnosticNote("first used here", at: SourceLocation(file: procedure.file, range: first))],
          help: "give each requirement its own id")
      }
    }
    var cases = FirstSeen()
    for item in procedure.cases {
      if let first = cases.earlier(item.id) {
        findings.report(
          Self.self, "case id '\(item.id.value)' is used twice in this procedure", file: procedure.file,
          at: item.id.range,
          notes: [DiagnosticNote("first used here", at: SourceLocation(file: procedure.file, range: first))],
          help: "give each case its own id")
      }
    }
  }
}
