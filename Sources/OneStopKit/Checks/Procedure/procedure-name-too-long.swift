/// `procedure-name-too-long`: a procedure's name fits where portals and checklists show it.
struct ProcedureNameTooLongCheck: ProcedureCheck {
  static let limit = 300

  static let description = CheckDescription(
    id: "procedure-name-too-long", severity: .warning, stage: .rule,
    summary: "procedure name is longer than 300 characters",
    rationale: """
      Portals list procedures by name, and checklists print it as their title; a name over 300 \
      characters is cut off there, and is usually a description pasted into the wrong key.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "name: {vi: Đăng ký khai sinh, en: Birth registration}",
          with: "name: ↓{vi: Đăng ký khai sinh, en: Birth registration\(String(repeating: " of a child", count: 27))}"))
    ],
    nonTriggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "name: {vi: Đăng ký khai sinh, en: Birth registration}",
          with: "name: {vi: Đăng ký khai sinh, en: Birth registration\(String(repeating: " of a child", count: 25))}"))
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    guard let name = procedure.name else { return }
    for entry in name.entries where entry.text.unicodeScalars.count > Self.limit {
      findings.report(
        Self.self,
        "procedure name in '\(entry.language)' is \(entry.text.unicodeScalars.count) characters long, over \(Self.limit)",
        file: procedure.file, at: name.range,
        help: "shorten the name; put the details in the legal basis or the cases")
    }
  }
}
