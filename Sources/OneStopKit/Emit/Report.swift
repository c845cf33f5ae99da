/// report.md: the catalog's figures against Decision 468/QĐ-TTg's targets.
struct ReportBuilder {
  let catalog: Catalog
  let analysis: EliminationAnalysis

  /// The target in force at `as_of`: the latest one due on or before it, else the next one due.
  static func target(_ targets: [Targets.Target], asOf: Day) -> Targets.Target? {
    let due = targets.filter { $0.by <= asOf }.max { $0.by < $1.by }
    return due ?? targets.filter { $0.by > asOf }.min { $0.by < $1.by }
  }

  static func percent(_ part: Int, _ whole: Int) -> Double {
    whole == 0 ? 0 : Double(part) * 100 / Double(whole)
  }

  static func format(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }

  func targetCell(_ value: Double, _ target: Targets.Target?) -> (String, String) {
    guard let target else { return ("–", "no target") }
    let met = value + 1e-9 >= target.percent
    let text = "\(Self.format(target.percent)) by \(target.by)"
    if target.by > catalog.asOf { return (text, met ? "met early" : "due later") }
    return (text, met ? "met" : "not met")
  }

  func document() -> TextDocument {
    let asOf = catalog.asOf
    let targets = catalog.rules.policy.targets
    var blocks: [TextDocument.Block] = [
      .heading(1, "Once-only report", id: nil),
      .paragraph(
        "Figures of the catalog judged at \(asOf) against the targets of Decision 468/QĐ-TTg (rules/policy.yaml). A paper is eliminated when a shared database connected at every level of its procedure provides it; partly eliminated when at some levels only."
      ),
    ]
    // Lazy views: a national catalog has more than half a million requirements.
    let pairs = zip(catalog.procedures, analysis.procedures)
    let counts = analysis.counts
    let (eliminated, partly, kept, forms) = (counts.eliminated, counts.partlyEliminated, counts.kept, counts.forms)
    let total = counts.requirements
    let share = Self.percent(eliminated, total)
    let (targetText, verdict) = targetCell(share, Self.target(targets.notReprovided, asOf: asOf))

    blocks.append(.heading(2, "Papers citizens need not re-provide", id: nil))
    blocks.append(
      .table(
        headers: ["Figure", "Value", "Target", "Status"],
        rows: [
          ["Procedures", "\(catalog.procedures.count)", "", ""],
          ["Paper requirements", "\(total)", "", ""],
          ["of which forms (never eliminated)", "\(forms)", "", ""],
          ["Eliminated at every level", "\(eliminated) (\(Self.format(share)))", targetText, verdict],
          [
            "Eliminated, among papers other than forms", "\(Self.format(Self.percent(eliminated, total - forms)))",
            "", "",
          ],
          ["Partly eliminated", "\(partly) (\(Self.format(Self.percent(partly, total))))", "", ""],
          ["Kept by a waiver", "\(kept)", "", ""],
        ]))

    blocks.append(.heading(2, "Eliminated per level", id: nil))
    var levelRows: [[String]] = []
    for level in catalog.rules.levels {
      var total = 0
      var gone = 0
      for result in analysis.procedures where result.levels.contains(level.id.value) {
        for requirement in result.requirements {
          total += 1
          if requirement.level(level.id.value)?.status == .eliminated { gone += 1 }
        }
      }
      guard total > 0 else { continue }
      levelRows.append([level.id.value, "\(total)", "\(gone)", Self.format(Self.percent(gone, total))])
    }
    blocks.append(.table(headers: ["Level", "Requirements", "Not re-provided there", "Share"], rows: levelRows))

    blocks.append(.heading(2, "Eliminated per source", id: nil))
    // One pass: each requirement counts once for every source that replaces it somewhere.
    var replaced: [String: Int] = [:]
    var seen: [String] = []
    for result in analysis.procedures {
      for requirement in result.requirements {
        seen.removeAll(keepingCapacity: true)
        for level in requirement.levels where level.status == .eliminated {
          for provision in level.provisions where !seen.contains(provision.source) {
            seen.append(provision.source)
            replaced[provision.source, default: 0] += 1
          }
        }
      }
    }
    var sourceRows: [[String]] = []
    for source in catalog.rules.sources {
      let count = replaced[source.id.value] ?? 0
      sourceRows.append([source.id.value, "\(count)", Self.format(Self.percent(count, total))])
    }
    blocks.append(
      .table(headers: ["Source", "Requirements it replaces at one level or more", "Share of all"], rows: sourceRows))

    blocks.append(.heading(2, "Online service", id: nil))
    // Counted, not filtered: a filtered copy of a national catalog's procedures is 40 MB.
    let online = catalog.procedures.count { $0.channels.contains { $0.kind.value == .online } }
    let full = catalog.procedures.count {
      $0.channels.contains { $0.kind.value == .online && $0.onlineLevel?.value == .full }
    }
    let onlineShare = Self.percent(online, catalog.procedures.count)
    let (onlineTarget, onlineVerdict) = targetCell(onlineShare, Self.target(targets.onlineDossiers, asOf: asOf))
    blocks.append(
      .table(
        headers: ["Figure", "Value", "Target", "Status"],
        rows: [
          [
            "Procedures with an online channel", "\(online) (\(Self.format(onlineShare)))", onlineTarget, onlineVerdict,
          ],
          [
            "Procedures fully online (toàn trình)",
            "\(full) (\(Self.format(Self.percent(full, catalog.procedures.count))))", "", "",
          ],
        ]))
    blocks.append(
      .paragraph(
        "The Decision's online target counts dossiers filed online; the catalog knows channels, not dossiers, so the share of procedures with an online channel stands in for it."
      ))

    blocks.append(.heading(2, "Results digitized per level", id: nil))
    var digitizedRows: [[String]] = []
    for level in catalog.rules.levels {
      var total = 0
      var digitized = 0
      for (procedure, result) in pairs where result.levels.contains(level.id.value) {
        for case .paper(_, let isDigitized) in procedure.results {
          total += 1
          if isDigitized { digitized += 1 }
        }
      }
      // A target without a level applies to every level.
      let levelTargets = targets.digitizedResults.filter { $0.level == nil || $0.level?.value == level.id.value }
      guard total > 0 || !levelTargets.isEmpty else { continue }
      let value = Self.percent(digitized, total)
      let (text, verdict) =
        total == 0 ? ("–", "no results at this level") : targetCell(value, Self.target(levelTargets, asOf: asOf))
      digitizedRows.append([level.id.value, "\(total)", "\(digitized) (\(Self.format(value)))", text, verdict])
    }
    blocks.append(.table(headers: ["Level", "Paper results", "Digitized", "Target", "Status"], rows: digitizedRows))
    return TextDocument(title: "Once-only report", parts: [TextDocument.Part(language: "en", blocks: blocks)])
  }
}
