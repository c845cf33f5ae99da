/// The elimination analysis of Decision 468's once-only principle: which papers a citizen no longer
/// provides, because a shared database connected at the procedure's level already holds them.
///
/// A requirement is eliminated at level L when one of its non-form paper types is provided by a
/// source the procedure lists in `data_sources`, connected at L on or before `as_of`. It is
/// eliminated when that holds at every level of the procedure, partly eliminated when at some.
/// A valid `keep:` waiver keeps it required.
public struct EliminationAnalysis: Sendable {
  /// One source that makes a paper obtainable at a level.
  public struct Provision: Sendable, Hashable, Codable {
    public var source: String
    public var paper: String
    public var since: Day
  }

  public enum LevelStatus: String, Sendable, Codable {
    case required
    case eliminated
  }

  public struct LevelResult: Sendable {
    public var level: String
    public var status: LevelStatus
    /// The listed, connected sources that provide the paper there, in `data_sources` order, each
    /// source's paper types in the requirement's order: empty when the paper cannot be obtained
    /// there; kept (with status `required`) when a waiver keeps an obtainable paper.
    public var provisions: [Provision]
  }

  public enum Status: String, Sendable, Codable {
    /// Still to provide at every level.
    case required
    /// Obtainable at every level: dropped from the checklist.
    case eliminated
    /// Obtainable at some levels only.
    case partlyEliminated = "partly-eliminated"
    /// Obtainable, but kept by a valid waiver.
    case kept
  }

  public struct RequirementResult: Sendable {
    public var requirementID: String
    public var caseID: String?
    public var status: Status
    /// What the status would be without the waiver (differs from `status` only when kept).
    public var obtainability: Status
    public var levels: [LevelResult]
    /// Whether every alternative is a form (never eliminated).
    public var isForm: Bool

    public func level(_ id: String) -> LevelResult? {
      levels.first { $0.level == id }
    }

    public var eliminatedLevels: [String] { levels.filter { $0.status == .eliminated }.map(\.level) }
    public var requiredLevels: [String] { levels.filter { $0.status == .required }.map(\.level) }
  }

  public struct ProcedureResult: Sendable {
    public var code: String
    /// The levels the analysis judged, in levels.yaml order (retired ones left out when others remain).
    public var levels: [String]
    /// In the order of `Procedure.allRequirements`.
    public var requirements: [RequirementResult]
  }

  /// Parallel to `Catalog.procedures`.
  public var procedures: [ProcedureResult]

  /// How many requirements of the whole catalog have each status, and how many are forms.
  public struct Counts: Sendable, Equatable {
    public var requirements = 0
    public var required = 0
    public var eliminated = 0
    public var partlyEliminated = 0
    public var kept = 0
    public var forms = 0
  }

  /// The catalog's counts in one plain pass (a lazy flatten-and-filter per figure cost 5% of a
  /// build: its generic index walking is slow, and the report and catalog.json ask for six).
  public var counts: Counts {
    var counts = Counts()
    for procedure in procedures {
      for requirement in procedure.requirements {
        counts.requirements += 1
        if requirement.isForm { counts.forms += 1 }
        switch requirement.status {
        case .required: counts.required += 1
        case .eliminated: counts.eliminated += 1
        case .partlyEliminated: counts.partlyEliminated += 1
        case .kept: counts.kept += 1
        }
      }
    }
    return counts
  }

  public init(procedures: [ProcedureResult]) {
    self.procedures = procedures
  }

  public static func analyze(_ catalog: Catalog, jobs: Int) -> EliminationAnalysis {
    EliminationAnalysis(procedures: parallelMap(catalog.procedures, jobs: jobs) { analyze($0, in: catalog) })
  }

  /// The levels of a procedure the analysis judges: current ones in levels.yaml order; all of
  /// them if none is current (the procedure is then a `level-retired` error anyway).
  static func judgedLevels(_ procedure: Procedure, in catalog: Catalog) -> [String] {
    var levels: [String] = []
    for level in procedure.levels where catalog.levels[level.value] != nil && !levels.contains(level.value) {
      levels.append(level.value)
    }
    // The index alone in the closure: capturing `catalog` copied the whole value (25 retains).
    let order = catalog.levelOrder
    levels.sort { (order[$0] ?? 0) < (order[$1] ?? 0) }
    let current = levels.filter { !catalog.isRetired(level: $0) }
    return current.isEmpty ? levels : current
  }

