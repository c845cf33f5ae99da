import OneStopKit

/// Structure-aware: the input is a list of mutations of a valid procedure (`ProcedureMutator`).
/// The mutated file goes through both decode paths, which must agree (`compareDecodePaths`), then
/// through every check with the example rules and a second procedure beside it.
///
/// What does not depend on the input is made once, not per input: the rules (loaded, validated
/// and decoded from `ExampleCatalog`), the index of their ids, the other procedure and the
/// template's tree. Per input there is no thread, no file and no rules file to read.
enum DecoderFuzzTarget {
  static let file = "catalog/1.000001.yaml"

  /// Everything that does not depend on the input.
  struct Setting: @unchecked Sendable {
    var rules: Rules
    var sibling: Procedure
    var asOf: Day
    /// The byte count of every file but the mutated one, for the diagnostics' ranges.
    var sizes: [String: Int]
    /// The templates' trees, in `MutationPools.templates` order.
    var templates: [ProcedureMutator.Node]
  }

  static let setting: Setting = {
    let siblingFile = "catalog/1.000002.yaml"
    var files: [String: [UInt8]] = [:]
    for (path, text) in ExampleCatalog.rules { files[path] = Array(text.utf8) }
    files[siblingFile] = Array(ExampleCatalog.procedure.replacingCode(with: "1.000002").utf8)
    let result = Compiler.check(MemoryStorage(files: files), options: CompileOptions(jobs: 1))
    precondition(!result.hasErrors, "the example catalog has errors: \(result.diagnostics.map(\.id))")
    let templates = MutationPools.templates.map { name, text in
      let bytes = Array(text.utf8)
      let template = YAMLLoader.load(bytes, file: file)
      precondition(template.diagnostics.isEmpty, "template \(name) has errors: \(template.diagnostics.map(\.id))")
      return ProcedureMutator.tree(template.root!, bytes: bytes)
    }
    return Setting(
      rules: result.catalog.rules,
      sibling: result.catalog.procedures[0], asOf: result.catalog.asOf, sizes: files.mapValues(\.count),
      templates: templates)
  }()

  /// The template the first choice picks (the first for an empty input), and the YAML text the
  /// other choices make of it.
  static func text(_ choices: [UInt8]) -> (template: String, text: String) {
    let index = choices.first.map { Int($0) % setting.templates.count } ?? 0
    var mutator = ProcedureMutator(template: setting.templates[index], choices: Array(choices.dropFirst()))
    return (MutationPools.templates[index].name, mutator.mutate())
  }

  static func run(_ choices: [UInt8], into report: inout FuzzReport) {
    let setting = setting
    let (template, text) = text(choices)
    let bytes = Array(text.utf8)
    report.note("template: \(template)")
    report.note("file: \(bytes.count) bytes")
    guard let procedure = compareDecodePaths(bytes, file: file, into: &report) else {
      return
    }
    let catalog = Catalog(rules: setting.rules, procedures: [procedure, setting.sibling], asOf: setting.asOf)
    let (findings, analysis) = Compiler.runChecks(catalog, jobs: 1)
    report.require(analysis.procedures.count == 2, "the analysis has \(analysis.procedures.count) procedures")
    var sizes = setting.sizes
    sizes[file] = bytes.count
    report.record(findings, in: sizes, as: "checks")
  }

  /// Reads `bytes` through the tree path and, when they take the file, through both fast paths:
  /// the quick scanner's events and libyaml's. A file a fast path takes must read through the tree
  /// path with no diagnostic into the same procedure (the same `ProcedureFingerprint`). Returns the
  /// tree path's procedure. (The quick scanner's events against libyaml's, event by event, are the
  /// `loader` target's: here they would parse every input once more.)
  @discardableResult
  static func compareDecodePaths(_ bytes: [UInt8], file: String, into report: inout FuzzReport)
    -> Procedure?
  {
    let languages = Policy().languages
    let (loaded, tree) = Compiler.loadProcedure(
      file, MemoryStorage(files: [file: bytes]), CompileOptions(jobs: 1, fastPath: false), languages)
    report.record(loaded.diagnostics, in: [file: bytes.count], as: "tree path")
    var treeFingerprint: ProcedureFingerprint?
    for quickScan in [true, false] {
      let fast = ProcedureStreamDecoder.decode(
        bytes, file: file, languages: languages, limits: .default, quickScan: quickScan)
      report.note(
        "fast path (\(quickScan ? "quick scanner" : "libyaml's events")): \(fast == nil ? "gives up" : "takes the file")"
      )
      guard let (procedure, _) = fast else { continue }
      report.require(loaded.diagnostics.isEmpty, "a fast path took a file with \(loaded.diagnostics.map(\.id))")
      guard let tree else {
        report.violations.append("a fast path took a file the tree path decodes to nothing")
        continue
      }
      if treeFingerprint == nil { treeFingerprint = ProcedureFingerprint(tree) }
      report.require(
        ProcedureFingerprint(procedure) == treeFingerprint,
        "the fast path (\(quickScan ? "quick scanner" : "libyaml's events")) and the tree path decode differently")
    }
    return tree
  }
}

extension String {
  /// The example procedure's code replaced by `code`.
  func replacingCode(with code: String) -> String {
    var lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let index = lines.firstIndex(where: { $0.hasPrefix("code:") }) { lines[index] = "code: \"\(code)\"" }
    return lines.joined(separator: "\n")
  }
}
