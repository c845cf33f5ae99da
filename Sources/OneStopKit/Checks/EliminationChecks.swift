/// A check over one procedure's elimination analysis.
public protocol EliminationCheck: Check {
  init()
  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings)
}

extension EliminationAnalysis.Provision {
  /// `'population' since 2021-12-31`
  var phrase: String { "'\(source)' since \(since)" }
}

/// `'citizen-id' from 'population' (central since 2021-07-01, commune since 2021-12-31)`: the
/// provisions grouped by paper and source, levels in the procedure's order, for messages.
func provisionsPhrase(_ provisions: [(level: String, provision: EliminationAnalysis.Provision)]) -> String {
  // Built by appending to one string: two findings in five carry such a phrase, so at national
  // scale this runs hundreds of thousands of times.
  var groups: [(paper: String, source: String, levels: [Int])] = []
  for (index, entry) in provisions.enumerated() {
    let provision = entry.provision
    if let group = groups.firstIndex(where: { $0.paper == provision.paper && $0.source == provision.source }) {
      groups[group].levels.append(index)
    } else {
      groups.append((provision.paper, provision.source, [index]))
    }
  }
  // Bytes first, one String at the end: each `+=` on a String cost some 340 instructions.
  var phrase: [UInt8] = []
  phrase.reserveCapacity(64 * groups.count + 32 * provisions.count)
  for (number, group) in groups.enumerated() {
    if number > 0 { phrase += ", ".utf8 }
    phrase += "'".utf8
    phrase += group.paper.utf8
    phrase += "' from '".utf8
    phrase += group.source.utf8
    phrase += "' (".utf8
    for (position, index) in group.levels.enumerated() {
      if position > 0 { phrase += ", ".utf8 }
      phrase += provisions[index].level.utf8
      phrase += " since ".utf8
      phrase += provisions[index].provision.since.description.utf8
    }
    phrase += ")".utf8
  }
  return String(decoding: phrase, as: UTF8.self)
}

private func eliminatedPhrase(_ levels: [EliminationAnalysis.LevelResult]) -> String {
  provisionsPhrase(
    levels.filter { $0.status == .eliminated }.flatMap { level in level.provisions.map { (level.level, $0) } })
}

extension EliminationAnalysis.ProcedureResult {
  /// Each result with the requirement it describes (results are in `allRequirements` order).
  func pairs(_ procedure: Procedure) -> Zip2Sequence<RequirementList, [EliminationAnalysis.RequirementResult]> {
    zip(procedure.allRequirements, requirements)
  }
}

/// The example procedure, querying the population database.
private let eliminationProcedure = ExampleCatalog.procedure.replacingOccurrences(
  of: "levels: [commune]\n", with: "levels: [commune]\ndata_sources: [population]\n")

private func with(_ lines: String, levels: String = "[commune]", sources: String = "[population]") -> String {
  eliminationProcedure
    .replacingOccurrences(of: "levels: [commune]", with: "levels: \(levels)")
    .replacingOccurrences(of: "data_sources: [population]", with: "data_sources: \(sources)")
    .replacingOccurrences(
      of: "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}\n",
      with: "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}\n" + lines)
}

