/// Options of `onestop build`.
public struct BuildOptions: Sendable {
  /// The output folder: generated/ under the root by default.
  public var output: String
  /// The languages of the checklists, in order; nil means the policy's languages.
  public var languages: [String]?
  public var jobs: Int
  /// Whether to reuse the files of procedures whose inputs did not change since the previous
  /// build (see `BuildCache`); needs a check run with `CompileOptions.digests`.
  public var cache: Bool
  /// Asked before every write (see `WriteGate`): only tests pass one.
  public var gate: (any WriteGate)?

  public init(
    output: String, languages: [String]? = nil, jobs: Int = CompileOptions.defaultJobs, cache: Bool = true,
    gate: (any WriteGate)? = nil
  ) {
    self.output = output
    self.languages = languages
    self.jobs = jobs
    self.cache = cache
    self.gate = gate
  }
}

/// What a build wrote.
public struct BuildSummary: Sendable, Equatable {
  public var procedures: Int
  public var files: Int
  public var requirements: Int
  public var eliminated: Int
  public var partlyEliminated: Int
  /// Procedures whose files were linked from the previous build, unchanged, through the cache.
  public var reused: Int
  /// Whether the output was already what this build would write, so that nothing was written.
  public var current = false
}

/// The compiler's back half: writes checklists, catalog.json, portal XML (validated against the
/// XSD) and report.md into a staging folder, and swaps it in only when all of it is written.
public enum Builder {
  /// Procedures handled per round; bounds memory for catalogs of 100,000 procedures.
  static let chunkSize = 512

  public static func build(_ result: CheckResult, options: BuildOptions) throws(OutputError) -> BuildSummary {
    let catalog = result.catalog
    let analysis = result.elimination
    let languages = options.languages ?? catalog.rules.policy.languages
    let tree = try OutputTree(destination: options.output, gate: options.gate)
    let cache = options.cache ? CachePlan(result, languages: languages, output: tree) : nil
    let files: Int
    let reused: Int
    let current = cache?.isCurrent(catalog, destination: tree.destination, jobs: options.jobs) ?? false
    if current {
      tree.abandon()
      files =
        catalog.procedures.count * BuildCache.filesPerProcedure(languages) + BuildCache.catalogPaths(languages).count
        + catalog.bundles.count * (1 + languages.count)
      reused = catalog.procedures.count
    } else {
      do {
        if options.cache { tree.adoptSpare() }
        let written = try write(catalog, analysis, languages: languages, into: tree, jobs: options.jobs, cache: cache)
        try tree.commit(jobs: options.jobs)
        cache?.save(catalog, reused: written.reused, output: tree, jobs: options.jobs)
        files = written.files
        reused = written.reused.lazy.filter { $0 }.count
      } catch {
        tree.abandon()
        throw error
      }
    }
    let counts = analysis.counts
    return BuildSummary(
      procedures: catalog.procedures.count, files: files, requirements: counts.requirements,
      eliminated: counts.eliminated, partlyEliminated: counts.partlyEliminated, reused: reused, current: current)
  }

  /// Everything a build writes, into memory: the fuzzer and tests use it.
  public static func render(_ result: CheckResult, languages: [String]? = nil, jobs: Int = 1) throws(OutputError)
    -> [String: [UInt8]]
  {
    let output = MemoryOutput()
    _ = try write(
      result.catalog, result.elimination, languages: languages ?? result.catalog.rules.policy.languages, into: output,
      jobs: jobs, cache: nil)
    return output.files
  }

  /// A procedure's part of catalog.json, and whether its files were reused.
  struct Fragment: Sendable {
    var json: String
    var reused: Bool
  }

  /// Writes one procedure's checklists and portal XML; returns the failure, if any. A function of
  /// its own, never inlined: written inside the parallel closure of `write`, Swift 6.3's optimizer
  /// (release builds only) handed the writes invalid arrays once the errors carried both
  /// languages, a crash no debug build or test showed.
  @inline(never)
  private static func writeFiles(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, code: String,
    _ checklists: ChecklistBuilder, _ portal: PortalXMLEmitter, _ schema: PortalSchema, into tree: some OutputSink
  ) -> OutputError? {
    let document = checklists.document(for: procedure, result)
    do {
      try tree.write(OutputPaths.checklist(code, "md"), MarkdownRenderer.render(document) + "\n")
      let pages = Pages(languages: checklists.languages)
      for page in pages.render(document, base: "checklists/\(OutputPaths.fileName(code))", depth: 1) {
        try tree.write(page.path, page.html)
      }
    } catch {
      return error
    }
    guard let xml = portal.document(for: procedure, result) else {
      return OutputError(
        vi: "lỗi nội bộ: libxml2 không ghi được tài liệu XML cổng của \(code)",
        en: "internal error: libxml2 could not write the portal XML of \(code)")
    }
    if let problem = schema.validate(xml) {
      return OutputError(
        vi: "lỗi nội bộ: tài liệu XML cổng của \(code) không hợp lệ: \(problem)",
        en: "internal error: the portal XML of \(code) is not valid: \(problem)")
    }
    do {
      try tree.write(OutputPaths.portal(code), xml)
    } catch {
      return error
    }
    return nil
  }

