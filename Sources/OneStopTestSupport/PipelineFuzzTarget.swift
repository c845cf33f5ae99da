import OneStopKit

/// The whole pipeline on the example catalog (its rules and two procedures), one file of which
/// the input replaces: the first byte chooses the file (a procedure most of the time, or a rules
/// file), the rest is its text. Every stage runs, every diagnostic renderer, the baseline and,
/// when the catalog has no errors, every emitter (into memory). A replaced procedure also goes
/// through the quick scanner against libyaml and through both decode paths, compared
/// (`DecoderFuzzTarget.compareDecodePaths`).
enum PipelineFuzzTarget {
  static let targets = [
    "catalog/1.000001.yaml", "catalog/1.000001.yaml", "catalog/1.000001.yaml", "catalog/1.000001.yaml",
    "rules/papers.yaml", "rules/sources.yaml", "rules/policy.yaml", "rules/levels.yaml",
  ]

  static let base: [String: [UInt8]] = {
    var files: [String: [UInt8]] = [:]
    for (path, text) in ExampleCatalog.rules { files[path] = Array(text.utf8) }
    files["catalog/1.000002.yaml"] = Array(ExampleCatalog.procedure.replacingCode(with: "1.000002").utf8)
    return files
  }()

  static func run(_ input: [UInt8], into report: inout FuzzReport) {
    guard let selector = input.first else { return }
    let body = Array(input.dropFirst())
    var files = base
    let target = targets[Int(selector) % targets.count]
    files[target] = body
    report.note("file: \(target)")
    let result = Compiler.check(MemoryStorage(files: files), options: CompileOptions(jobs: 1))
    if target.hasPrefix("catalog/") {
      if let difference = QuickYAMLScanner.disagreement(with: body) {
        report.violations.append("the quick scanner and libyaml differ: \(difference)")
      }
      var decoding = FuzzReport(keepsFacts: false)
      DecoderFuzzTarget.compareDecodePaths(body, file: target, into: &decoding)
      report.violations += decoding.violations
    }
    report.record(result.diagnostics, in: files.mapValues(\.count))

    let sources = files
    _ = HumanRenderer(colored: true) { sources[$0] }.render(result.diagnostics)
    _ = MachineFormats.json(result.diagnostics, files: result.fileCount)
    _ = MachineFormats.sarif(result.diagnostics)
    _ = MachineFormats.github(result.diagnostics)
    _ = MachineFormats.junit(result.diagnostics, files: result.files)
    _ = Baseline.record(result.diagnostics, storage: MemoryStorage(files: files))
    guard !result.hasErrors else {
      report.note("build: none (errors)")
      return
    }
    do {
      let output = try Builder.render(result)
      report.require(output["catalog.json"] != nil, "no catalog.json")
      report.note("build: \(output.count) files")
    } catch {
      report.violations.append("the build of an error-free catalog failed: \(error.description)")
    }
  }
}
