/// The dossier of an interconnected group (`ProcedureBundle`), compiled from its steps per level
/// at `as_of` (docs/format.md §3.14): each step requirement replaced by the group's form,
/// eliminated as it is alone, produced by an earlier step, merged with an earlier step's, or asked.
public struct BundleCompilation: Sendable {
  public enum Status: String, Sendable, Codable {
    /// Still to bring.
    case asked
    /// An application form the group's own form replaces.
    case replacedByForm = "replaced-by-form"
    /// Eliminated by a shared database, as in the step alone.
    case eliminated
    /// Issued by an earlier step: it flows inside the group.
    case produced
    /// Asked once, with an earlier step's paper of the same types.
    case merged
  }

  /// One requirement of one step, judged inside the group.
  public struct Paper: Sendable {
    /// The step's place in `steps` (0-based).
    public var step: Int
    public var code: String
    public var requirement: Requirement
    public var caseID: String?
    /// The case's `when`, for the checklist.
    public var caseWhen: LocalizedText?
    public var status: Status
    /// `produced`: the earlier step that issues it, and the paper type.
    public var producedBy: (step: Int, paper: String)?
    /// `merged`: the index (in the level's `papers`) of the paper it is asked with.
    public var mergedInto: Int?
    /// `asked`: every step it serves (its own first, then those merged into it).
    public var serves: [Int]
    /// `asked`: the copies to bring, the largest of each kind among the merged papers.
    public var copies: Copies?
    /// `asked`: shown at the desk only when every merged paper is.
    public var presented: Bool
    /// `eliminated`: the sources that provide it.
    public var provisions: [EliminationAnalysis.Provision]
    /// Asked, though one of its paper types is issued only by a later step (`bundle-step-order`).
    public var laterProducer: (step: Int, paper: String)?

    public var paperTypes: [String] { requirement.alternatives.map(\.value) }
  }

  public struct Level: Sendable {
    public var level: String
    /// In step order; each step's common papers, then its kept cases'.
    public var papers: [Paper]
    /// What filing the steps one by one asks there: per step, its requirements (common and kept
    /// cases) that the step alone does not eliminate.
    public var alonePerStep: [Int]
    /// The same, common papers only (what every applicant brings, whatever the case).
    public var aloneCommonPerStep: [Int]

    /// The papers a citizen brings through the group: the asked ones, and the group's form.
    public func askedCount(hasForm: Bool, commonOnly: Bool = false) -> Int {
      papers.filter { $0.status == .asked && (!commonOnly || $0.caseID == nil) }.count + (hasForm ? 1 : 0)
    }
  }

  public var bundle: ProcedureBundle
  /// Each step's procedure, parallel to `bundle.steps` (nil: no catalog procedure has the code).
  public var procedures: [Procedure?]
  /// The levels judged, in levels.yaml order.
  public var levels: [Level]

  /// Compiles `bundle` against the catalog's procedures, indexed by code.
  public static func compile(
    _ bundle: ProcedureBundle, in catalog: Catalog, procedures byCode: [String: Procedure]
  ) -> BundleCompilation {
    let procedures = bundle.steps.map { byCode[$0.code.value] }
    let analyses = procedures.map { $0.map { EliminationAnalysis.analyze($0, in: catalog) } }
    var levels: [Level] = []
    for level in judgedLevels(bundle, in: catalog) {
      levels.append(
        compileLevel(level, bundle: bundle, procedures: procedures, analyses: analyses))
    }
    return BundleCompilation(bundle: bundle, procedures: procedures, levels: levels)
  }

  /// Every bundle of the catalog, compiled.
  public static func compileAll(_ catalog: Catalog) -> [BundleCompilation] {
    guard !catalog.bundles.isEmpty else { return [] }
    let byCode = index(catalog.procedures)
    return catalog.bundles.map { compile($0, in: catalog, procedures: byCode) }
  }

  /// Procedures by code, the first of a code winning (as `duplicate-code` reports the rest).
  public static func index(_ procedures: [Procedure]) -> [String: Procedure] {
    var byCode: [String: Procedure] = [:]
    for procedure in procedures where byCode[procedure.code.value] == nil { byCode[procedure.code.value] = procedure }
    return byCode
  }