  /// Writes every file; returns how many, and which procedures' files were reused.
  static func write(
    _ catalog: Catalog, _ analysis: EliminationAnalysis, languages: [String], into tree: some OutputSink, jobs: Int,
    cache: CachePlan?
  ) throws(OutputError) -> (files: Int, reused: [Bool]) {
    let disk = cache == nil ? nil : tree as? OutputTree
    var reused: [Bool] = []
    reused.reserveCapacity(catalog.procedures.count)
    let checklists = ChecklistBuilder(catalog: catalog, languages: languages)
    let portal = PortalXMLEmitter(catalog: catalog)
    let schema = PortalSchema.shared
    let json = BufferedStream(try tree.stream(OutputPaths.catalogJSON))
    try json.append(CatalogJSON.header(catalog, languages: languages))
    var files = 0
    var start = 0
    let count = catalog.procedures.count
    while start < count {
      let indices = Array(start..<min(start + chunkSize, count))
      let outcomes = parallelMap(indices, jobs: jobs) { index -> Result<Fragment, OutputError> in
        let procedure = catalog.procedures[index]
        let result = analysis.procedures[index]
        let code = procedure.code.value
        // Outside the `do throws(OutputError)` below on purpose: a throwing reuse call inside it
        // made Swift 6.3's optimizer (release builds only) pass invalid arrays to the writes that
        // follow, a crash no debug build or test showed. `reuse` reports failure as false instead.
        if let disk, let stamps = cache?.reusable(index, code: code),
          disk.reuse(BuildCache.paths(code, languages), stamps: stamps)
        {
          return .success(Fragment(json: CatalogJSON.procedureFragment(procedure, result, indent: 4), reused: true))
        }
        if let error = writeFiles(procedure, result, code: code, checklists, portal, schema, into: tree) {
          return .failure(error)
        }
        return .success(Fragment(json: CatalogJSON.procedureFragment(procedure, result, indent: 4), reused: false))
      }
      for (offset, outcome) in outcomes.enumerated() {
        switch outcome {
        case .success(let fragment):
          try json.append((start + offset == 0 ? "\n    " : ",\n    ") + fragment.json)
          reused.append(fragment.reused)
        case .failure(let error):
          throw error
        }
      }
      files += indices.count * BuildCache.filesPerProcedure(languages)
      start += chunkSize
    }
    try json.append(CatalogJSON.trailer(catalog, analysis, empty: count == 0))
    try json.close()
    // The index of every procedure, written and validated as it streams out: a failed
    // validation fails the build, and the staging folder holding it is removed.
    let index = BufferedStream(try tree.stream(OutputPaths.catalogXML))
    let validation = schema.streamingValidation()
    let written = portal.streamCatalogDocument { chunk in
      validation.feed(chunk)
      return index.append(chunk)
    }
    try index.close()
    guard written else {
      throw OutputError(
        vi: "lỗi nội bộ: libxml2 không ghi được portal/catalog.xml",
        en: "internal error: libxml2 could not write portal/catalog.xml")
    }
    if let problem = validation.finish() {
      throw OutputError(
        vi: "lỗi nội bộ: portal/catalog.xml không hợp lệ: \(problem)",
        en: "internal error: portal/catalog.xml is not valid: \(problem)")
    }
    try tree.write(OutputPaths.schema, PortalSchemaText.xsd)
    // The interconnected groups: each one's checklist, and its lines in the report.
    let bundles = BundleCompilation.compileAll(catalog)
    let bundleChecklists = BundleChecklistBuilder(catalog: catalog, languages: languages)
    for compilation in bundles {
      let document = bundleChecklists.document(for: compilation)
      let id = compilation.bundle.id.value
      try tree.write(OutputPaths.bundleChecklist(id, "md"), MarkdownRenderer.render(document) + "\n")
      let base = "checklists/bundles/\(OutputPaths.fileName(id))"
      for page in Pages(languages: languages).render(document, base: base, depth: 2) {
        try tree.write(page.path, page.html)
      }
    }
    var report = ReportBuilder(catalog: catalog, analysis: analysis).document()
    if !report.parts.isEmpty {
      report.parts[report.parts.count - 1].blocks += BundleReport.blocks(bundles, catalog: catalog)
    }
    try tree.write(OutputPaths.report, MarkdownRenderer.render(report) + "\n")
    // The portal site: the scorecard and the index, a page per language.
    let pages = Pages(languages: languages)
    let scorecard = Scorecard(catalog: catalog, analysis: analysis, bundles: bundles, pages: pages, jobs: jobs)
    let portalIndex = PortalIndex(catalog: catalog, analysis: analysis, bundles: bundles, pages: pages)
    for language in languages {
      try tree.write(OutputPaths.reportPage(language, first: pages.first), scorecard.page(language))
      try tree.write(OutputPaths.index(language, first: pages.first), portalIndex.page(language))
    }
    return (files + BuildCache.catalogPaths(languages).count + bundles.count * (1 + languages.count), reused)
  }
}

/// A streamed file (catalog.json, portal/catalog.xml) written through a buffer, so that neither
/// ever sits in memory whole. `append(bytes)` serves libxml2's output callback, which cannot
/// throw: the first failure is kept, and thrown by the next `append(text)` or by `close()`.
final class BufferedStream {
  static let capacity = 1 << 20
  private let sink: any OutputStreamSink
  private var pending: [UInt8] = []
  private var failure: OutputError?

  init(_ sink: any OutputStreamSink) {
    self.sink = sink
    pending.reserveCapacity(Self.capacity)
  }

  /// False once writing has failed.
  func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard failure == nil else { return false }
    pending.append(contentsOf: bytes)
    if pending.count >= Self.capacity { flush() }
    return failure == nil
  }

  func append(_ text: String) throws(OutputError) {
    var text = text
    let written = text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    if !written, let failure { throw failure }
  }

  private func flush() {
    guard failure == nil, !pending.isEmpty else { return }
    do throws(OutputError) {
      try sink.write(pending)
    } catch {
      failure = error
    }
    pending.removeAll(keepingCapacity: true)
  }

  func close() throws(OutputError) {
    flush()
    if let failure { throw failure }
    try sink.close()
  }
}
