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

/// `duplicate-id`: each id is defined once in rules/.
struct DuplicateIDCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "duplicate-id", stage: .rule,
    summary: "an id is defined twice in a rules file",
    rationale: "Two definitions of one id leave every reference to it ambiguous; the first one is used.",
    triggering: [
      Example(
        files: [
          (
            "rules/fields.yaml",
            "fields:\n  - {id: civil-status, name: {vi: Hộ tịch, en: Civil status}}\n  - {id: ↓civil-status, name: {vi: Hộ tịch, en: Civil status}}\n"
          )
        ])
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ catalog: Catalog, into findings: inout Findings) {
    let rules = catalog.rules
    report(rules.levels.map { ($0.id, $0.file) }, "level", &findings)
    report(rules.fields.map { ($0.id, $0.file) }, "field", &findings)
    report(rules.subjects.map { ($0.id, $0.file) }, "subject", &findings)
    report(rules.papers.map { ($0.id, $0.file) }, "paper type", &findings)
    report(rules.sources.map { ($0.id, $0.file) }, "shared database", &findings)
  }

  private func report(_ ids: [(Located<String>, String)], _ kind: String, _ findings: inout Findings) {
    var seen: [String: SourceLocation] = [:]
    for (id, file) in ids {
      if let first = seen[id.value] {
        findings.report(
          Self.self, "\(kind) '\(id.value)' is defined twice", file: file, at: id.range,
          notes: [DiagnosticNote("first defined here", at: first)], help: "remove or rename one of the two")
      } else {
        seen[id.value] = SourceLocation(file: file, range: id.range)
      }
    }
  }
}

/// `duplicate-code`: each procedure code appears once in the catalog.
struct DuplicateCodeCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "duplicate-code", stage: .rule,
    summary: "two procedure files have the same code",
    rationale: "A code identifies one procedure nationally; two files with one code publish two answers.",
    triggering: [
      Example(
        files: [
          ("catalog/1.000001.yaml", ExampleCatalog.procedure),
          (
            "catalog/copy/1.000001.yaml",
            ExampleCatalog.procedure.replacingOccurrences(of: "code: ", with: "code: ↓")
          ),
        ])
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ catalog: Catalog, into findings: inout Findings) {
    var seen: [String: SourceLocation] = [:]
    seen.reserveCapacity(catalog.procedures.count)
    for procedure in catalog.procedures where !procedure.code.value.isEmpty {
      let code = procedure.code
      if let first = seen[code.value] {
        findings.report(
          Self.self, "procedure code '\(code.value)' is used by another file", file: procedure.file, at: code.range,
          notes: [DiagnosticNote("first used here", at: first)], help: "keep one file per procedure")
      } else {
        seen[code.value] = SourceLocation(file: procedure.file, range: code.range)
      }
    }
  }
}

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

/// `unused-paper-type`: a paper type no procedure requires or issues.
struct UnusedPaperTypeCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "unused-paper-type", severity: .info, stage: .rule,
    summary: "paper type is neither required nor issued by any procedure",
    rationale: """
      A vocabulary entry nothing uses is often a leftover of a renamed paper; abolished paper types \
      and those named as a replacement are kept on purpose and not reported.
      """,
    triggering: [
      Example(
        files: [
          ("catalog/1.000001.yaml", ExampleCatalog.procedure),
          (
            "rules/papers.yaml",
            """
            papers:
              - {id: birth-registration-form, name: {vi: Tờ khai, en: Form}, kind: form}
              - {id: birth-notice, name: {vi: Giấy chứng sinh, en: Birth notice}}
              - {id: birth-certificate, name: {vi: Giấy khai sinh, en: Birth certificate}}
              - {id: ↓passport, name: {vi: Hộ chiếu, en: Passport}}
            """
          ),
        ])
    ],
    nonTriggering: [
      Example(
        files: [
          ("catalog/1.000001.yaml", ExampleCatalog.procedure),
          (
            "rules/papers.yaml",
            """
            papers:
              - {id: birth-registration-form, name: {vi: Tờ khai, en: Form}, kind: form}
              - {id: birth-notice, name: {vi: Giấy chứng sinh, en: Birth notice}}
              - {id: birth-certificate, name: {vi: Giấy khai sinh, en: Birth certificate}}
            """
          ),
        ])
    ])

  func check(_ catalog: Catalog, into findings: inout Findings) {
    let replacements = Set(catalog.rules.papers.compactMap { $0.replacedBy?.value })
    // The paper types that could be reported, struck off as procedures use them: a national
    // catalog uses every one within its first few hundred procedures, and the rest are not read.
    var unused = Set(
      catalog.rules.papers.filter { $0.until == nil && !replacements.contains($0.id.value) }.map(\.id.value))
    for procedure in catalog.procedures {
      if unused.isEmpty { break }
      for (requirement, _) in procedure.allRequirements {
        for paper in requirement.alternatives { unused.remove(paper.value) }
      }
      for case .paper(let paper, _) in procedure.results { unused.remove(paper.value) }
    }
    for paper in catalog.rules.papers where unused.contains(paper.id.value) {
      findings.report(
        Self.self, "paper type '\(paper.id.value)' is not used by any procedure", file: paper.file, at: paper.id.range,
        help: "remove it, or require it where the record asks for it")
    }
  }
}

/// `source-provides-form`: forms are filled in by the applicant; no database holds them.
struct SourceProvidesFormCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "source-provides-form", stage: .rule,
    summary: "a shared database claims to provide a form",
    rationale: """
      A form (tờ khai, đơn) is the application itself: the applicant fills it in for this \
      procedure, so no database can hold it and it is never eliminated.
      """,
    triggering: [
      Example(
        files: [
          (
            "rules/sources.yaml",
            """
            sources:
              - id: population
                name: {vi: Cơ sở dữ liệu quốc gia về dân cư, en: National Population Database}
                provides: [citizen-id, ↓birth-registration-form]
                connected: {central: 2021-07-01}
            """
          )
        ])
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ catalog: Catalog, into findings: inout Findings) {
    for source in catalog.rules.sources {
      for paper in source.provides where catalog.formPapers.contains(paper.value) {
        findings.report(
          Self.self, "shared database '\(source.id.value)' claims to provide the form '\(paper.value)'",
          file: source.file, at: paper.range,
          help: "remove it from `provides`; if it is not a form, drop `kind: form` from the paper type")
      }
    }
  }
}
