import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Options of a run.
public struct CompileOptions: Sendable {
  /// Overrides the policy's `as_of`.
  public var asOf: Day?
  public var limits: LoadLimits
  /// Threads for loading files and checking procedures.
  public var jobs: Int
  /// Whether to digest every file's bytes (`CheckResult.digests`), which the build cache keys on.
  public var digests: Bool
  /// Whether procedure files are first tried on the fast path (`ProcedureStreamDecoder`), which
  /// reads a well-formed file without a node tree. Off, every file takes the tree path: the
  /// differential tests compare the two.
  public var fastPath: Bool
  /// The language of every text for people (`--lang`, `ONESTOP_LANG`); nil: the policy's first
  /// language when OneStop speaks it, else English.
  public var language: Language?
  /// The connections and digitized results to assume (`--assume-connected`, `--assume-digitized`).
  public var whatIf: WhatIf?
  /// Whether each file's bytes are scanned for what makes an editor's lines and columns differ
  /// from the loader's (`LoadedFile.plainPositions`): for the language server.
  public var scanPositions = false

  public init(
    asOf: Day? = nil, limits: LoadLimits = .default, jobs: Int = CompileOptions.defaultJobs, digests: Bool = false,
    fastPath: Bool = true
  ) {
    self.asOf = asOf
    self.limits = limits
    self.jobs = jobs
    self.digests = digests
    self.fastPath = fastPath
  }

  /// The same options, with every message in `language`.
  func speaking(_ language: Language) -> CompileOptions {
    var options = self
    options.language = language
    return options
  }

  public static var defaultJobs: Int {
    max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
  }
}

/// What `check` found.
public struct CheckResult: Sendable {
  /// Every finding, with the policy's severities applied, sorted by file, line, column and id.
  public var diagnostics: [Diagnostic]
  /// The YAML files read (rules and catalog), relative to the root.
  public var files: [String]
  /// How many YAML files were read.
  public var fileCount: Int { files.count }
  /// The resolved catalog, for the analysis and the emitters.
  public var catalog: Catalog
  /// The elimination analysis, parallel to `catalog.procedures`.
  public var elimination: EliminationAnalysis
  /// What the inputs were, byte for byte, when `CompileOptions.digests` asked for it.
  public var digests: SourceDigests? = nil
  /// The language the findings are worded in.
  public var language: Language = .en
  /// The one finding that made the run stop before it could judge the catalog (rules files
  /// missing), also in `diagnostics`: the CLI reports it and exits 2.
  public var fatal: Diagnostic? = nil
  /// What the what-if names that the catalog does not hold (an unknown source, level, procedure
  /// or result): the CLI reports them as usage errors and exits 2.
  public var whatIfProblems: [String] = []