/// `paper-obtainable`: a paper every level can fetch from a connected database.
struct PaperObtainableCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "paper-obtainable", severity: .warning, stage: .elimination,
    summary: "paper is obtainable from a connected shared database at every level of the procedure",
    rationale: """
      Decision 468/QĐ-TTg: citizens must not re-provide a paper the state already holds. When a \
      database the procedure may query provides the paper and is connected at every level of the \
      procedure, the paper is eliminated: `onestop build` drops it from the citizen's checklist. The \
      announced dossier should be amended to match, or the paper kept with an accountable waiver.
      """,
    triggering: [
      Example(with("  - ↓{id: identity, paper: citizen-id, presented: true}\n")),
      Example(with("  - ↓{id: identity, any_of: [passport, citizen-id]}\n")),
      Example(
        with("  - ↓{id: old-certificate, paper: birth-certificate}\n", sources: "[population, results-warehouse]")),
    ],
    nonTriggering: [
      Example(with("  - {id: identity, paper: citizen-id}\n", sources: "[]")),
      Example(with("  - {id: identity, paper: citizen-id}\n"), asOf: "2021-12-30"),
      Example(
        with(
          "  - id: identity\n    paper: citizen-id\n    keep: {reason: {vi: Đối chiếu ảnh, en: Photo check}, legal_basis: 123/2015/NĐ-CP art. 9}\n"
        )),
      Example(with("  - {id: old-certificate, paper: birth-certificate}\n", sources: "[population]")),
    ])

  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings
  ) {
    for ((requirement, _), item) in result.pairs(procedure) where item.status == .eliminated {
      findings.report(
        Self.self,
        "requirement '\(item.requirementID)' is obtainable at every level of the procedure: \(eliminatedPhrase(item.levels))",
        file: procedure.file, at: requirement.range,
        help:
          "remove it from the announced dossier (the generated checklist already drops it), or add a `keep:` waiver with a reason and legal basis"
      )
    }
  }
}

/// `paper-partly-obtainable`: obtainable at some levels of the procedure only.
struct PaperPartlyObtainableCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "paper-partly-obtainable", severity: .info, stage: .elimination,
    summary: "paper is obtainable at some levels of the procedure only",
    rationale: """
      Where a database is connected at some levels and not at others, the citizen's answer depends \
      on where they file; the checklist says so per level, and the finding names the levels still \
      waiting for a connection.
      """,
    triggering: [
      Example(with("  - ↓{id: identity, paper: citizen-id}\n", levels: "[central, commune]"), asOf: "2021-10-01")
    ],
    nonTriggering: [
      Example(with("  - {id: identity, paper: citizen-id}\n", levels: "[central, commune]")),
      Example(with("  - {id: identity, paper: citizen-id}\n", levels: "[central, commune]"), asOf: "2021-06-30"),
    ])

  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings
  ) {
    for ((requirement, _), item) in result.pairs(procedure) where item.status == .partlyEliminated {
      findings.report(
        Self.self,
        "requirement '\(item.requirementID)' is obtainable at some levels only: \(eliminatedPhrase(item.levels)); still required at \(item.requiredLevels.joined(separator: ", "))",
        file: procedure.file, at: requirement.range,
        help: "the checklist shows the difference per level; connect the database at the other levels to drop it")
    }
  }
}

