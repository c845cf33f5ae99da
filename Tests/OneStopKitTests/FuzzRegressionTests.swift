import Foundation
import Testing

@testable import OneStopKit
@testable import OneStopTestSupport

/// Every input that once broke a fuzz target (Tests/Fuzz/regressions/TARGET/) and every seed
/// (Tests/Fuzz/corpus/TARGET/) goes through its target: no invariant may break, a regression
/// input must still be read as recorded beside it (NAME.expected: the readers that took it, the
/// diagnostics' ids and places, and for `decoder` the mutated file), and each target's seeds must
/// reach what the target is for.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  static let fuzz = PythonJSONSchema.packageRoot.appendingPathComponent("Tests/Fuzz")

  /// The input files of `folder/TARGET/`, by name (expectations left out).
  static func inputs(_ folder: String, _ target: FuzzTarget) -> [String] {
    let path = fuzz.appendingPathComponent(folder).appendingPathComponent(target.rawValue).path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { !$0.hasSuffix(".expected") }.sorted()
  }

  static let regressions: [(FuzzTarget, String)] = FuzzTarget.allCases.flatMap { target in
    inputs("regressions", target).map { (target, $0) }
  }

  static func read(_ folder: String, _ target: FuzzTarget, _ name: String) throws -> [UInt8] {
    let path = fuzz.appendingPathComponent("\(folder)/\(target.rawValue)/\(name)").path
    return [UInt8](try #require(FileManager.default.contents(atPath: path)))
  }

  @Test("the decoder target's fingerprint reads every stored property of the model")
  func fingerprintIsComplete() throws {
    // The templates through the tree path: every key of the format, so every type below is met.
    var procedures: [Procedure] = []
    for (_, text) in MutationPools.templates {
      let (loaded, decoded) = Compiler.loadProcedure(
        "p.yaml", MemoryStorage(texts: ["p.yaml": text]), CompileOptions(jobs: 1, fastPath: false), ["vi", "en"])
      #expect(loaded.diagnostics.isEmpty)
      procedures.append(try #require(decoded))
    }
    let procedure = procedures[1]
    var seen: [String: [String]] = [:]
    func visit(_ value: Any) {
      let mirror = Mirror(reflecting: value)
      if mirror.displayStyle == .optional || mirror.displayStyle == .collection || mirror.displayStyle == .enum
        || mirror.displayStyle == .tuple || String(describing: mirror.subjectType).hasPrefix("Located<")
        || String(describing: mirror.subjectType).hasPrefix("Box<")
      {
        for child in mirror.children { visit(child.value) }
        return
      }
      guard mirror.displayStyle == .struct, !mirror.children.isEmpty else { return }
      let name = String(describing: mirror.subjectType)
      guard !["SourceRange", "SourcePosition", "Day"].contains(name) else { return }
      seen[name] = mirror.children.map { $0.label ?? "?" }
      for child in mirror.children { visit(child.value) }
    }
    for procedure in procedures { visit(procedure) }
    for (type, fields) in seen {
      #expect(ProcedureFingerprint.fields[type] == fields, "\(type): the fingerprint does not read every field")
    }
    #expect(Set(seen.keys) == Set(ProcedureFingerprint.fields.keys))

    // Text that differs only in normalization: equal as Strings, not as fingerprints.
    var decomposed = procedure
    decomposed.name?.entries[0].text = "Đa\u{306}ng ky\u{301} khai sinh"
    #expect(decomposed.name?.entries[0].text == procedure.name?.entries[0].text)
    #expect(ProcedureFingerprint(decomposed) != ProcedureFingerprint(procedure))
    var moved = procedures[2]
    moved.papers[1].range.end = moved.papers[0].range.end
    #expect(ProcedureFingerprint(moved) != ProcedureFingerprint(procedures[2]))
  }

  @Test("every target has regressions")
  func everyTargetHasRegressions() {
    for target in FuzzTarget.allCases {
      #expect(!Self.inputs("regressions", target).isEmpty, "no regression input for \(target)")
    }
  }

  @Test("inputs that once broke a target go through it clean, read as recorded", arguments: regressions)
  func regression(_ target: FuzzTarget, _ name: String) throws {
    let input = try Self.read("regressions", target, name)
    let report = target.run(input)
    #expect(report.violations.isEmpty, "\(report.violations)")
    var expectation = report.summary
    if target == .decoder { expectation += "--- the mutated procedure\n" + target.file(for: input) }
    Golden.check(expectation, "../Fuzz/regressions/\(target.rawValue)/\(name).expected")
  }

  @Test("the seed corpus runs clean and reaches what each target is for", arguments: FuzzTarget.allCases)
  func corpus(_ target: FuzzTarget) throws {
    let names = Self.inputs("corpus", target)
    #expect(names.count >= 10)
    var facts: [String: Int] = [:]
    for name in names {
      let report = target.run(try Self.read("corpus", target, name))
      #expect(report.violations.isEmpty, "\(name): \(report.violations)")
      for fact in report.facts { facts[fact, default: 0] += 1 }
    }
    func seen(_ prefix: String) -> Bool { facts.keys.contains { $0.hasPrefix(prefix) } }
    switch target {
    case .loader:
      // Files the quick scanner takes (so the two readers are compared), files it leaves to
      // libyaml, files the loader reports on and files it reads clean.
      #expect(facts["quick scanner: takes the file", default: 0] >= 3)
      #expect(facts["quick scanner: leaves it to libyaml", default: 0] >= 3)
      #expect(facts["diagnostics: none", default: 0] >= 3)
      #expect(seen("diagnostics: yaml-syntax"))
    case .decoder:
      // Each template unchanged (an input of one byte, which picks it) is clean and read by both
      // fast paths; other seeds make the fast path give up and the tree path report.
      for index in MutationPools.templates.indices {
        let template = target.run([UInt8(index)])
        #expect(template.facts.contains("template: \(MutationPools.templates[index].name)"))
        #expect(template.facts.contains("tree path: none"))
        #expect(template.facts.contains("fast path (quick scanner): takes the file"))
        #expect(template.facts.contains("fast path (libyaml's events): takes the file"))
      }
      #expect(facts["fast path (quick scanner): gives up", default: 0] >= 5)
      #expect(facts["tree path: none", default: 0] >= 2)
      #expect(seen("checks: ") && facts["checks: none", default: 0] < names.count)
    case .lsp:
      // Raw streams and framed bodies; bodies that are not JSON, unknown methods and bad
      // parameters each get their error, and the server ends every run.
      #expect(facts["input: raw stream", default: 0] >= 3)
      #expect(facts["input: one framed body", default: 0] >= 3)
      #expect(facts.keys.contains { $0.hasPrefix("errors: ") && $0.contains("-32700") })
      #expect(facts.keys.contains { $0.hasPrefix("errors: ") && $0.contains("-32601") })
    case .cel:
      // Values of several kinds, and every kind of error: parse, check, evaluation and cost.
      for kind in ["parse", "check", "eval", "cost"] {
        #expect(facts.keys.contains { $0.hasSuffix(": \(kind) error") }, "no seed gives a \(kind) error")
      }
      #expect(facts.keys.filter { $0.hasPrefix("checked: ") && !$0.hasSuffix(" error") }.count >= 3)
    case .pipeline:
      // Error-free catalogs that build, catalogs with errors, and replaced rules files.
      #expect(seen("build: ") && facts.keys.contains { $0.hasPrefix("build: ") && $0 != "build: none (errors)" })
      #expect(facts["build: none (errors)", default: 0] >= 3)
      #expect(seen("file: rules/"))
    }
  }
}