  public var summary: DiagnosticSummary { DiagnosticSummary(diagnostics) }
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Digests of a check's input files, for keying the build cache.
public struct SourceDigests: Sendable {
  /// Every rules file's path and bytes (or that it was missing), in the order they are read.
  public var rules: ContentDigest
  /// Each procedure file's bytes, parallel to `catalog.procedures`.
  public var procedures: [ContentDigest]
}

/// The compiler's front half: load, validate, decode, resolve and check a catalog root. This is
/// the one place that decides what runs after what.
public enum Compiler {
  public static func check(_ storage: some CatalogStorage, options: CompileOptions = CompileOptions()) -> CheckResult {
    let read = readRules(storage, options: options)
    var diagnostics = read.diagnostics
    var ignores = read.ignores
    var files = read.files
    var rules = read.rules
    let language = read.language
    var whatIfProblems: [String] = []
    let whatIf = options.whatIf.flatMap { $0.isEmpty ? nil : $0 }
    if let whatIf, read.fatal == nil {
      whatIfProblems = whatIf.apply(to: &rules, language: language)
      whatIf.settle(&rules, asOf: read.asOf)
    }
    let languages = rules.policy.languages
    let options = read.options
    if let fatal = read.fatal {
      return CheckResult(
        diagnostics: [fatal], files: files,
        catalog: Catalog(rules: rules, procedures: [], asOf: read.asOf, language: language),
        elimination: EliminationAnalysis(procedures: []), language: language, fatal: fatal)
    }
    func take(_ file: LoadedFile) {
      diagnostics.append(contentsOf: file.diagnostics)
      ignores.append(contentsOf: file.ignores)
      if file.exists { files.append(file.path) }
    }

    // Procedures: independent until resolution, so loaded on every core.
    let listing = storage.catalogFiles(language: language)
    diagnostics.append(contentsOf: listing.diagnostics)
    let references = ReferenceSuggestions(rules)
    let procedurePaths = listing.paths.filter { !FormatSchema.isBundlePath($0) }
    var bundles: [ProcedureBundle] = []
    // A group's checklist depends on its file: its bytes join the rules' digest, which keys every
    // cached output, so that an edited group is never taken for an output already current.
    var rulesDigest = read.rulesDigest
    // A what-if changes outputs whose files did not change: it keys every cached output.
    for assumption in whatIf?.assumptions ?? [] { rulesDigest.combine(assumption) }
    for path in listing.paths where FormatSchema.isBundlePath(path) {
      let (file, bundle) = loadBundle(path, storage, options, languages)
      rulesDigest.combine(path)
      rulesDigest.combine(file.digest ?? ContentDigest(high: 0, low: 0))
      take(file)
      if let bundle { bundles.append(bundle) }
    }
    var loaded = parallelMap(procedurePaths, jobs: options.jobs) { path -> (LoadedFile, Procedure?) in
      loadProcedure(path, storage, options, languages, references: references)
    }
    var procedures: [Procedure] = []
    procedures.reserveCapacity(loaded.count)
    var procedureDigests: [ContentDigest] = []
    for (file, procedure) in loaded {
      take(file)
      if let procedure {
        procedures.append(procedure)
        if let digest = file.digest { procedureDigests.append(digest) }
      }
    }
    // The procedures now live in `procedures` alone.
    loaded = []
    if let whatIf { whatIfProblems += whatIf.apply(to: &procedures, language: language) }

    let asOf = read.asOf
    var catalog = Catalog(
      rules: rules, procedures: procedures, asOf: asOf, language: language, vocabulary: references.vocabulary)
    catalog.bundles = bundles
    catalog.whatIf = whatIf
    var (findings, elimination) = runChecks(catalog, jobs: options.jobs, reserving: diagnostics.count)
    findings.append(contentsOf: diagnostics)
    diagnostics = findings
    findings = []

    let custom = rules.customChecks.descriptions
    let severities = SeverityPolicy(rules.policy, language: language, custom: custom, diagnostics: &diagnostics)
    diagnostics = Suppressions.apply(ignores, to: diagnostics, language: language, custom: custom)
    severities.apply(to: &diagnostics)
    Diagnostic.sort(&diagnostics)
    let digests =
      options.digests && procedureDigests.count == procedures.count
      ? SourceDigests(rules: rulesDigest, procedures: procedureDigests) : nil
    return CheckResult(
      diagnostics: diagnostics, files: files, catalog: catalog, elimination: elimination, digests: digests,
      language: language, whatIfProblems: whatIfProblems)
  }

  /// What reading the rules gave: the stage every run starts with (`check`, and `CheckSession`
  /// when the rules change).
  package struct RulesRead: Sendable {
    package var rules = Rules()
    /// The language of every message of the run.
    package var language: Language
    /// The run's options, speaking `language`.
    package var options: CompileOptions
    package var diagnostics: [Diagnostic] = []
    package var ignores: [IgnoreComment] = []
    package var files: [String] = []
    var rulesDigest = ContentDigest()
    /// The one finding that stops the run (rules files missing).
    package var fatal: Diagnostic?
    /// `--as-of`, else the policy's, else 0001-01-01.
    package var asOf: Day {
      options.asOf ?? rules.policy.asOf?.value ?? Day(year: 1, month: 1, day: 1)
    }
  }