/// `missed-source`: a connected database provides the paper, but the procedure does not list it.
struct MissedSourceCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "missed-source", severity: .warning, stage: .elimination,
    summary: "a connected database provides a still-required paper, but the procedure does not list it",
    rationale: """
      A paper stays required only because the procedure's `data_sources` leaves out the database \
      that holds it. Listing the database (after checking the procedure's law allows the query) \
      eliminates the paper. One finding per requirement, only where it is still required and has no \
      waiver; a form alternative of an `any_of` never qualifies.
      """,
    triggering: [
      Example(with("  - ↓{id: identity, paper: citizen-id}\n", sources: "[]")),
      Example(with("  - ↓{id: marriage, paper: marriage-certificate}\n", levels: "[provincial]")),
    ],
    nonTriggering: [
      Example(with("  - {id: identity, paper: citizen-id}\n")),
      Example(with("  - {id: marriage, paper: marriage-certificate}\n")),
      Example(
        with(
          "  - id: identity\n    paper: citizen-id\n    keep: {reason: {vi: Đối chiếu ảnh, en: Photo check}, legal_basis: 123/2015/NĐ-CP art. 9}\n",
          sources: "[]")),
    ])

  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings
  ) {
    var listed: Set<String>? = nil
    for ((requirement, _), item) in result.pairs(procedure)
    where (item.status == .required || item.status == .partlyEliminated) && requirement.keep == nil && !item.isForm {
      if listed == nil { listed = Set(procedure.dataSources.map(\.value)) }
      let eligible = EliminationAnalysis.eligiblePapers(requirement, in: catalog)
      var missed: [(level: String, provision: EliminationAnalysis.Provision)] = []
      for level in item.levels where level.status == .required {
        // The sources the procedure does not list, in rules/sources.yaml order.
        for provision in EliminationAnalysis.provisions(
          of: eligible, at: level.level, in: catalog,
          rank: { listed!.contains($0.source) ? nil : $0.position })
        {
          missed.append((level.level, provision))
        }
      }
      guard !missed.isEmpty else { continue }
      findings.report(
        Self.self,
        "requirement '\(item.requirementID)' is still required, but sources the procedure does not list provide it: \(provisionsPhrase(missed))",
        file: procedure.file, at: requirement.range,
        help: "add the source to `data_sources` if the procedure's law allows the query")
    }
  }
}

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
      Example(with("", levels: "[commune]", sources: "[population, ↓civil-status]")),
      Example(with("", levels: "[central, commune]", sources: "[population, ↓civil-status]")),
    ],
    nonTriggering: [
      Example(with("", levels: "[provincial]", sources: "[population, civil-status]")),
      Example(with("", levels: "[commune]", sources: "[population, civil-status]"), asOf: "2027-01-01"),
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

/// `waiver-expired`: a `keep:` waiver past its `until`.
struct WaiverExpiredCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "waiver-expired", stage: .elimination,
    summary: "a `keep:` waiver is past its `until` date",
    rationale: """
      A waiver is an accountable, temporary exception to the once-only principle. Past its date it \
      no longer holds: renew it with a new legal basis, or let the paper be eliminated.
      """,
    triggering: [
      Example(
        with(
          "  - id: identity\n    paper: citizen-id\n    keep: {reason: {vi: Đối chiếu ảnh, en: Photo check}, legal_basis: 123/2015/NĐ-CP art. 9, until: ↓2025-12-31}\n"
        ))
    ],
    nonTriggering: [
      Example(
        with(
          "  - id: identity\n    paper: citizen-id\n    keep: {reason: {vi: Đối chiếu ảnh, en: Photo check}, legal_basis: 123/2015/NĐ-CP art. 9, until: 2026-11-29}\n"
        ))
    ])

  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings
  ) {
    for (requirement, _) in procedure.allRequirements {
      guard let waiver = requirement.keep, let until = waiver.until,
        EliminationAnalysis.isExpired(waiver, catalog.asOf)
      else { continue }
      findings.report(
        Self.self,
        "waiver of requirement '\(requirement.id.value)' ended on \(until.value) (judged at \(catalog.asOf))",
        file: procedure.file, at: until.range,
        help: "renew it with a later `until` and a legal basis, or remove `keep:` to let the paper be eliminated")
    }
  }
}

/// `unneeded-waiver`: a `keep:` waiver on a paper that no listed, connected database provides.
struct UnneededWaiverCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "unneeded-waiver", severity: .warning, stage: .elimination,
    summary: "a `keep:` waiver on a paper that is not obtainable anyway",
    rationale: """
      A waiver that keeps nothing hides the moment the paper becomes obtainable; remove it so the \
      analysis speaks up when a database is connected.
      """,
    triggering: [
      Example(
        with(
          "  - id: passport\n    paper: passport\n    ↓keep: {reason: {vi: Đối chiếu, en: Check}, legal_basis: 123/2015/NĐ-CP art. 9}\n"
        ))
    ],
    nonTriggering: [
      Example(
        with(
          "  - id: identity\n    paper: citizen-id\n    keep: {reason: {vi: Đối chiếu ảnh, en: Photo check}, legal_basis: 123/2015/NĐ-CP art. 9}\n"
        ))
    ])

  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings
  ) {
    for ((requirement, _), item) in result.pairs(procedure) where item.obtainability == .required {
      guard let waiver = requirement.keep else { continue }
      findings.report(
        Self.self,
        "requirement '\(item.requirementID)' has a waiver, but no listed source connected at its levels provides it",
        file: procedure.file, at: waiver.range, help: "remove `keep:`; the paper is required anyway")
    }
  }
}
