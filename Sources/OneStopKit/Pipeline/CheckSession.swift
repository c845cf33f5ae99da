/// `check` kept alive between edits, for the language server: the same stages as `Compiler.check`
/// (its rules stage, `loadProcedure`, `checkProcedure`, `checkCatalog`, suppressions and
/// severities), with each file's part kept, so that a change to one procedure re-reads and
/// rechecks that procedure and reruns the whole-catalog checks only. A change under rules/, or a
/// procedure whose digitized results change what the `procedure-results` sources provide,
/// rechecks everything. `diagnostics` equals `Compiler.check` on the same storage (a test holds
/// them together).
public struct CheckSession: Sendable {
  /// One procedure file's part of the run.
  struct Unit: Sendable {
    var load: Compiler.LoadedFile
    var procedure: Procedure?
    /// A bundle file's group (`catalog/**/ID.bundle.yaml`), checked by the whole-catalog checks.
    var bundle: ProcedureBundle? = nil
    var findings: [Diagnostic] = []
    var analysis: EliminationAnalysis.ProcedureResult?
  }

  private let options: CompileOptions
  private var read: Compiler.RulesRead
  private var references: ReferenceSuggestions
  private var severities: SeverityPolicy
  /// The policy's own findings about its severities (`invalid-value`), as `check` adds them.
  private var severityFindings: [Diagnostic] = []
  /// The procedure files in path order, and each one's part.
  private var paths: [String] = []
  private var units: [String: Unit] = [:]
  /// Each decoded procedure's place in `catalog.procedures`.
  private var procedureIndex: [String: Int] = [:]
  private var listingFindings: [Diagnostic] = []
  /// The whole-catalog checks' findings, by file.
  private var catalogFindings: [String: [Diagnostic]] = [:]
  /// What the examples of rules/checks.yaml gave: they change only with the rules and with what
  /// the `procedure-results` sources provide, both of which recheck everything.
  private var exampleFindings: [Diagnostic] = []
  /// Each file's findings as `check` reports them (suppressed, severities applied, sorted).
  public private(set) var findingsByFile: [String: [Diagnostic]] = [:]
  /// The resolved catalog as of the last update.
  public private(set) var catalog: Catalog

  /// The language every finding is worded in.
  public var language: Language { read.language }
  /// The files read (rules and catalog).
  public var files: [String] { read.files + paths.filter { units[$0]?.load.exists ?? false } }
  /// The procedure files, in path order.
  public var procedureFiles: [String] { paths }

  /// Whether `file`'s positions convert to an editor's without its text
  /// (`LoadedFile.plainPositions`): a procedure file read by this session, scanned.
  public func hasPlainPositions(_ file: String) -> Bool {
    units[file]?.load.plainPositions ?? false
  }

  /// Runs the whole check on `storage`.
  public init(_ storage: some CatalogStorage, options: CompileOptions = CompileOptions()) {
    self.options = options
    read = Compiler.readRules(storage, options: options)
    references = ReferenceSuggestions(read.rules)
    var policyFindings: [Diagnostic] = []
    severities = SeverityPolicy(
      read.rules.policy, language: read.language, custom: read.rules.customChecks.descriptions,
      diagnostics: &policyFindings)
    severityFindings = policyFindings
    catalog = Catalog(rules: read.rules, procedures: [], asOf: read.asOf, language: read.language)
    reloadAll(storage)
  }

  /// Every finding, in `check`'s order.
  public var diagnostics: [Diagnostic] {
    if let fatal = read.fatal { return [fatal] }
    let files = findingsByFile.keys.sorted { Diagnostic.byteOrder($0, $1) < 0 }
    return files.flatMap { findingsByFile[$0] ?? [] }
  }

  /// The elimination analysis of the procedure in `file`, when it was decoded.
  public func analysis(of file: String) -> EliminationAnalysis.ProcedureResult? {
    units[file]?.analysis
  }

  /// The decoded procedure in `file`.
  public func procedure(in file: String) -> Procedure? {
    units[file]?.procedure
  }