  /// Reads, validates and decodes the six rules files.
  package static func readRules(_ storage: some CatalogStorage, options: CompileOptions) -> RulesRead {
    var read = RulesRead(language: options.language ?? .en, options: options)
    func take(_ file: LoadedFile) -> YAMLNode? {
      read.rulesDigest.combine(file.path)
      read.rulesDigest.combine(file.digest ?? ContentDigest(high: 0, low: UInt64(file.exists ? 1 : 0)))
      read.diagnostics.append(contentsOf: file.diagnostics)
      read.ignores.append(contentsOf: file.ignores)
      if file.exists { read.files.append(file.path) }
      return file.root
    }

    // Rules: the policy first, since its languages shape every text of the other files, and
    // decide the language of every message when --lang does not. Until they are known it is read
    // in English, and read again in the run's language when that differs and it has findings
    // (it is one small file).
    var rules = Rules()
    let policyShape = FormatSchema.rulesFiles.first { $0.path == "rules/policy.yaml" }!.shape
    let defaultLanguages = Policy().languages
    var policyOptions = options
    policyOptions.language = options.language ?? .en
    var policyFile = loadFile("rules/policy.yaml", storage, policyOptions, .object(policyShape), defaultLanguages)
    if let root = policyFile.root {
      rules.policy = ModelDecoder(file: "rules/policy.yaml", languages: defaultLanguages).policy(root)
    }
    let languages = rules.policy.languages
    let language = options.language ?? Language.resolve(policy: languages)
    if language != policyOptions.language, !policyFile.diagnostics.isEmpty {
      policyOptions.language = language
      policyFile = loadFile("rules/policy.yaml", storage, policyOptions, .object(policyShape), defaultLanguages)
    }
    // From here on every message is in the run's language.
    let options = options.speaking(language)
    read.language = language
    read.options = options
    var missingRules: [String] = []
    _ = take(policyFile)
    if !policyFile.exists { missingRules.append(policyFile.path) }
    for (path, shape) in FormatSchema.rulesFiles where path != "rules/policy.yaml" {
      let file = loadFile(path, storage, options, .object(shape), languages)
      if !file.exists { missingRules.append(path) }
      guard let root = take(file) else { continue }
      let decoder = ModelDecoder(file: path, languages: languages)
      switch path {
      case "rules/levels.yaml": rules.levels = decoder.vocabulary(root, key: "levels")
      case "rules/fields.yaml": rules.fields = decoder.vocabulary(root, key: "fields")
      case "rules/subjects.yaml": rules.subjects = decoder.vocabulary(root, key: "subjects")
      case "rules/papers.yaml": rules.papers = decoder.papers(root)
      case "rules/sources.yaml": rules.sources = decoder.sources(root)
      default: break
      }
    }
    // Checks written in CEL (rules/checks.yaml, optional): compiled once, before any procedure.
    let (customFile, customDefinitions) = loadCustomChecks(storage, options, languages)
    _ = take(customFile)
    if let customDefinitions {
      let (compiled, problems) = CustomCheckSet.compile(customDefinitions, language: language)
      rules.customChecks = compiled
      read.diagnostics.append(contentsOf: problems)
    }
    read.rules = rules

    // Without its rules a catalog cannot be judged: every id would be unknown. One error says
    // which files are missing, instead of hundreds that follow from it.
    if !missingRules.isEmpty {
      let missing = FormatSchema.rulesFiles.map(\.path).filter(missingRules.contains)
      let all = missing.count == FormatSchema.rulesFiles.count
      let text = InputMessages.missingRulesFiles(language, missing, all: all)
      read.fatal = Diagnostic(
        id: "missing-rules-file", message: text.message,
        location: SourceLocation(file: all ? "rules/" : missing[0], range: .fileStart), help: text.help)
    }
    return read
  }

  /// The language a catalog root's policy speaks first (`languages`), when OneStop speaks it and
  /// the policy can be read; for commands that read no catalog (`explain`, `checks`).
  public static func policyLanguage(_ storage: some CatalogStorage) -> Language? {
    policyLanguages(storage)?.lazy.compactMap(Language.init(rawValue:)).first
  }

