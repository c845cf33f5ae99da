import Foundation
import Testing

@testable import OneStopKit

/// Python's jsonschema validates our JSON against schemas we did not write (SARIF's, and our
/// JSON Schemas in the drift test). Tests that need it skip with a message where it is missing,
/// except in CI (`CI` set), where they run and fail.
enum PythonJSONSchema {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let sarifSchema = packageRoot.deletingLastPathComponent().appendingPathComponent(
    "shared/schemas/sarif-schema-2.1.0.json")

  static let available: Bool = {
    (try? run(["-c", "import jsonschema"]).status) == 0
  }()

  static func run(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    let inputPipe = Pipe()
    process.standardInput = inputPipe
    try process.run()
    if let input { inputPipe.fileHandleForWriting.write(input) }
    inputPipe.fileHandleForWriting.closeFile()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// Validates `document` (JSON text) against the schema file; returns the error, or nil.
  static func validate(_ document: String, schema: URL) throws -> String? {
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      document = json.load(sys.stdin)
      cls = jsonschema.validators.validator_for(schema)
      errors = sorted(cls(schema).iter_errors(document), key=lambda e: list(e.path))
      for e in errors[:5]: print(list(e.path), e.message)
      sys.exit(1 if errors else 0)
      """
    let result = try run(["-c", script, schema.path], input: Data(document.utf8))
    return result.status == 0 ? nil : result.output
  }
}

@Suite("Machine formats")
struct MachineFormatTests {
  static let result = DiagnosticsGoldenTests.checkFixture()

  @Test("json, sarif, github and junit render the fixture as the golden files say")
  func goldenFormats() {
    let diagnostics = Self.result.diagnostics
    Golden.check(MachineFormats.json(diagnostics, files: Self.result.fileCount), "diagnostics/expected.json")
    Golden.check(MachineFormats.sarif(diagnostics), "diagnostics/expected.sarif")
    Golden.check(MachineFormats.github(diagnostics), "diagnostics/expected.github.txt")
    Golden.check(MachineFormats.junit(diagnostics, files: Self.result.files), "diagnostics/expected.junit.xml")
  }

  @Test(
    "SARIF output is valid against the OASIS SARIF 2.1.0 schema",
    RequiredInput.needs(
      FileManager.default.fileExists(atPath: PythonJSONSchema.sarifSchema.path), "../shared/schemas is absent"),
    RequiredInput.needs(PythonJSONSchema.available, "python3 with the jsonschema package is not installed"))
  func sarifIsValid() throws {
    try #require(
      FileManager.default.fileExists(atPath: PythonJSONSchema.sarifSchema.path), "../shared/schemas is absent")
    try #require(PythonJSONSchema.available, "python3 with the jsonschema package is not installed")
    let sarif = MachineFormats.sarif(Self.result.diagnostics)
    #expect(try PythonJSONSchema.validate(sarif, schema: PythonJSONSchema.sarifSchema) == nil)
    let empty = MachineFormats.sarif([])
    #expect(try PythonJSONSchema.validate(empty, schema: PythonJSONSchema.sarifSchema) == nil)
  }

  @Test("SARIF carries the rules its results use, end positions, notes and the column kind")
  func sarifContents() throws {
    let sarif = MachineFormats.sarif(Self.result.diagnostics)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let used = Set(Self.result.diagnostics.map(\.id))
    #expect(rules.map { $0["id"] as? String } == CheckRegistry.descriptions.map(\.id).filter(used.contains))
    #expect(rules.count == used.count)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == Self.result.diagnostics.count)
    // Results name their rule by id only, so that adding a rule renumbers nothing.
    #expect(results.allSatisfy { $0["ruleId"] is String && $0["ruleIndex"] == nil })
    let duplicate = try #require(results.first { $0["ruleId"] as? String == "duplicate-code" })
    #expect((duplicate["relatedLocations"] as? [[String: Any]])?.count == 1)
    let region = try #require(
      ((duplicate["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]
        as? [String: Any])
    #expect(region["startColumn"] as? Int == 7 && region["endColumn"] as? Int == 17)
  }

  @Test("GitHub annotations escape what would end the command")
  func githubEscaping() {
    let diagnostic = Diagnostic(
      id: "x", severity: .warning, message: "50% done: a, b\nnext",
      location: SourceLocation(
        file: "catalog/a,b:c.yaml", range: SourceRange(at: SourcePosition(line: 2, column: 3, offset: 9))))
    #expect(
      MachineFormats.github([diagnostic])
        == "::warning file=catalog/a%2Cb%3Ac.yaml,line=2,col=3,title=onestop x::50%25 done: a, b%0Anext\n")
  }
}

@Suite("Baselines")
struct BaselineTests {
  static func catalog(_ procedure: String) -> MemoryStorage {
    var files = ExampleCatalog.rules
    files["catalog/1.000001.yaml"] = procedure
    return MemoryStorage(texts: files)
  }

  static let base = ExampleCatalog.procedure
    .replacingOccurrences(of: "field: civil-status", with: "field: civil-status\ndata_sources: [population]")
    .replacingOccurrences(
      of: "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}",
      with: """
          - {id: birth-notice, paper: birth-notice, copies: {original: 1}}
          - {id: identity, paper: citizen-id}
          - {id: residence, paper: residence-confirmation}
        """)

  @Test("a baseline silences recorded findings, reports new ones and lists fixed ones as stale")
  func newFixedStale() {
    let before = Self.catalog(Self.base)
    let first = Compiler.check(before, options: CompileOptions(jobs: 1))
    #expect(first.diagnostics.filter { $0.id == "paper-obtainable" }.count == 2)
    let baseline = Baseline.record(first.diagnostics, storage: before)
    #expect(Baseline.decode(Array(baseline.encoded().utf8)) == baseline)
    // Same findings: nothing new, nothing stale.
    let same = baseline.apply(to: first.diagnostics, storage: before)
    #expect(same.new.isEmpty && same.stale.isEmpty)

    // Lines move (a comment on top), `residence` is fixed, a new obtainable paper appears.
    let edited =
      "# moved down by a comment\n\n"
      + Self.base
      .replacingOccurrences(of: "  - {id: residence, paper: residence-confirmation}\n", with: "")
      .replacingOccurrences(
        of: "  - {id: identity, paper: citizen-id}",
        with: "  - {id: identity, paper: citizen-id}\n  - {id: proof, paper: residence-confirmation}")
    let after = Self.catalog(edited)
    let second = Compiler.check(after, options: CompileOptions(jobs: 1))
    let outcome = baseline.apply(to: second.diagnostics, storage: after)
    #expect(outcome.new.map(\.id) == ["paper-obtainable"])
    #expect(outcome.new.first?.message.contains("'proof'") == true)
    #expect(outcome.stale.map(\.path) == ["papers[residence]"])
  }

  @Test("YAML paths name list items by id, in block and flow style alike")
  func paths() {
    let block = YAMLLoader.load(Array("papers:\n  - id: a\n    paper: x\n  - {id: b, paper: y}\n".utf8), file: "f")
      .root!
    #expect(YAMLPath.path(to: 12, in: block) == "papers[a]")
    #expect(YAMLPath.path(to: 22, in: block) == "papers[a].paper")
    #expect(YAMLPath.path(to: 35, in: block) == "papers[b]")
    #expect(YAMLPath.path(to: 43, in: block) == "papers[b].paper")
    #expect(YAMLPath.path(to: 0, in: block) == "papers")
  }
}

/// Inputs some tests need from outside the package (../shared, Python's jsonschema). Where one is
/// missing the test skips with a message; in CI (`CI` set) it runs and fails, so that a missing
/// input never passes unseen.
enum RequiredInput {
  static let inCI: Bool = {
    guard let value = ProcessInfo.processInfo.environment["CI"] else { return false }
    return !value.isEmpty && value != "false" && value != "0"
  }()

  static func needs(_ available: Bool, _ comment: Comment) -> ConditionTrait {
    .enabled(if: available || inCI, comment)
  }
}
