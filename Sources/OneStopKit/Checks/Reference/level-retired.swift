/// `level-retired`: a procedure cannot sit on a level that no longer exists.
struct LevelRetiredCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "level-retired", stage: .rule,
    summary: "procedure is assigned to a level that ended before the judging day",
    rationale: """
      Local government became two-tier on 2025-07-01: the district level ended on 2025-06-30 and its \
      procedures moved to the commune or provincial level. A procedure still on a retired level \
      has no competent authority.
      """,
    triggering: [
      Example(ExampleCatalog.procedure.replacingOccurrences(of: "levels: [commune]", with: "levels: [↓district]"))
    ],
    nonTriggering: [
      Example(ExampleCatalog.procedure),
      Example(
        ExampleCatalog.procedure.replacingOccurrences(of: "levels: [commune]", with: "levels: [district]"),
        asOf: "2025-06-30"),
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    for level in procedure.levels where catalog.isRetired(level: level.value) {
      let until = catalog.levels[level.value]?.until?.value
      let current = catalog.rules.levels.filter { !catalog.isRetired(level: $0.id.value) }.map(\.id.value)
      findings.report(
        Self.self, "level '\(level.value)' ended on \(until.map(\.description) ?? "?") (judged at \(catalog.asOf))",
        file: procedure.file, at: level.range,
        help: "assign the procedure to a current level: \(current.joined(separator: ", "))")
    }
  }
}