  /// The `languages` of a catalog root's policy, when it can be read.
  static func policyLanguages(_ storage: some CatalogStorage) -> [String]? {
    let policyShape = FormatSchema.rulesFiles.first { $0.path == "rules/policy.yaml" }!.shape
    let defaultLanguages = Policy().languages
    let file = loadFile("rules/policy.yaml", storage, CompileOptions(jobs: 1), .object(policyShape), defaultLanguages)
    guard file.exists, let root = file.root else { return nil }
    return ModelDecoder(file: "rules/policy.yaml", languages: defaultLanguages).policy(root).languages
  }

  /// Runs the elimination analysis and every check; per-procedure work in parallel, the
  /// whole-catalog checks beside it; findings in procedure order, then the whole-catalog ones.
  package static func runChecks(_ catalog: Catalog, jobs: Int, reserving extra: Int = 0) -> (
    [Diagnostic], EliminationAnalysis
  ) {
    // The whole-catalog checks are serial but independent of the per-procedure ones: they run on
    // a thread of their own while the procedures are checked on every core.
    let catalogFindings = CatalogFindings()
    let group = DispatchGroup()
    if jobs > 1 {
      DispatchQueue.global().async(group: group) { catalogFindings.run(catalog) }
    } else {
      catalogFindings.run(catalog)
    }
    let perProcedure = parallelMap(catalog.procedures, jobs: jobs) { checkProcedure($0, in: catalog) }
    group.wait()
    let findings = catalogFindings.findings
    var all: [Diagnostic] = []
    all.reserveCapacity(perProcedure.reduce(findings.count + extra) { $0 + $1.0.count })
    for (diagnostics, _) in perProcedure { all.append(contentsOf: diagnostics) }
    all.append(contentsOf: findings)
    return (all, EliminationAnalysis(procedures: perProcedure.map(\.1)))
  }

  /// One procedure's checks and analysis: every `ProcedureCheck`, the elimination analysis, then
  /// every `EliminationCheck` on it.
  package static func checkProcedure(_ procedure: Procedure, in catalog: Catalog) -> (
    [Diagnostic], EliminationAnalysis.ProcedureResult
  ) {
    var findings = Findings(language: catalog.language)
    for check in CheckRegistry.procedureChecks { check.check(procedure, in: catalog, into: &findings) }
    let analysis = EliminationAnalysis.analyze(procedure, in: catalog)
    for check in CheckRegistry.eliminationChecks { check.check(procedure, analysis, in: catalog, into: &findings) }
    catalog.customChecks.check(procedure, analysis, into: &findings)
    return (findings.diagnostics, analysis)
  }

  /// Every whole-catalog check's findings.
  package static func checkCatalog(_ catalog: Catalog, examples: Bool = true) -> [Diagnostic] {
    var findings = Findings(language: catalog.language)
    for check in CheckRegistry.catalogChecks { check.check(catalog, into: &findings) }
    // The examples of rules/checks.yaml, judged against this catalog's rules and sources.
    if examples { findings.append(contentsOf: catalog.customChecks.runExamples(in: catalog)) }
    return findings.diagnostics
  }

  /// The whole-catalog checks' findings, filled on another thread and read after it is done.
  private final class CatalogFindings: @unchecked Sendable {
    var findings: [Diagnostic] = []

    func run(_ catalog: Catalog) {
      findings = Compiler.checkCatalog(catalog)
    }
  }

  /// One file after reading, loading and validation.
  package struct LoadedFile: Sendable {
    var path: String
    /// Whether the file was there to read (missing rules files are not counted as read).
    var exists = true
    /// The root node, when the file is worth decoding.
    var root: YAMLNode?
    package var diagnostics: [Diagnostic] = []
    var ignores: [IgnoreComment] = []
    /// The digest of the file's bytes, when asked for and the file could be read.
    var digest: ContentDigest?
    /// Whether every position in the file, as 0-based line and UTF-16 column, is the loader's
    /// line and column less one (`CompileOptions.scanPositions`; false when not scanned).
    package var plainPositions = false
  }

