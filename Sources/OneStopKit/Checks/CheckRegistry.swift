/// Every check, one line each, by hand. Each list is sorted by check id. A check lives in
/// `Checks/<group>/<id>.swift`; adding one means adding its line here (ARCHITECTURE.md, "How to
/// add a check"). Tests keep each list sorted, ids unique, every check with triggering and
/// non-triggering examples and a fixture folder, and every check type of `Checks/` listed here.
public enum CheckRegistry {
  static let procedureChecks: [any ProcedureCheck] = [
    CodeFileMismatchCheck(),
    CodeFormatCheck(),
    DuplicateChannelCheck(),
    DuplicateRequirementIDCheck(),
    FeeAmountCheck(),
    FeeTextMismatchCheck(),
    LevelRetiredCheck(),
    MissingChannelCheck(),
    MissingLegalBasisCheck(),
    MissingPapersCheck(),
    MissingTranslationCheck(),
    OnlineLevelMisuseCheck(),
    PaperAbolishedCheck(),
    UnknownReferenceCheck(),
  ]

  static let catalogChecks: [any CatalogCheck] = [
    BundleLevelMismatchCheck(),
    BundlePublishedExtraCheck(),
    BundlePublishedMissingCheck(),
    BundleStepOrderCheck(),
    BundleUnknownStepCheck(),
    DuplicateCodeCheck(),
    DuplicateIDCheck(),
    MissingTranslationCheck(),
    SourceProvidesFormCheck(),
    UnknownReferenceCheck(),
    UnusedPaperTypeCheck(),
  ]

  static let eliminationChecks: [any EliminationCheck] = [
    MissedSourceCheck(),
    PaperObtainableCheck(),
    PaperPartlyObtainableCheck(),
    SourceNotConnectedCheck(),
    UnneededWaiverCheck(),
    WaiverExpiredCheck(),
  ]

  /// Checks that `Compiler` does not run from the lists above: `Suppressions.apply` reports them.
  static let suppressionChecks: [any Check.Type] = [
    InvalidIgnoreCheck.self,
    UnusedIgnoreCheck.self,
  ]

  /// Checks about rules/checks.yaml's own checks: `CustomCheckSet` reports them.
  static let customCheckChecks: [any Check.Type] = [
    CustomCheckExampleCheck.self,
    CustomCheckFailedCheck.self,
    InvalidCustomCheckCheck.self,
  ]

  /// Every check type, once (a type that is both a procedure and a catalog check is in two lists).
  static var checkTypes: [any Check.Type] {
    var seen: Set<String> = []
    let all: [any Check.Type] =
      procedureChecks.map { type(of: $0) } + catalogChecks.map { type(of: $0) }
      + eliminationChecks.map { type(of: $0) } + suppressionChecks + customCheckChecks
    return all.filter { seen.insert($0.description.id).inserted }
  }

  /// Every rule's description: input problems (`InputRules`) and checks, sorted by id.
  public static let descriptions: [CheckDescription] = {
    var seen: Set<String> = []
    let all = InputRules.all + checkTypes.map { $0.description }
    return all.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
  }()

  /// The ids of each hand-written list in the order written, for the test that keeps them sorted.
  static var writtenOrder: [[String]] {
    [
      procedureChecks.map { type(of: $0).description.id },
      catalogChecks.map { type(of: $0).description.id },
      eliminationChecks.map { type(of: $0).description.id },
      suppressionChecks.map { $0.description.id },
      customCheckChecks.map { $0.description.id },
    ]
  }

  public static func description(for id: String) -> CheckDescription? {
    descriptions.first { $0.id == id }
  }
}
