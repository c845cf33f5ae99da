/// `onestop plan`: what to do next, ranked by the requirements it frees. Each action is judged
/// alone against the catalog at `as_of`, by the elimination analysis itself run again on the
/// procedures the action can change:
/// - `connect`: connect source S at level L on `as_of`, for every source that provides a paper
///   some procedure at L requires and that is not connected at L by then;
/// - `list`: add source S to the `data_sources` of the procedures whose papers it would then
///   eliminate (one action per source, over all those procedures);
/// - `digitize`: issue result paper P of procedure C `digitized: true`, where a
///   `procedure-results` source would then eliminate requirements elsewhere.
public struct Plan: Sendable {
  public enum Kind: String, Sendable, Codable, Comparable {
    case connect
    case digitize
    case list

    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
  }

  public struct Action: Sendable, Equatable {
    public var kind: Kind
    public var source: String?
    public var level: String?
    public var procedure: String?
    public var paper: String?
    /// Requirements whose status becomes eliminated.
    public var eliminated: Int
    /// Requirements that go from required to partly eliminated.
    public var partly: Int
    /// The procedures with at least one such requirement, by code.
    public var codes: [String]
    public var procedures: Int { codes.count }
  }

  public var asOf: Day
  /// Ranked: by `eliminated`, then `partly` (both descending), then kind, source, level,
  /// procedure and paper.
  public var actions: [Action]
  /// The assumptions the catalog was judged under, when it is a what-if.
  public var whatIf: WhatIf?

  /// The plan of `catalog`, whose analysis is `analysis`.
  public static func compute(_ catalog: Catalog, analysis: EliminationAnalysis, jobs: Int = 1) -> Plan {
    let finder = ActionFinder(catalog: catalog, analysis: analysis)
    var actions = finder.connectActions() + finder.listActions() + finder.digitizeActions()
    actions.sort(by: Self.ranks)
    return Plan(asOf: catalog.asOf, actions: actions, whatIf: catalog.whatIf)
  }

  static func ranks(_ a: Action, _ b: Action) -> Bool {
    if a.eliminated != b.eliminated { return a.eliminated > b.eliminated }
    if a.partly != b.partly { return a.partly > b.partly }
    if a.kind != b.kind { return a.kind < b.kind }
    for (x, y) in [(a.source, b.source), (a.level, b.level), (a.procedure, b.procedure), (a.paper, b.paper)]
    where x != y {
      return Diagnostic.byteOrder(x ?? "", y ?? "") < 0
    }
    return false
  }
}

/// Finds each kind of action and counts what it frees.
struct ActionFinder {
  let catalog: Catalog
  let analysis: EliminationAnalysis
  /// The non-form papers each procedure requires, parallel to `catalog.procedures`.
  let required: [Set<String>]

  init(catalog: Catalog, analysis: EliminationAnalysis) {
    self.catalog = catalog
    self.analysis = analysis
    required = catalog.procedures.map { procedure in
      var papers: Set<String> = []
      for (requirement, _) in procedure.allRequirements {
        for paper in EliminationAnalysis.eligiblePapers(requirement, in: catalog) { papers.insert(paper) }
      }
      return papers
    }
  }

  /// What an action changes: the requirements freed, counted against the analysis of today.
  struct Effect {
    var eliminated = 0
    var partly = 0
    var codes: [String] = []

    mutating func add(before: EliminationAnalysis.ProcedureResult, after: EliminationAnalysis.ProcedureResult) {
      var changed = false
      for (old, new) in zip(before.requirements, after.requirements) {
        if new.status == .eliminated, old.status != .eliminated {
          eliminated += 1
          changed = true
        } else if new.status == .partlyEliminated, old.status == .required {
          partly += 1
          changed = true
        }
      }
      if changed { codes.append(after.code) }
    }

    var isEmpty: Bool { eliminated == 0 && partly == 0 }
  }

  /// The papers a source holds in this catalog.
  private func papers(of source: SharedSource) -> Set<String> {
    switch source.kind {
    case .database: Set(source.provides.map(\.value))
    case .procedureResults: catalog.digitizedResults
    }
  }

  private func action(
    _ kind: Kind, source: String? = nil, level: String? = nil, procedure: String? = nil,
    paper: String? = nil, _ effect: Effect
  ) -> Plan.Action {
    Plan.Action(
      kind: kind, source: source, level: level, procedure: procedure, paper: paper, eliminated: effect.eliminated,
      partly: effect.partly, codes: effect.codes.sorted { Diagnostic.byteOrder($0, $1) < 0 })
  }