  /// Reads `changed` again (paths relative to the root; files added or removed under catalog/
  /// included) and rechecks what they touch. Returns the files whose findings changed.
  public mutating func update(_ changed: Set<String>, storage: some CatalogStorage) -> Set<String> {
    let before = findingsByFile
    if changed.contains(where: { $0.hasPrefix("rules/") }) || read.fatal != nil {
      self = CheckSession(storage, options: options)
      return Self.differences(before, findingsByFile)
    }
    let digitized = catalog.digitizedResults
    // Edits to files the session knows need no walk of the catalog: only a file that is new, or
    // one that went away, can change what the walk finds.
    var reloaded: [String: Unit] = [:]
    var walk = changed.contains { units[$0] == nil && Self.isProcedurePath($0) }
    if !walk {
      for path in changed where units[path] != nil {
        let unit = Self.load(path, storage, read.options, read.rules.policy.languages, references)
        if !unit.load.exists { walk = true }
        reloaded[path] = unit
      }
    }
    if walk {
      let listing = storage.catalogFiles(language: read.language)
      if listing.paths != paths {
        // Files came or went: the walk decides again what is read, and every procedure is
        // rechecked (rare: a file created or deleted).
        reloadAll(storage, listing: listing)
        return Self.differences(before, findingsByFile)
      }
      listingFindings = listing.diagnostics
    }
    var touched: Set<String> = []
    var inPlace = true
    for (path, unit) in reloaded {
      // A procedure that stays decoded and issues the same digitized results takes its old
      // place in the catalog: the indexes over the rules and the results stay as they are. A
      // bundle file resolves the catalog again, which gathers the groups anew.
      if let index = procedureIndex[path], let old = units[path]?.procedure, let new = unit.procedure,
        Self.digitized(old) == Self.digitized(new)
      {
        catalog.procedures[index] = new
      } else {
        inPlace = false
      }
      units[path] = unit
      touched.insert(path)
    }
    guard !touched.isEmpty else { return [] }
    if !inPlace { resolve() }
    if catalog.digitizedResults != digitized {
      checkAll()
    } else {
      for path in touched {
        guard let procedure = units[path]?.procedure else { continue }
        let (findings, analysis) = Compiler.checkProcedure(procedure, in: catalog)
        units[path]?.findings = findings
        units[path]?.analysis = analysis
      }
      let previous = catalogFindings
      groupCatalogFindings(Compiler.checkCatalog(catalog, examples: false) + exampleFindings)
      var files = touched
      for (file, findings) in catalogFindings where previous[file] != findings { files.insert(file) }
      for file in previous.keys where catalogFindings[file] == nil { files.insert(file) }
      // Only the files settled again can have changed.
      var changedFiles: Set<String> = []
      let old = files.map { ($0, before[$0]) }
      settle(files)
      for (file, findings) in old where findingsByFile[file] != findings { changedFiles.insert(file) }
      return changedFiles
    }
    return Self.differences(before, findingsByFile)
  }

  // MARK: The stages

  private mutating func reloadAll(
    _ storage: some CatalogStorage, listing given: (paths: [String], diagnostics: [Diagnostic])? = nil
  ) {
    guard read.fatal == nil else {
      findingsByFile = [:]
      return
    }
    let listing = given ?? storage.catalogFiles(language: read.language)
    listingFindings = listing.diagnostics
    paths = listing.paths
    let options = read.options
    let languages = read.rules.policy.languages
    let references = self.references
    let loaded = parallelMap(listing.paths, jobs: options.jobs) { path -> Unit in
      Self.load(path, storage, options, languages, references)
    }
    units = [:]
    units.reserveCapacity(paths.count)
    for (path, unit) in zip(paths, loaded) { units[path] = unit }
    resolve()
    checkAll()
  }

  /// The papers a procedure issues digitized: what it adds to the `procedure-results` sources.
  static func digitized(_ procedure: Procedure) -> [String] {
    procedure.results.compactMap { result in
      if case .paper(let paper, digitized: true) = result { return paper.value }
      return nil
    }
  }

