/// `source-not-connected`: a listed database is not yet connected at one of the procedure's levels.
struct SourceNotConnectedCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "source-not-connected", severity: .warning, stage: .elimination,
    summary: "a listed shared database is not connected at one of the procedure's levels",
    rationale: """
      A source the procedure lists helps a citizen only where that level's one-stop system can \
      query it. Decision 468 set the connection roadmap; a level still waiting is where papers are \
      still asked for.
      """,
    triggering: [
      Example(EliminationExample.with("", levels: "[commune]", sources: "[population, ↓civil-status]")),
      Example(EliminationExample.with("", levels: "[central, commune]", sources: "[population, ↓civil-status]")),
    ],
    nonTriggering: [
      Example(EliminationExample.with("", levels: "[provincial]", sources: "[population, civil-status]")),
      Example(
        EliminationExample.with("", levels: "[commune]", sources: "[population, civil-status]"), asOf: "2027-01-01"),
    ])

  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings
  ) {
    for listed in procedure.dataSources {
      guard let source = catalog.sources[listed.value] else { continue }
      var gaps: [String] = []
      for level in result.levels {
        if let since = source.connectedSince(level: level) {
          if since > catalog.asOf { gaps.append("\(level) (connection planned for \(since))") }
        } else {
          gaps.append("\(level) (no connection date)")
        }
      }
      guard !gaps.isEmpty else { continue }
      findings.report(
        Self.self,
        "shared database '\(listed.value)' is not connected at \(gaps.joined(separator: ", ")) as of \(catalog.asOf)",
        file: procedure.file, at: listed.range,
        help: "papers it provides stay required at those levels; rules/sources.yaml holds the connection dates")
    }
  }
}
