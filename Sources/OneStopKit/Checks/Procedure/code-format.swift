/// `code-format`: the code must match the policy's pattern.
struct CodeFormatCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "code-format", stage: .rule,
    summary: "procedure code does not match the policy's code pattern",
    rationale: """
      Codes are how the national database, provincial portals and citizens find a procedure: \
      1.001193 for a national procedure, 1.012753.H19 for a provincial variant. A code outside the \
      pattern in rules/policy.yaml cannot be published.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(of: "code: \"1.000001\"", with: "code: ↓\"1-000001\""),
        path: "catalog/1-000001.yaml")
    ],
    nonTriggering: [
      Example(ExampleCatalog.procedure),
      Example(
        ExampleCatalog.procedure.replacingOccurrences(of: "1.000001", with: "1.000001.H19"),
        path: "catalog/1.000001.H19.yaml"),
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    let code = procedure.code
    guard !code.value.isEmpty, let pattern = catalog.codePattern else { return }
    if !pattern.matches(code.value) {
      findings.report(
        Self.self, "code '\(code.value)' does not match the pattern \(pattern.source)", file: procedure.file,
        at: code.range, help: "use the code the national database gives, like 1.001193")
    }
  }
}
