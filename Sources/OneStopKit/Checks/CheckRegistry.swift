/// Every check, by hand and sorted by id. Adding a check means adding it here; a test keeps the
/// list sorted, ids unique, and every check with triggering and non-triggering examples.
public enum CheckRegistry {
  static let procedureChecks: [any ProcedureCheck] = [
    CodeFileMismatchCheck(),
    CodeFormatCheck(),
    DuplicateChannelCheck(),
    DuplicateRequirementIDCheck(),
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

  /// Every rule's description: input problems and checks, sorted by id.
  public static let descriptions: [CheckDescription] = {
    var seen: Set<String> = []
    var all: [CheckDescription] = InputRules.all + [UnusedIgnoreCheck.description, InvalidIgnoreCheck.description]
    for check in procedureChecks as [any Check] + catalogChecks as [any Check] + eliminationChecks as [any Check] {
      all.append(type(of: check).description)
    }
    return all.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
  }()

  /// The ids of each hand-written list in the order written, for the test that keeps them sorted.
  static var writtenOrder: [[String]] {
    [
      procedureChecks.map { type(of: $0).description.id },
      catalogChecks.map { type(of: $0).description.id },
      eliminationChecks.map { type(of: $0).description.id },
    ]
  }

  public static func description(for id: String) -> CheckDescription? {
    descriptions.first { $0.id == id }
  }
}