  /// The group's levels the compilation judges: known ones in levels.yaml order, retired ones
  /// left out while others remain (as §6.1 does for a procedure).
  static func judgedLevels(_ bundle: ProcedureBundle, in catalog: Catalog) -> [String] {
    var levels: [String] = []
    for level in bundle.levels where catalog.levels[level.value] != nil && !levels.contains(level.value) {
      levels.append(level.value)
    }
    let order = catalog.levelOrder
    levels.sort { (order[$0] ?? 0) < (order[$1] ?? 0) }
    let current = levels.filter { !catalog.isRetired(level: $0) }
    return current.isEmpty ? levels : current
  }

  /// Whether a step keeps a requirement: common papers always, a case's when the step keeps it.
  static func keeps(_ step: BundleStep, caseID: String?) -> Bool {
    guard let caseID, let kept = step.cases else { return true }
    return kept.contains { $0.value == caseID }
  }

  private static func compileLevel(
    _ level: String, bundle: ProcedureBundle, procedures: [Procedure?],
    analyses: [EliminationAnalysis.ProcedureResult?]
  ) -> Level {
    var papers: [Paper] = []
    var alonePerStep: [Int] = []
    var aloneCommonPerStep: [Int] = []
    // Paper type -> the first step that issues it.
    var issuedBefore: [String: Int] = [:]
    var issuedBy: [String: Int] = [:]
    for (index, procedure) in procedures.enumerated() {
      guard let procedure else { continue }
      for case .paper(let paper, _) in procedure.results where issuedBy[paper.value] == nil {
        issuedBy[paper.value] = index
      }
    }
    // Sorted paper types of an asked common paper -> its index in `papers`.
    var common: [[String]: Int] = [:]
    for (index, step) in bundle.steps.enumerated() {
      guard let procedure = procedures[index], let analysis = analyses[index] else {
        alonePerStep.append(0)
        aloneCommonPerStep.append(0)
        continue
      }
      var alone = 0
      var aloneCommon = 0
      var whens: [String: LocalizedText] = [:]
      for item in procedure.cases { whens[item.id.value] = item.when }
      for (position, (requirement, caseID)) in procedure.allRequirements.enumerated()
      where keeps(step, caseID: caseID) && position < analysis.requirements.count {
        let result = analysis.requirements[position]
        let eliminated: Bool
        let provisions: [EliminationAnalysis.Provision]
        if let levelResult = result.level(level) {
          eliminated = levelResult.status == .eliminated
          provisions = levelResult.provisions
        } else {
          eliminated = result.status == .eliminated
          provisions = result.levels.first?.provisions ?? []
        }
        if !eliminated {
          alone += 1
          if caseID == nil { aloneCommon += 1 }
        }
        var paper = Paper(
          step: index, code: procedure.code.value, requirement: requirement, caseID: caseID,
          caseWhen: caseID.flatMap { whens[$0] }, status: .asked, serves: [index], copies: requirement.copies,
          presented: requirement.presented, provisions: [])
        let types = paper.paperTypes
        // The application forms are the common dossier's; a case's form (a declaration the case
        // adds) stays.
        if bundle.form != nil && result.isForm && caseID == nil {
          paper.status = .replacedByForm
        } else if let type = types.first(where: { issuedBefore[$0] != nil }), let producer = issuedBefore[type] {
          paper.status = .produced
          paper.producedBy = (producer, type)
        } else if eliminated {
          paper.status = .eliminated
          paper.provisions = provisions
        } else if caseID == nil, let into = common[types.sorted()] {
          paper.status = .merged
          paper.mergedInto = into
          papers[into].serves.append(index)
          papers[into].copies = larger(papers[into].copies, requirement.copies)
          papers[into].presented = papers[into].presented && requirement.presented
        } else {
          if let type = types.first(where: { (issuedBy[$0] ?? -1) > index }), let producer = issuedBy[type] {
            paper.laterProducer = (producer, type)
          }
          if caseID == nil { common[types.sorted()] = papers.count }
        }
        papers.append(paper)
      }
      alonePerStep.append(alone)
      aloneCommonPerStep.append(aloneCommon)
      for case .paper(let paper, _) in procedure.results where issuedBefore[paper.value] == nil {
        issuedBefore[paper.value] = index
      }
    }
    return Level(level: level, papers: papers, alonePerStep: alonePerStep, aloneCommonPerStep: aloneCommonPerStep)
  }

