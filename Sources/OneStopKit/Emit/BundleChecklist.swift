/// The checklist of an interconnected group (checklists/bundles/ID.md and .html): the compiled
/// dossier of docs/format.md §3.14, what the citizen no longer brings and why (the group's form,
/// an earlier step's result, a shared database, a paper filed once for several steps), and the
/// papers of filing the steps one by one against the group. One part per output language.
struct BundleChecklistBuilder {
  let catalog: Catalog
  let languages: [String]

  func document(for compilation: BundleCompilation) -> TextDocument {
    let bundle = compilation.bundle
    let primary = languages.first ?? "vi"
    return TextDocument(
      title: bundle.name?.text(preferring: primary) ?? bundle.id.value,
      parts: languages.map { part(compilation, language: $0) })
  }

  private func name(_ text: LocalizedText?, _ language: String, fallback: String) -> String {
    text?.text(preferring: language) ?? fallback
  }

  private func paperLabel(_ requirement: Requirement, _ language: String, _ words: Wording) -> String {
    let names = requirement.alternatives.map { name(catalog.papers[$0.value]?.name, language, fallback: $0.value) }
    return names.count > 1
      ? "\(words.oneOf): \(names.joined(separator: "; \(words.or) "))" : names.first ?? requirement.id.value
  }

  private func stepName(_ compilation: BundleCompilation, _ step: Int, _ language: String, _ words: Wording)
    -> String
  {
    let code = compilation.bundle.steps[step].code.value
    let procedure = compilation.procedures[step]
    return words.pick("Bước \(step + 1)", "Step \(step + 1)") + " – \(code) "
      + name(procedure?.name, language, fallback: "")
  }

  private func part(_ compilation: BundleCompilation, language: String) -> TextDocument.Part {
    let words = Wording(language: language)
    let bundle = compilation.bundle
    var blocks: [TextDocument.Block] = []
    blocks.append(.heading(1, name(bundle.name, language, fallback: bundle.id.value), id: nil))
    var facts: [TextDocument.ListItem] = [
      .init(text: "\(words.pick("Nhóm thủ tục liên thông", "Interconnected group")): \(bundle.id.value)")
    ]
    let levelNames = compilation.levels.map { name(catalog.levels[$0.level]?.name, language, fallback: $0.level) }
    facts.append(.init(text: "\(words.levels): \(levelNames.joined(separator: ", "))"))
    facts.append(.init(text: "\(words.asOf): \(words.day(catalog.asOf))"))
    blocks.append(.list(facts))
    if let whatIf = catalog.whatIf { blocks.append(.banner(words.whatIf(whatIf, catalog))) }
    blocks.append(.heading(2, words.pick("Các bước", "Steps"), id: "steps"))
    blocks.append(
      .list(bundle.steps.indices.map { .init(text: stepName(compilation, $0, language, words)) }))

    for level in compilation.levels {
      if compilation.levels.count > 1 {
        let levelName = name(catalog.levels[level.level]?.name, language, fallback: level.level)
        blocks.append(.heading(2, words.atLevel(levelName), id: nil))
      }
      blocks += dossier(compilation, level, language, words)
    }

    blocks += words.channelBlocks(bundle.channels)
    if !bundle.legalBasis.isEmpty {
      blocks.append(.heading(2, words.legalBasis, id: "legal-basis"))
      blocks.append(
        .list(
          bundle.legalBasis.map { reference in
            var text = reference.ref.value
            if let title = reference.title { text += " – " + title.text(preferring: language) }
            return .init(text: text)
          }))
    }
    return TextDocument.Part(language: language, blocks: blocks)
  }