  /// One catalog file's part, read as `check` reads it: a bundle file or a procedure file.
  private static func load(
    _ path: String, _ storage: some CatalogStorage, _ options: CompileOptions, _ languages: [String],
    _ references: ReferenceSuggestions
  ) -> Unit {
    if FormatSchema.isBundlePath(path) {
      let (load, bundle) = Compiler.loadBundle(path, storage, options, languages)
      return Unit(load: load, procedure: nil, bundle: bundle)
    }
    let (load, procedure) = Compiler.loadProcedure(path, storage, options, languages, references: references)
    return Unit(load: load, procedure: procedure)
  }

  /// The catalog of the procedures as they are now.
  private mutating func resolve() {
    var procedures: [Procedure] = []
    procedures.reserveCapacity(paths.count)
    procedureIndex = [:]
    for path in paths {
      guard let procedure = units[path]?.procedure else { continue }
      procedureIndex[path] = procedures.count
      procedures.append(procedure)
    }
    catalog = Catalog(
      rules: read.rules, procedures: procedures, asOf: read.asOf, language: read.language,
      vocabulary: references.vocabulary)
    catalog.bundles = paths.compactMap { units[$0]?.bundle }
  }

  /// Every procedure's checks (on every core) and the whole-catalog checks.
  private mutating func checkAll() {
    let catalog = self.catalog
    let checked = parallelMap(paths, jobs: read.options.jobs) {
      [units] path -> ([Diagnostic], EliminationAnalysis.ProcedureResult?) in
      guard let procedure = units[path]?.procedure else { return ([], nil) }
      let (findings, analysis) = Compiler.checkProcedure(procedure, in: catalog)
      return (findings, analysis)
    }
    for (path, result) in zip(paths, checked) {
      units[path]?.findings = result.0
      units[path]?.analysis = result.1
    }
    exampleFindings = catalog.customChecks.runExamples(in: catalog)
    groupCatalogFindings(Compiler.checkCatalog(catalog, examples: false) + exampleFindings)
    findingsByFile = [:]
    var files = Set(paths).union(catalogFindings.keys)
    for diagnostic in read.diagnostics + listingFindings + severityFindings { files.insert(diagnostic.file) }
    for ignore in read.ignores { files.insert(ignore.file) }
    settle(files)
  }

  private mutating func groupCatalogFindings(_ findings: [Diagnostic]) {
    catalogFindings = [:]
    for diagnostic in findings { catalogFindings[diagnostic.file, default: []].append(diagnostic) }
  }

  /// Each file's findings as `check` gives them: its checks' findings, then the whole-catalog
  /// ones, then what reading it found; the ignore comments applied, then the policy's severities,
  /// then sorted. Every step works file by file, so settling one file is settling its share of
  /// the whole.
  private mutating func settle(_ files: Set<String>) {
    for file in files {
      var raw: [Diagnostic] = []
      var ignores: [IgnoreComment] = []
      if let unit = units[file] {
        raw.append(contentsOf: unit.findings)
        raw.append(contentsOf: catalogFindings[file] ?? [])
        raw.append(contentsOf: unit.load.diagnostics)
        ignores = unit.load.ignores
      } else {
        raw.append(contentsOf: catalogFindings[file] ?? [])
      }
      raw.append(contentsOf: read.diagnostics.filter { $0.file == file })
      raw.append(contentsOf: listingFindings.filter { $0.file == file })
      raw.append(contentsOf: severityFindings.filter { $0.file == file })
      ignores.append(contentsOf: read.ignores.filter { $0.file == file })
      var settled = Suppressions.apply(
        ignores, to: raw, language: read.language, custom: read.rules.customChecks.descriptions)
      severities.apply(to: &settled)
      Diagnostic.sort(&settled)
      findingsByFile[file] = settled.isEmpty ? nil : settled
    }
  }

  static func isProcedurePath(_ path: String) -> Bool {
    path.hasPrefix("catalog/") && (path.hasSuffix(".yaml") || path.hasSuffix(".yml"))
  }

  private static func differences(_ before: [String: [Diagnostic]], _ after: [String: [Diagnostic]]) -> Set<String> {
    var changed: Set<String> = []
    for (file, findings) in before where after[file] != findings { changed.insert(file) }
    for (file, findings) in after where before[file] != findings { changed.insert(file) }
    return changed
  }
}
