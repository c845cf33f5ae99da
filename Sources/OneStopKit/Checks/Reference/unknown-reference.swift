/// `unknown-reference`: every id names something defined in rules/ (or a check, in the policy).
struct UnknownReferenceCheck: ProcedureCheck, CatalogCheck {
  static let description = CheckDescription(
    id: "unknown-reference", stage: .rule,
    summary: "an id refers to nothing defined in rules/",
    rationale: """
      Fields, levels, subjects, paper types and shared databases are a closed vocabulary; a typo in \
      an id would silently drop a paper from the elimination analysis or a procedure from the portal.
      """,
    triggering: [
      Example(ExampleCatalog.procedure.replacingOccurrences(of: "paper: birth-notice,", with: "paper: ↓birth-notise,")),
      Example(ExampleCatalog.procedure.replacingOccurrences(of: "field: civil-status", with: "field: ↓civil-statu")),
      Example(
        files: [
          (
            "rules/policy.yaml",
            "as_of: 2026-11-29\ncode_pattern: '^[0-9.]+$'\nlanguages: [vi, en]\nchecks: {↓missing-chanel: warning}\n"
          )
        ]),
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    let file = procedure.file
    if let field = procedure.field {
      expect(field, in: catalog.fields.keys, "field", "rules/fields.yaml", file, &findings)
    }
    for level in procedure.levels {
      expect(level, in: catalog.levels.keys, "level", "rules/levels.yaml", file, &findings)
    }
    for subject in procedure.subjects {
      expect(subject, in: catalog.subjects.keys, "subject", "rules/subjects.yaml", file, &findings)
    }
    for source in procedure.dataSources {
      expect(source, in: catalog.sources.keys, "shared database", "rules/sources.yaml", file, &findings)
    }
    for (requirement, _) in procedure.allRequirements {
      for paper in requirement.alternatives {
        expect(paper, in: catalog.papers.keys, "paper type", "rules/papers.yaml", file, &findings)
      }
    }
    for result in procedure.results {
      switch result {
      case .paper(let paper, _):
        expect(paper, in: catalog.papers.keys, "paper type", "rules/papers.yaml", file, &findings)
      case .update(let source):
        expect(source, in: catalog.sources.keys, "shared database", "rules/sources.yaml", file, &findings)
      }
    }
  }

  func check(_ catalog: Catalog, into findings: inout Findings) {
    for paper in catalog.rules.papers {
      if let replacement = paper.replacedBy {
        expect(replacement, in: catalog.papers.keys, "paper type", "rules/papers.yaml", paper.file, &findings)
      }
    }
    for source in catalog.rules.sources {
      for paper in source.provides {
        expect(paper, in: catalog.papers.keys, "paper type", "rules/papers.yaml", source.file, &findings)
      }
      for entry in source.connected {
        expect(entry.level, in: catalog.levels.keys, "level", "rules/levels.yaml", source.file, &findings)
      }
    }
    let policy = catalog.rules.policy
    for target in policy.targets.digitizedResults {
      if let level = target.level {
        expect(level, in: catalog.levels.keys, "level", "rules/levels.yaml", policy.file, &findings)
      }
    }
    let checkIDs = CheckRegistry.descriptions.map(\.id)
    for entry in policy.checks + policy.overrides.flatMap(\.checks) {
      expect(entry.id, in: checkIDs, "check", "`onestop checks`", policy.file, &findings)
    }
  }

  private func expect(
    _ id: Located<String>, in known: some Collection<String>, _ kind: String, _ definedIn: String, _ file: String,
    _ findings: inout Findings
  ) {
    guard !known.contains(id.value) else { return }
    let help = Suggest.help(for: id.value, in: known) ?? "define it in \(definedIn), or fix the id"
    findings.report(Self.self, "unknown \(kind) '\(id.value)'", file: file, at: id.range, help: help)
  }
}
