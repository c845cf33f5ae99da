/// An interconnected group of procedures (nhóm thủ tục hành chính liên thông), decoded from
/// `catalog/**/ID.bundle.yaml`: steps settled one after another from one dossier, as Decree
/// 63/2024/NĐ-CP runs birth and death registration with residence and insurance.
public struct ProcedureBundle: Sendable {
  public var file: String
  public var range: SourceRange
  public var id: Located<String>
  public var name: LocalizedText?
  /// The levels the group runs at, from `rules/levels.yaml`.
  public var levels: [Located<String>]
  public var legalBasis: [LegalReference]
  /// The steps in the order they are settled.
  public var steps: [BundleStep]
  /// The group's own form, which replaces the steps' application forms.
  public var form: BundleForm?
  public var channels: [Channel]
  /// The code of the procedure that publishes the group on the national portal.
  public var published: Located<String>?

  public init(file: String, range: SourceRange, id: Located<String>) {
    self.file = file
    self.range = range
    self.id = id
    self.levels = []
    self.legalBasis = []
    self.steps = []
    self.channels = []
  }
}

/// One step of a group: a catalog procedure, and the cases of it the group keeps.
public struct BundleStep: Sendable {
  public var range: SourceRange
  public var code: Located<String>
  /// The step's case ids the group keeps; nil keeps every case.
  public var cases: [Located<String>]?
}

/// The group's own form (the Decree's e-form).
public struct BundleForm: Sendable {
  public var range: SourceRange
  public var paper: Located<String>
  public var form: FormTemplate?
  public var copies: Copies?
  /// What the form replaces, in the Decree's words.
  public var note: LocalizedText?
}