  /// The larger number of each kind of copy.
  static func larger(_ a: Copies?, _ b: Copies?) -> Copies? {
    guard let a else { return b }
    guard let b else { return a }
    func most(_ x: Int?, _ y: Int?) -> Int? {
      switch (x, y) {
      case (nil, nil): nil
      case (let x?, nil): x
      case (nil, let y?): y
      case (let x?, let y?): max(x, y)
      }
    }
    return Copies(
      original: most(a.original, b.original), certifiedCopy: most(a.certifiedCopy, b.certifiedCopy),
      copy: most(a.copy, b.copy))
  }
}

extension BundleCompilation {
  /// Why the published procedure asks a paper the compiled dossier does not.
  public enum ExtraReason: Sendable {
    /// The paper type was abolished by `as_of`.
    case abolished(paper: String)
    /// An application form the group's form replaces.
    case replacedByForm
    /// A step of the group issues it (0-based step).
    case produced(step: Int, paper: String)
    /// A shared database provides it to the step that asks it.
    case eliminated(sources: [String])
    /// No step asks it.
    case askedByNoStep
  }

  /// The published procedure's dossier against the compiled one, at the group's first level.
  public struct Comparison: Sendable {
    /// The published requirements the compiled dossier does not ask, each with its reason.
    public var extra: [(requirement: Requirement, caseID: String?, reason: ExtraReason)]
    /// The compiled papers (asked) that the published dossier omits.
    public var missing: [Paper]
    /// Whether the published dossier omits the group's form.
    public var missingForm: Bool
  }

  public func compare(with published: Procedure, in catalog: Catalog) -> Comparison {
    var comparison = Comparison(extra: [], missing: [], missingForm: false)
    guard let level = levels.first else { return comparison }
    let asked = level.papers.filter { $0.status == .asked }
    var askedTypes: Set<String> = []
    for paper in asked { askedTypes.formUnion(paper.paperTypes) }
    let formPaper = bundle.form?.paper.value
    var publishedTypes: Set<String> = []
    var issued: [String: Int] = [:]
    for (index, procedure) in procedures.enumerated() {
      for case .paper(let paper, _) in procedure?.results ?? [] where issued[paper.value] == nil {
        issued[paper.value] = index
      }
    }
    for (requirement, caseID) in published.allRequirements {
      let types = requirement.alternatives.map(\.value)
      publishedTypes.formUnion(types)
      if types.contains(where: { askedTypes.contains($0) || $0 == formPaper }) { continue }
      let reason: ExtraReason
      if let abolished = types.first(where: { catalog.isAbolished(paper: $0) }) {
        reason = .abolished(paper: abolished)
      } else if formPaper != nil, !types.isEmpty, types.allSatisfy({ catalog.formPapers.contains($0) }) {
        reason = .replacedByForm
      } else if let type = types.first(where: { issued[$0] != nil }), let step = issued[type] {
        reason = .produced(step: step, paper: type)
      } else if let eliminated = level.papers.first(where: {
        $0.status == .eliminated && $0.paperTypes.contains(where: types.contains)
      }) {
        var sources: [String] = []
        for provision in eliminated.provisions where !sources.contains(provision.source) {
          sources.append(provision.source)
        }
        reason = .eliminated(sources: sources)
      } else {
        reason = .askedByNoStep
      }
      comparison.extra.append((requirement, caseID, reason))
    }
    comparison.missing = asked.filter { !$0.paperTypes.contains(where: publishedTypes.contains) }
    comparison.missingForm = formPaper.map { !publishedTypes.contains($0) } ?? false
    return comparison
  }
}
