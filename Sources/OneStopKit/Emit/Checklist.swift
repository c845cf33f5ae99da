/// The simplified checklist a citizen reads (checklists/CODE.md and .html): what to bring, what
/// they no longer need to provide and which database replaces it, per level where the answer
/// differs, and the channels with their time and fee. One part per output language.
struct ChecklistBuilder {
  let catalog: Catalog
  let languages: [String]

  func document(for procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult) -> TextDocument {
    let primary = languages.first ?? "vi"
    let title = "\(procedure.code.value) – \(procedure.name?.text(preferring: primary) ?? procedure.code.value)"
    return TextDocument(title: title, parts: languages.map { part(procedure, result, language: $0) })
  }

  private func name(_ text: LocalizedText?, _ language: String, fallback: String) -> String {
    text?.text(preferring: language) ?? fallback
  }

  private func paperName(_ id: String, _ language: String) -> String {
    name(catalog.papers[id]?.name, language, fallback: id)
  }

  private func levelName(_ id: String, _ language: String) -> String {
    name(catalog.levels[id]?.name, language, fallback: id)
  }

  private func sourceName(_ id: String, _ language: String) -> String {
    name(catalog.sources[id]?.name, language, fallback: id)
  }

  private func part(_ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, language: String)
    -> TextDocument.Part
  {
    let words = Wording(language: language)
    var blocks: [TextDocument.Block] = []
    blocks.append(.heading(1, name(procedure.name, language, fallback: procedure.code.value), id: nil))
    var facts: [TextDocument.ListItem] = [.init(text: "\(words.code): \(procedure.code.value)")]
    let levelNames = result.levels.map { levelName($0, language) }
    facts.append(.init(text: "\(words.levels): \(levelNames.joined(separator: ", "))"))
    if let agency = procedure.agency {
      facts.append(.init(text: "\(words.agency): \(agency.text(preferring: language))"))
    }
    facts.append(.init(text: "\(words.asOf): \(words.day(catalog.asOf))"))
    blocks.append(.list(facts))
    if let whatIf = catalog.whatIf { blocks.append(.banner(words.whatIf(whatIf, catalog))) }
    if procedure.boundaryFree == true { blocks.append(.paragraph(words.boundaryFree)) }

    // What to bring: every requirement not eliminated everywhere, common papers then each case.
    let results = Dictionary(
      result.requirements.map { ("\($0.caseID ?? "")/\($0.requirementID)", $0) },
      uniquingKeysWith: { first, _ in first })
    func item(_ requirement: Requirement, _ caseID: String?) -> (
      bring: TextDocument.ListItem?, spared: TextDocument.ListItem?
    ) {
      guard let analysis = results["\(caseID ?? "")/\(requirement.id.value)"] else { return (nil, nil) }
      let names = requirement.alternatives.map { paperName($0.value, language) }
      let label =
        names.count > 1
        ? "\(words.oneOf): \(names.joined(separator: "; \(words.or) "))" : names.first ?? requirement.id.value
      var details: [String] = []
      details.append(words.handOver(presented: requirement.presented, requirement.copies))
      if let form = requirement.form {
        details.append("\(words.form): \(form.code)" + (form.name.map { " – \($0.text(preferring: language))" } ?? ""))
      }
      if let note = requirement.note { details.append(note.text(preferring: language)) }
      var spared: TextDocument.ListItem? = nil
      switch analysis.status {
      case .required:
        break
      case .kept:
        details.append(
          words.waiver(requirement.keep?.reason?.text(preferring: language), requirement.keep?.legalBasis?.value))
      case .partlyEliminated:
        details.append(words.requiredOnlyAt(analysis.requiredLevels.map { levelName($0, language) }))
        spared = TextDocument.ListItem(
          text: label, details: provisionLines(analysis, language, words, partly: true))
      case .eliminated:
        return (
          nil, TextDocument.ListItem(text: label, details: provisionLines(analysis, language, words, partly: false))
        )
      }
      return (TextDocument.ListItem(text: label, details: details, tick: true), spared)
    }

    var spared: [TextDocument.ListItem] = []
    blocks.append(.heading(2, words.papers, id: "papers"))
    let common = procedure.papers.map { item($0, nil) }
    spared += common.compactMap(\.spared)
    let bring = common.compactMap(\.bring)
    if bring.isEmpty && procedure.cases.isEmpty { blocks.append(.paragraph(words.noPapers)) }
    if !bring.isEmpty { blocks.append(.list(bring)) }
    for procedureCase in procedure.cases {
      let items = procedureCase.papers.map { item($0, procedureCase.id.value) }
      spared += items.compactMap(\.spared)
      let caseBring = items.compactMap(\.bring)
      let when = procedureCase.when?.text(preferring: language) ?? procedureCase.id.value
      blocks.append(.heading(3, words.caseTitle(when), id: nil))
      blocks.append(caseBring.isEmpty ? .paragraph(words.noPapers) : .list(caseBring))
    }
    if !spared.isEmpty {
      blocks.append(.heading(2, words.notNeeded, id: "not-needed"))
      blocks.append(.paragraph(words.notNeededIntro))
      blocks.append(.list(spared))
    }

    blocks += words.channelBlocks(procedure.channels)
    let outputs = procedure.results.map { result -> TextDocument.ListItem in
      switch result {
      case .paper(let paper, let digitized):
        let code = catalog.papers[paper.value]?.resultCode.map { " (\($0))" } ?? ""
        return .init(
          text: paperName(paper.value, language) + code, details: words.digitized(digitized).map { [$0] } ?? [])
      case .update(let source):
        return .init(text: words.updates(sourceName(source.value, language)))
      }
    }
    if !outputs.isEmpty {
      blocks.append(.heading(2, words.results, id: "results"))
      blocks.append(.list(outputs))
    }
    if !procedure.legalBasis.isEmpty {
      blocks.append(.heading(2, words.legalBasis, id: "legal-basis"))
      blocks.append(
        .list(
          procedure.legalBasis.map { reference in
            var text = reference.ref.value
            if let title = reference.title { text += " – " + title.text(preferring: language) }
            if let article = reference.article {
              text += language == "vi" ? ", Điều \(article)" : ", article \(article)"
            }
            return .init(text: text)
          }))
    }
    return TextDocument.Part(language: language, blocks: blocks)
  }

  /// Which database replaces the paper: one line when every level gets it from the same place,
  /// otherwise one line per level. Connection dates are left to catalog.json and the findings: a
  /// citizen needs to know that the paper is not needed, and who holds it.
  private func provisionLines(
    _ analysis: EliminationAnalysis.RequirementResult, _ language: String, _ words: Wording, partly: Bool
  ) -> [String] {
    let eliminated = analysis.levels.filter { $0.status == .eliminated }
    func phrase(_ level: EliminationAnalysis.LevelResult) -> String {
      var seen: [String] = []
      for provision in level.provisions where !seen.contains(provision.source) { seen.append(provision.source) }
      return seen.map { words.heldIn(sourceName($0, language)) }.joined(separator: "; ")
    }
    var lines: [String] = []
    if partly { lines.append(words.notNeededAt(eliminated.map { levelName($0.level, language) })) }
    let phrases = eliminated.map(phrase)
    if Set(phrases).count == 1, let only = phrases.first {
      lines.append(only)
    } else {
      for (level, text) in zip(eliminated, phrases) {
        lines.append("\(words.atLevel(levelName(level.level, language))): \(text)")
      }
    }
    return lines
  }
}
