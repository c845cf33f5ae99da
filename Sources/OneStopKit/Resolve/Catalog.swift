/// The decoded rules and procedures with their indexes: what checks, the elimination analysis and
/// the emitters read. Procedures are in path order, which makes every "first defined here" and
/// every output deterministic whatever order the file system lists files in.
public struct Catalog: Sendable {
  public var rules: Rules
  public var procedures: [Procedure]
  /// The interconnected groups (`catalog/**/ID.bundle.yaml`), in path order.
  public var bundles: [ProcedureBundle] = []
  /// The assumptions this catalog was judged under, when it is a what-if.
  public var whatIf: WhatIf?
  /// The day the catalog is judged at: `--as-of`, else policy `as_of`.
  public var asOf: Day

  public let levels: [String: VocabularyEntry]
  public let fields: [String: VocabularyEntry]
  public let subjects: [String: VocabularyEntry]
  public let papers: [String: PaperType]
  public let sources: [String: SharedSource]
  /// Level ids in the order levels.yaml lists them (central to local).
  public let levelOrder: [String: Int]
  /// Paper types some catalog procedure issues with `digitized: true`: what a
  /// `procedure-results` source provides.
  public let digitizedResults: Set<String>
  /// Paper type -> the sources that hold it (databases by `provides`, procedure-results sources
  /// for every digitized result), in rules order: the elimination analysis's index. Each source
  /// is kept as its id and connection days only: the analysis reads this for every procedure and
  /// level, and walking `SharedSource` values copied every field of each.
  let connections: [String: [SourceConnections]]
  /// The paper types that are forms: never eliminated, whatever provides them.
  let formPapers: Set<String>
  /// The policy's code pattern, compiled once (nil when missing or invalid: already reported).
  public let codePattern: CodePattern?

  /// The language findings are worded in.
  public var language: Language = .en
  /// The rules' ids with their localized names, for did-you-mean on ids and names alike.
  let vocabulary: CatalogVocabulary
  /// The checks of rules/checks.yaml, compiled and bound to this catalog's rules and day.
  public let customChecks: CustomCheckSet

  public init(rules: Rules, procedures: [Procedure], asOf: Day, language: Language = .en) {
    self.init(rules: rules, procedures: procedures, asOf: asOf, language: language, vocabulary: nil)
  }

  /// `vocabulary`: the rules' vocabulary when the caller has already built it.
  init(rules: Rules, procedures: [Procedure], asOf: Day, language: Language, vocabulary: CatalogVocabulary?) {
    self.language = language
    self.rules = rules
    self.procedures = procedures
    self.asOf = asOf
    customChecks = rules.customChecks.bound(rules: rules, asOf: asOf)
    func index<T>(_ items: [T], _ key: (T) -> String) -> [String: T] {
      var result: [String: T] = [:]
      result.reserveCapacity(items.count)
      for item in items where result[key(item)] == nil { result[key(item)] = item }
      return result
    }
    levels = index(rules.levels) { $0.id.value }
    fields = index(rules.fields) { $0.id.value }
    subjects = index(rules.subjects) { $0.id.value }
    papers = index(rules.papers) { $0.id.value }
    sources = index(rules.sources) { $0.id.value }
    var order: [String: Int] = [:]
    for (position, level) in rules.levels.enumerated() where order[level.id.value] == nil {
      order[level.id.value] = position
    }
    levelOrder = order
    var digitized: Set<String> = []
    for procedure in procedures {
      for case .paper(let paper, digitized: true) in procedure.results { digitized.insert(paper.value) }
    }
    digitizedResults = digitized
    codePattern = rules.policy.codePattern.flatMap { CodePattern($0.value) }
    var connections: [String: [SourceConnections]] = [:]
    var seenSources: Set<String> = []
    for source in rules.sources where seenSources.insert(source.id.value).inserted {
      let entry = SourceConnections(
        source: source.id.value, position: seenSources.count - 1,
        levels: source.connected.map { ($0.level.value, $0.since.value) })
      switch source.kind {
      case .database:
        var seenPapers: Set<String> = []
        for paper in source.provides where seenPapers.insert(paper.value).inserted {
          connections[paper.value, default: []].append(entry)
        }
      case .procedureResults:
        for paper in digitized { connections[paper, default: []].append(entry) }
      }
    }
    self.connections = connections
    // From the index, so that a duplicated id counts as its first definition does.
    formPapers = Set(papers.values.filter { $0.kind == .form }.map(\.id.value))
    self.vocabulary = vocabulary ?? CatalogVocabulary(rules)
  }

  /// The name of an id of rules/ in `language`, if the rules give one: `Giấy chứng sinh` for
  /// `birth-notice`.
  func name(of id: String, in kind: CatalogVocabulary.Kind, _ language: Language) -> String? {
    let name: LocalizedText?
    switch kind {
    case .level: name = levels[id]?.name
    case .field: name = fields[id]?.name
    case .subject: name = subjects[id]?.name
    case .paper: name = papers[id]?.name
    case .source: name = sources[id]?.name
    }
    return name?.text(preferring: language.rawValue)
  }

  /// Whether a level has ended by the judging day.
  public func isRetired(level: String) -> Bool {
    guard let until = levels[level]?.until?.value else { return false }
    return until < asOf
  }

  /// Whether a paper type has been abolished by the judging day.
  public func isAbolished(paper: String) -> Bool {
    guard let until = papers[paper]?.until?.value else { return false }
    return until < asOf
  }

  /// Whether a source holds a paper type: listed in `provides`, or, for a `procedure-results`
  /// source, issued digitized by a catalog procedure.
  public func source(_ source: SharedSource, provides paper: String) -> Bool {
    switch source.kind {
    case .database: source.provides.contains { $0.value == paper }
    case .procedureResults: digitizedResults.contains(paper)
    }
  }
}

/// One source that holds a paper, as the elimination analysis reads it.
struct SourceConnections: Sendable {
  let source: String
  /// Its place in rules/sources.yaml, duplicates left out.
  let position: Int
  /// Level id -> the day from which that level can query it, in rules order.
  let levels: [(level: String, since: Day)]

  /// The day the source was connected at `level` (the first entry, as `SharedSource.connectedSince`).
  func since(level: String) -> Day? {
    for entry in levels where entry.level.isSameKey(level) { return entry.since }
    return nil
  }
}

/// The ids of rules/ with their names, folded once per run for suggestions.
struct CatalogVocabulary: Sendable {
  enum Kind: Sendable {
    case level, field, subject, paper, source
  }

  let levels: Suggest.Vocabulary
  let fields: Suggest.Vocabulary
  let subjects: Suggest.Vocabulary
  let papers: Suggest.Vocabulary
  let sources: Suggest.Vocabulary

  init(_ rules: Rules) {
    func named(_ id: Located<String>, _ name: LocalizedText?) -> Suggest.Named {
      Suggest.Named(id: id.value, names: name?.entries.map(\.text) ?? [])
    }
    levels = Suggest.Vocabulary(rules.levels.map { named($0.id, $0.name) })
    fields = Suggest.Vocabulary(rules.fields.map { named($0.id, $0.name) })
    subjects = Suggest.Vocabulary(rules.subjects.map { named($0.id, $0.name) })
    papers = Suggest.Vocabulary(rules.papers.map { named($0.id, $0.name) })
    sources = Suggest.Vocabulary(rules.sources.map { named($0.id, $0.name) })
  }

  subscript(kind: Kind) -> Suggest.Vocabulary {
    switch kind {
    case .level: levels
    case .field: fields
    case .subject: subjects
    case .paper: papers
    case .source: sources
    }
  }
}