  /// Reads and decodes one procedure file: on the fast path when it takes the file, else
  /// through the tree path, whose messages are in `options.language` (English when nil).
  /// `references` lets an invalid id that is a name get the id it names as its help.
  package static func loadProcedure(
    _ path: String, _ storage: some CatalogStorage, _ options: CompileOptions, _ languages: [String],
    references: ReferenceSuggestions? = nil
  ) -> (LoadedFile, Procedure?) {
    var file = LoadedFile(path: path)
    guard let bytes = read(path, storage, options, into: &file) else { return (file, nil) }
    if options.fastPath,
      let (procedure, lines) = ProcedureStreamDecoder.decode(
        bytes, file: path, languages: languages, limits: options.limits)
    {
      file.ignores = Suppressions.scan(bytes, file: path, lines: lines)
      return (file, procedure)
    }
    load(bytes, .object(FormatSchema.procedure), languages, options, references: references, into: &file)
    let procedure = file.root.flatMap { ModelDecoder(file: path, languages: languages).procedure($0) }
    // The node tree is done with: keeping 100,000 of them alive until resolution would cost
    // gigabytes.
    file.root = nil
    return (file, procedure)
  }

  /// Reads, validates and decodes one bundle file (`catalog/**/ID.bundle.yaml`).
  package static func loadBundle(
    _ path: String, _ storage: some CatalogStorage, _ options: CompileOptions, _ languages: [String]
  ) -> (LoadedFile, ProcedureBundle?) {
    var file = loadFile(path, storage, options, .object(FormatSchema.bundle), languages)
    let bundle = file.root.flatMap { ModelDecoder(file: path, languages: languages).bundle($0) }
    file.root = nil
    return (file, bundle)
  }

  /// Reads, loads and validates one file, with messages in `options.language` (English when nil).
  static func loadFile(
    _ path: String, _ storage: some CatalogStorage, _ options: CompileOptions, _ shape: Shape, _ languages: [String]
  ) -> LoadedFile {
    var file = LoadedFile(path: path)
    guard let bytes = read(path, storage, options, into: &file) else { return file }
    load(bytes, shape, languages, options, into: &file)
    return file
  }

  /// One file's bytes (and their digest, when asked for), or `nil` with the reason in `file`.
  static func read(
    _ path: String, _ storage: some CatalogStorage, _ options: CompileOptions, into file: inout LoadedFile
  ) -> [UInt8]? {
    let location = SourceLocation(file: path, range: .fileStart)
    let language = options.language ?? .en
    let bytes: [UInt8]
    switch storage.read(path, limit: options.limits.maxFileSize) {
    case .bytes(let read):
      bytes = read
    case .tooLarge(let size):
      let text = InputMessages.fileTooLarge(language, size: size, limit: options.limits.maxFileSize)
      file.diagnostics.append(
        Diagnostic(id: "file-too-large", message: text.message, location: location, help: text.help))
      return nil
    case .missing:
      // A missing rules file is reported by `check`, with the others missing; a procedure file
      // that went away since the walk is simply not there.
      file.exists = false
      return nil
    case .failed(let failure):
      let text = InputMessages.unreadableFile(language, failure)
      file.diagnostics.append(
        Diagnostic(id: "unreadable-file", message: text.message, location: location, help: text.help))
      return nil
    }
    if options.digests { file.digest = ContentDigest(bytes) }
    if options.scanPositions { file.plainPositions = plainPositions(bytes) }
    return bytes
  }

  /// Whether a file's lines and columns read the same in an editor as in the loader: no BOM, no
  /// carriage return, no character YAML 1.1 takes for a line break (NEL, LS, PS) and none outside
  /// the Basic Multilingual Plane (two UTF-16 units, one column). Then 0-based line and UTF-16
  /// character are the loader's 1-based line and code-point column less one.
  static func plainPositions(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { return false }
      var index = 0
      let count = buffer.count
      while index < count {
        let byte = buffer[index]
        if byte < 0x80 {
          if byte == 0x0D { return false }
        } else if byte >= 0xF0 {
          return false
        } else if byte == 0xC2 {
          if index + 1 < count, buffer[index + 1] == 0x85 { return false }
        } else if byte == 0xE2 {
          if index + 2 < count, buffer[index + 1] == 0x80, buffer[index + 2] == 0xA8 || buffer[index + 2] == 0xA9 {
            return false
          }
        }
        index += 1
      }
      return true
    }
  }

