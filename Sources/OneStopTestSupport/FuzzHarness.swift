import OneStopKit

/// The fuzz target's body, public so tests replay the corpus and every input that once crashed:
/// arbitrary bytes go through the loader, the decoder, the checks, every diagnostic renderer and,
/// when the catalog has no errors, every emitter (into memory). It returns normally, or traps on
/// a broken invariant, which is what the fuzzer reports.
public enum FuzzHarness {
  static let targets = [
    "catalog/1.000001.yaml", "catalog/1.000001.yaml", "catalog/1.000001.yaml", "catalog/1.000001.yaml",
    "rules/papers.yaml", "rules/sources.yaml", "rules/policy.yaml", "rules/levels.yaml",
  ]

  static let base: [String: [UInt8]] = {
    var files: [String: [UInt8]] = [:]
    for (path, text) in ExampleCatalog.rules { files[path] = Array(text.utf8) }
    files["catalog/1.000002.yaml"] = Array(
      ExampleCatalog.procedure.replacingOccurrences(of: "1.000001", with: "1.000002").utf8)
    return files
  }()

  /// The first byte chooses the file the rest replaces: a procedure most of the time, or a rules file.
  public static func run(_ input: [UInt8]) {
    guard let selector = input.first else { return }
    let body = Array(input.dropFirst())
    var files = base
    let target = targets[Int(selector) % targets.count]
    files[target] = body
    let result = Compiler.check(MemoryStorage(files: files), options: CompileOptions(jobs: 1))
    if target.hasPrefix("catalog/") {
      checkFastPath(body, file: target, known: KnownTexts(rules: result.catalog.rules))
    }

    for diagnostic in result.diagnostics {
      let size = files[diagnostic.file]?.count ?? 0
      let start = diagnostic.range.start
      precondition(start.line >= 1 && start.column >= 1, "diagnostic at line \(start.line), column \(start.column)")
      precondition(start.offset >= 0 && start.offset <= size, "diagnostic at offset \(start.offset) of \(size)")
      precondition(!diagnostic.message.isEmpty && !diagnostic.id.isEmpty, "empty diagnostic")
    }
    let sources = files
    _ = HumanRenderer(colored: true) { sources[$0] }.render(result.diagnostics)
    _ = MachineFormats.json(result.diagnostics, files: result.fileCount)
    _ = MachineFormats.sarif(result.diagnostics)
    _ = MachineFormats.github(result.diagnostics)
    _ = MachineFormats.junit(result.diagnostics, files: result.files)
    _ = Baseline.record(result.diagnostics, storage: MemoryStorage(files: files))
    guard !result.hasErrors else { return }
    do {
      let output = try Builder.render(result)
      precondition(output["catalog.json"] != nil, "no catalog.json")
    } catch {
      preconditionFailure("the build of an error-free catalog failed: \(error.description)")
    }
  }

  /// The procedure fast path holds to the tree path: when it takes a file (through the quick
  /// scanner or libyaml's events), the tree path reads the same bytes with no diagnostic into the
  /// same procedure. The quick scanner gives libyaml's events for every file it takes.
  static func checkFastPath(_ bytes: [UInt8], file: String, known: KnownTexts) {
    if let difference = QuickYAMLScanner.disagreement(with: bytes) {
      preconditionFailure("the quick scanner and libyaml differ: \(difference)")
    }
    let languages = Policy().languages
    var treeText: String?
    for quickScan in [true, false] {
      guard
        let (fast, _) = ProcedureStreamDecoder.decode(
          bytes, file: file, languages: languages, limits: .default, known: known, quickScan: quickScan)
      else { continue }
      if treeText == nil {
        let (loaded, tree) = Compiler.loadProcedure(
          file, MemoryStorage(files: [file: bytes]), CompileOptions(jobs: 1, fastPath: false), languages, known)
        precondition(loaded.diagnostics.isEmpty, "fast path took a file with \(loaded.diagnostics.map(\.id))")
        var text = ""
        dump(tree, to: &text)
        treeText = text
      }
      var fastText = ""
      dump(Optional(fast), to: &fastText)
      precondition(fastText == treeText, "the fast path and the tree path decode differently")
    }
  }
}