  typealias Kind = Plan.Kind

  func connectActions() -> [Plan.Action] {
    var actions: [Plan.Action] = []
    let judged = analysis.procedures.map(\.levels)
    for source in uniqueSources() {
      let holds = papers(of: source)
      guard !holds.isEmpty else { continue }
      for level in catalog.rules.levels where !catalog.isRetired(level: level.id.value) {
        let levelID = level.id.value
        if let since = source.connectedSince(level: levelID), since <= catalog.asOf { continue }
        // The procedures at the level that require a paper the source holds.
        let candidates = catalog.procedures.indices.filter { index in
          judged[index].contains(levelID) && !required[index].isDisjoint(with: holds)
        }
        guard !candidates.isEmpty else { continue }
        let what = WhatIf(connections: [WhatIf.Connection(source: source.id.value, level: levelID)])
        let assumed = assuming(what)
        var effect = Effect()
        for index in candidates
        where catalog.procedures[index].dataSources.contains(where: { $0.value == source.id.value }) {
          effect.add(
            before: analysis.procedures[index],
            after: EliminationAnalysis.analyze(catalog.procedures[index], in: assumed))
        }
        actions.append(action(.connect, source: source.id.value, level: levelID, effect))
      }
    }
    return actions
  }

  func listActions() -> [Plan.Action] {
    var actions: [Plan.Action] = []
    for source in uniqueSources() {
      let holds = papers(of: source)
      guard !holds.isEmpty else { continue }
      var effect = Effect()
      for (index, procedure) in catalog.procedures.enumerated()
      where !procedure.dataSources.contains(where: { $0.value == source.id.value })
        && !required[index].isDisjoint(with: holds)
      {
        var listed = procedure
        listed.dataSources.append(Located(source.id.value, procedure.range))
        effect.add(before: analysis.procedures[index], after: EliminationAnalysis.analyze(listed, in: catalog))
      }
      guard !effect.isEmpty else { continue }
      actions.append(action(.list, source: source.id.value, effect))
    }
    return actions
  }

  func digitizeActions() -> [Plan.Action] {
    guard catalog.rules.sources.contains(where: { $0.kind == .procedureResults }) else { return [] }
    // One effect per paper: every procedure issuing it undigitized frees the same requirements.
    var effects: [String: Effect] = [:]
    var actions: [Plan.Action] = []
    for procedure in catalog.procedures {
      for case .paper(let paper, digitized: false) in procedure.results
      where !catalog.digitizedResults.contains(paper.value) {
        let effect: Effect
        if let known = effects[paper.value] {
          effect = known
        } else {
          effect = digitizing(paper: paper.value, of: procedure.code.value)
          effects[paper.value] = effect
        }
        guard !effect.isEmpty else { continue }
        actions.append(action(.digitize, procedure: procedure.code.value, paper: paper.value, effect))
      }
    }
    return actions
  }

  private func digitizing(paper: String, of code: String) -> Effect {
    let assumed = assuming(WhatIf(digitizations: [WhatIf.Digitization(code: code, paper: paper)]))
    var effect = Effect()
    for (index, procedure) in assumed.procedures.enumerated() where required[index].contains(paper) {
      effect.add(before: analysis.procedures[index], after: EliminationAnalysis.analyze(procedure, in: assumed))
    }
    return effect
  }

  /// The catalog with `whatIf` applied, as `--assume-*` gives it.
  func assuming(_ whatIf: WhatIf) -> Catalog {
    var rules = catalog.rules
    var procedures = catalog.procedures
    _ = whatIf.apply(to: &rules, language: catalog.language)
    whatIf.settle(&rules, asOf: catalog.asOf)
    _ = whatIf.apply(to: &procedures, language: catalog.language)
    var assumed = Catalog(
      rules: rules, procedures: procedures, asOf: catalog.asOf, language: catalog.language,
      vocabulary: catalog.vocabulary)
    assumed.bundles = catalog.bundles
    return assumed
  }

  /// Each source once, as the analysis reads it (a duplicated id counts as its first definition).
  private func uniqueSources() -> [SharedSource] {
    var seen: Set<String> = []
    return catalog.rules.sources.filter { seen.insert($0.id.value).inserted }
  }
}