  /// One level's papers to bring, papers spared, and the comparison with filing step by step.
  private func dossier(
    _ compilation: BundleCompilation, _ level: BundleCompilation.Level, _ language: String, _ words: Wording
  ) -> [TextDocument.Block] {
    var blocks: [TextDocument.Block] = []
    let bundle = compilation.bundle
    func serves(_ steps: [Int]) -> String {
      words.pick("Dùng cho bước", "Serves step") + (steps.count > 1 && language != "vi" ? "s " : " ")
        + steps.map { "\($0 + 1)" }.joined(separator: ", ")
    }
    func bringItem(_ paper: BundleCompilation.Paper) -> TextDocument.ListItem {
      var details = [words.handOver(presented: paper.presented, paper.copies), serves(paper.serves)]
      if let form = paper.requirement.form {
        details.append("\(words.form): \(form.code)" + (form.name.map { " – \($0.text(preferring: language))" } ?? ""))
      }
      if let note = paper.requirement.note { details.append(note.text(preferring: language)) }
      return .init(text: paperLabel(paper.requirement, language, words), details: details, tick: true)
    }
    blocks.append(.heading(2, words.papers, id: "papers"))
    var bring: [TextDocument.ListItem] = []
    if let form = bundle.form {
      var details = [words.handOver(presented: false, form.copies)]
      if let template = form.form {
        details.append(
          "\(words.form): \(template.code)" + (template.name.map { " – \($0.text(preferring: language))" } ?? ""))
      }
      if let note = form.note { details.append(note.text(preferring: language)) }
      bring.append(
        .init(
          text: name(catalog.papers[form.paper.value]?.name, language, fallback: form.paper.value), details: details,
          tick: true))
    }
    bring += level.papers.filter { $0.status == .asked && $0.caseID == nil }.map(bringItem)
    blocks.append(bring.isEmpty ? .paragraph(words.noPapers) : .list(bring))
    // Each kept case, under its step.
    var seenCases: [String] = []
    for paper in level.papers {
      guard let caseID = paper.caseID else { continue }
      let key = "\(paper.step)/\(caseID)"
      guard !seenCases.contains(key) else { continue }
      seenCases.append(key)
      let items = level.papers.filter { $0.step == paper.step && $0.caseID == caseID && $0.status == .asked }
      let when = paper.caseWhen?.text(preferring: language) ?? caseID
      blocks.append(
        .heading(3, "\(stepName(compilation, paper.step, language, words)) (\(words.caseTitle(when)))", id: nil))
      blocks.append(items.isEmpty ? .paragraph(words.noPapers) : .list(items.map(bringItem)))
    }

    let spared = level.papers.filter { $0.status != .asked }
    if !spared.isEmpty {
      blocks.append(.heading(2, words.notNeeded, id: "not-needed"))
      blocks.append(
        .paragraph(
          words.pick(
            "Các giấy tờ sau của từng bước không phải nộp khi làm thủ tục liên thông:",
            "These papers of the steps are not needed when you file the group:")))
      blocks.append(
        .list(
          spared.map { paper in
            let reason: String
            switch paper.status {
            case .replacedByForm:
              reason = words.pick("Thay bằng tờ khai của nhóm thủ tục", "Replaced by the group's form")
            case .eliminated:
              var sources: [String] = []
              for provision in paper.provisions where !sources.contains(provision.source) {
                sources.append(provision.source)
              }
              reason = sources.map {
                words.heldIn(name(catalog.sources[$0]?.name, language, fallback: $0))
              }.joined(separator: "; ")
            case .produced:
              let step = paper.producedBy?.step ?? 0
              reason = words.pick(
                "Do bước \(step + 1) cấp và được chuyển tiếp trong nhóm thủ tục",
                "Issued by step \(step + 1) and passed on inside the group")
            case .merged:
              let into = paper.mergedInto.map { level.papers[$0].step + 1 } ?? 0
              reason = words.pick(
                "Nộp một lần, chung với giấy tờ của bước \(into)", "Filed once, with step \(into)'s paper")
            case .asked:
              reason = ""
            }
            return .init(
              text: paperLabel(paper.requirement, language, words),
              details: [stepName(compilation, paper.step, language, words), reason])
          }))
    }

    blocks.append(
      .heading(2, words.pick("So với nộp từng thủ tục", "Compared with filing each procedure"), id: "compared"))
    var rows: [[String]] = []
    for step in level.alonePerStep.indices {
      rows.append([
        stepName(compilation, step, language, words), "\(level.aloneCommonPerStep[step])",
        "\(level.alonePerStep[step])",
      ])
    }
    rows.append([
      words.pick("Tổng khi nộp từng thủ tục", "Total, filing each procedure"),
      "\(level.aloneCommonPerStep.reduce(0, +))", "\(level.alonePerStep.reduce(0, +))",
    ])
    let hasForm = bundle.form != nil
    rows.append([
      words.pick("Qua nhóm thủ tục liên thông", "Through the group"),
      "\(level.askedCount(hasForm: hasForm, commonOnly: true))", "\(level.askedCount(hasForm: hasForm))",
    ])
    blocks.append(
      .table(
        headers: [
          words.pick("Hồ sơ", "Dossier"), words.pick("Giấy tờ chung", "Common papers"),
          words.pick("Kể cả các trường hợp", "With every case"),
        ], rows: rows))
    return blocks
  }
}

/// The interconnected groups' lines of report.md: per group and level, the papers a citizen
/// brings filing the steps one by one against filing the group.
enum BundleReport {
  static func blocks(_ compilations: [BundleCompilation], catalog: Catalog) -> [TextDocument.Block] {
    guard !compilations.isEmpty else { return [] }
    let vi = catalog.language == .vi
    func say(_ vietnamese: String, _ english: String) -> String { vi ? vietnamese : english }
    var rows: [[String]] = []
    for compilation in compilations {
      for level in compilation.levels {
        let levelName = vi ? catalog.levels[level.level]?.name?.text(preferring: "vi") ?? level.level : level.level
        let hasForm = compilation.bundle.form != nil
        rows.append([
          compilation.bundle.id.value, levelName, "\(compilation.bundle.steps.count)",
          "\(level.aloneCommonPerStep.reduce(0, +)) (\(level.alonePerStep.reduce(0, +)))",
          "\(level.askedCount(hasForm: hasForm, commonOnly: true)) (\(level.askedCount(hasForm: hasForm)))",
        ])
      }
    }
    return [
      .heading(2, say("Nhóm thủ tục liên thông", "Interconnected groups"), id: nil),
      .paragraph(
        say(
          "Giấy tờ người dân phải nộp khi làm từng thủ tục của nhóm so với khi nộp một hồ sơ liên thông: giấy tờ "
            + "chung, và trong ngoặc kể cả giấy tờ của mọi trường hợp (tờ khai của nhóm tính là một giấy tờ).",
          "Papers a citizen brings filing each step of a group one by one, against filing the group's one dossier: "
            + "common papers, and in brackets with every case's papers (the group's form counted as one paper).")),
      .table(
        headers: [
          say("Nhóm", "Group"), say("Cấp", "Level"), say("Bước", "Steps"), say("Nộp từng thủ tục", "One by one"),
          say("Qua nhóm", "Through the group"),
        ], rows: rows),
    ]
  }
}
