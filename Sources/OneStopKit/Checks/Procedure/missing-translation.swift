/// `missing-translation`: every text a citizen reads exists in every policy language.
struct MissingTranslationCheck: ProcedureCheck, CatalogCheck {
  static let description = CheckDescription(
    id: "missing-translation", severity: .warning, stage: .rule,
    summary: "text lacks a translation into one of the policy's languages",
    rationale: """
      Checklists and the portal are bilingual (Vietnamese first, English after) for foreign \
      residents and investors; a missing English text shows up as a hole in the output.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "name: {vi: Đăng ký khai sinh, en: Birth registration}", with: "name: ↓{vi: Đăng ký khai sinh}"))
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    let languages = catalog.rules.policy.languages
    procedure.forEachText { text, what in
      report(text, what, languages, file: procedure.file, into: &findings)
    }
  }

  func check(_ catalog: Catalog, into findings: inout Findings) {
    let languages = catalog.rules.policy.languages
    let rules = catalog.rules
    for entry in rules.levels + rules.fields + rules.subjects {
      if let name = entry.name {
        report(name, "name of '\(entry.id.value)'", languages, file: entry.file, into: &findings)
      }
    }
    for paper in rules.papers {
      if let name = paper.name {
        report(name, "name of '\(paper.id.value)'", languages, file: paper.file, into: &findings)
      }
    }
    for source in rules.sources {
      if let name = source.name {
        report(name, "name of '\(source.id.value)'", languages, file: source.file, into: &findings)
      }
    }
  }

  private func report(
    _ text: LocalizedText, _ what: String, _ languages: [String], file: String, into findings: inout Findings
  ) {
    for language in languages.dropFirst() where text[language] == nil {
      findings.report(
        Self.self, "\(what) has no '\(language)' text", file: file, at: text.range,
        help: "add `\(language): ...` beside `\(languages[0]):`")
    }
  }
}

extension Procedure {
  /// Calls `body` with every citizen-readable text of the procedure and what it is.
  fileprivate func forEachText(_ body: (LocalizedText, String) -> Void) {
    if let name { body(name, "procedure name") }
    if let agency { body(agency, "agency") }
    for reference in legalBasis {
      if let title = reference.title { body(title, "title of \(reference.ref.value)") }
    }
    for channel in channels {
      if case .text(let text) = channel.processingTime { body(text, "processing time") }
      if let text = channel.fee?.text { body(text, "fee text") }
    }
    for item in cases {
      if let when = item.when { body(when, "condition of case '\(item.id.value)'") }
    }
    for (requirement, _) in allRequirements {
      if let name = requirement.form?.name { body(name, "form name of '\(requirement.id.value)'") }
      if let reason = requirement.keep?.reason { body(reason, "waiver reason of '\(requirement.id.value)'") }
      if let note = requirement.note { body(note, "note of '\(requirement.id.value)'") }
    }
  }
}