  public static func analyze(_ procedure: Procedure, in catalog: Catalog) -> ProcedureResult {
    let levels = judgedLevels(procedure, in: catalog)
    // A source's rank is its place in `data_sources` (its first, if listed twice): a few ids.
    let listed = procedure.dataSources.map(\.value)
    var results: [RequirementResult] = []
    results.reserveCapacity(procedure.papers.count)
    for (requirement, caseID) in procedure.allRequirements {
      let eligible = eligiblePapers(requirement, in: catalog)
      let isForm = eligible.isEmpty && !requirement.alternatives.isEmpty
      var levelResults: [LevelResult] = []
      for level in levels {
        let provisions = Self.provisions(of: eligible, at: level, in: catalog) { listed.firstIndex(of: $0.source) }
        levelResults.append(
          LevelResult(level: level, status: provisions.isEmpty ? .required : .eliminated, provisions: provisions))
      }
      let eliminatedCount = levelResults.filter { $0.status == .eliminated }.count
      let obtainability: Status =
        eliminatedCount == 0 ? .required : eliminatedCount == levelResults.count ? .eliminated : .partlyEliminated
      var status = obtainability
      if obtainability != .required, let waiver = requirement.keep, !Self.isExpired(waiver, catalog.asOf) {
        status = .kept
        for index in levelResults.indices { levelResults[index].status = .required }
      }
      results.append(
        RequirementResult(
          requirementID: requirement.id.value, caseID: caseID, status: status, obtainability: obtainability,
          levels: levelResults, isForm: isForm))
    }
    return ProcedureResult(code: procedure.code.value, levels: levels, requirements: results)
  }

  /// The sources that `rank` admits (nil leaves a source out), connected at `level` by `as_of`,
  /// that provide one of `papers`: ordered by the sources' ranks, then by the papers' order, so
  /// that a reader goes database by database, then paper by paper.
  static func provisions(
    of papers: [String], at level: String, in catalog: Catalog, rank: (SourceConnections) -> Int?
  ) -> [Provision] {
    // Found paper by paper, they are most often in order already: kept as they come, and found
    // again with their ranks to be sorted only when two come out of order.
    var provisions: [Provision] = []
    var last = (rank: Int.min, paper: 0)
    let inOrder = forEachProvision(of: papers, at: level, in: catalog, rank: rank) { rank, paper, provision in
      guard (rank, paper) >= last else { return false }
      last = (rank, paper)
      provisions.append(provision)
      return true
    }
    if inOrder { return provisions }
    var found: [(rank: Int, paper: Int, provision: Provision)] = []
    _ = forEachProvision(of: papers, at: level, in: catalog, rank: rank) { rank, paper, provision in
      found.append((rank, paper, provision))
      return true
    }
    found.sort { ($0.rank, $0.paper) < ($1.rank, $1.paper) }
    return found.map { $0.provision }
  }

  /// Calls `body` with each provision, its source's rank and its paper's index, paper by paper,
  /// until `body` returns false; returns whether it never did.
  private static func forEachProvision(
    of papers: [String], at level: String, in catalog: Catalog, rank: (SourceConnections) -> Int?,
    _ body: (Int, Int, Provision) -> Bool
  ) -> Bool {
    for (paperIndex, paper) in papers.enumerated() {
      guard let connections = catalog.connections[paper] else { continue }
      for connection in connections {
        guard let since = connection.since(level: level), since <= catalog.asOf, let rank = rank(connection) else {
          continue
        }
        guard body(rank, paperIndex, Provision(source: connection.source, paper: paper, since: since)) else {
          return false
        }
      }
    }
    return true
  }

  /// A requirement's paper types that can be eliminated: its alternatives but forms.
  static func eligiblePapers(_ requirement: Requirement, in catalog: Catalog) -> [String] {
    var papers: [String] = []
    papers.reserveCapacity(requirement.alternatives.count)
    for alternative in requirement.alternatives where !catalog.formPapers.contains(alternative.value) {
      papers.append(alternative.value)
    }
    return papers
  }

  /// A waiver's `until` is its last day: it has expired when the judging day is after it.
  static func isExpired(_ waiver: Waiver, _ asOf: Day) -> Bool {
    guard let until = waiver.until?.value else { return false }
    return until < asOf
  }
}