  /// Loads and validates one file's bytes into `file`: its diagnostics, suppressions and root.
  private static func load(
    _ bytes: [UInt8], _ shape: Shape, _ languages: [String], _ options: CompileOptions,
    references: ReferenceSuggestions? = nil, into file: inout LoadedFile
  ) {
    let path = file.path
    let language = options.language ?? .en
    let document = YAMLLoader.load(bytes, file: path, limits: options.limits, language: language)
    file.diagnostics.append(contentsOf: document.diagnostics)
    if let lines = document.lines {
      file.ignores = Suppressions.scan(bytes, file: path, lines: lines)
    }
    guard let root = document.root else { return }
    var validator = Validator(file: path, languages: languages, language: language, references: references)
    validator.validate(root, shape, label: InputMessages.theFile(language))
    file.diagnostics.append(contentsOf: validator.diagnostics)
    file.root = root
  }
}

/// The policy's severities: `checks`, then each matching `overrides` entry in order.
struct SeverityPolicy {
  /// Each override's globs, in order.
  private var overrideGlobs: [[Glob]] = []

  init(
    _ policy: Policy, language: Language = .en, custom: [CheckDescription] = [], diagnostics: inout [Diagnostic]
  ) {
    var configurable: [String: Severity] = [:]
    for description in CheckRegistry.descriptions + custom where description.isConfigurable {
      configurable[description.id] = description.severity
    }
    let known = Set((CheckRegistry.descriptions + custom).map(\.id))
    func accept(_ entries: [(id: Located<String>, severity: Located<SeveritySetting>)]) -> [String: SeveritySetting] {
      var result: [String: SeveritySetting] = [:]
      for entry in entries {
        if configurable[entry.id.value] != nil {
          result[entry.id.value] = entry.severity.value
        } else if known.contains(entry.id.value) {
          let text = InputMessages.inputErrorNotConfigurable(language, id: entry.id.value)
          diagnostics.append(
            Diagnostic(
              id: "invalid-value", message: text.message,
              location: SourceLocation(file: policy.file, range: entry.id.range), help: text.help))
        }
      }
      return result
    }
    let global = accept(policy.checks)
    let overrides = policy.overrides.map { override in
      (globs: override.files.map { Glob($0.value) }, checks: accept(override.checks))
    }
    overrideGlobs = overrides.map(\.globs)
    // Each id the policy names, with its global setting and its setting in each override: one
    // lookup per finding where there were one per table (a dictionary lookup of a String costs
    // some 400 instructions, and a national catalog has a quarter of a million findings).
    for (id, setting) in global { named[id, default: Named(overrides.count)].global = setting }
    for (number, override) in overrides.enumerated() {
      for (id, setting) in override.checks { named[id, default: Named(overrides.count)].overrides[number] = setting }
    }
  }

  /// A check id the policy names: its setting under `checks:` and under each override.
  private struct Named {
    var global: SeveritySetting?
    var overrides: [SeveritySetting?]
    init(_ overrideCount: Int) { overrides = Array(repeating: nil, count: overrideCount) }
  }
  private var named: [String: Named] = [:]

  /// The diagnostics with their policy severities, those turned off removed.
  /// Sets the policy's severities in place and removes the findings turned off (in place: a
  /// national catalog has a quarter of a million findings).
  func apply(to diagnostics: inout [Diagnostic]) {
    if named.isEmpty { return }
    var turnedOff = false
    // Which overrides match a file, remembered for the file's run of findings: they come grouped
    // by file, and matching a glob splits the path.
    var lastFile: String?
    var matching: [Bool] = []
    for index in diagnostics.indices {
      guard let entry = named[diagnostics[index].id] else { continue }
      var setting = entry.global
      for (number, value) in entry.overrides.enumerated() {
        guard let value else { continue }
        let file = diagnostics[index].location.file
        if file != lastFile {
          lastFile = file
          matching = overrideGlobs.map { $0.contains { $0.matches(file) } }
        }
        if matching[number] { setting = value }
      }
      guard let setting else { continue }
      if let severity = setting.severity {
        diagnostics[index].severity = severity
      } else {
        diagnostics[index].id = ""
        turnedOff = true
      }
    }
    if turnedOff { diagnostics.removeAll { $0.id.isEmpty } }
  }
}
