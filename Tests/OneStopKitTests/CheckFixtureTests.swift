import Foundation
import Testing

@testable import OneStopKit

/// Each check's own fixture folder, `Tests/Fixtures/checks/<id>/`:
///
/// - `triggering/` and `near-miss/` hold files laid over the example catalog (`ExampleCatalog`'s
///   rules plus its procedure at `catalog/1.000001.yaml`), at their paths in a catalog root: a
///   file at a path the base has replaces it, any other is added.
/// - `expected.txt` is what `triggering/` gives for this check alone, in the human format.
///   `UPDATE_GOLDEN=1` rewrites it; a missing one is written and fails once.
/// - `near-miss/` almost triggers the check and must give none of its findings.
///
/// Neither set may hold an input error, so that a set the loader refused cannot pass for a near
/// miss. Only the check's own findings are kept, so a new check never changes another's snapshot.
enum CheckFixture {
  static let root = Golden.fixtures.appendingPathComponent("checks")

  /// The files of `root/<id>/<set>/`, by their path below it; empty when the folder is missing.
  static func files(_ id: String, _ set: String) -> [String: [UInt8]] {
    let folder = root.appendingPathComponent(id).appendingPathComponent(set)
    guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: folder.path) else { return [:] }
    var files: [String: [UInt8]] = [:]
    for path in paths {
      let url = folder.appendingPathComponent(path)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
        let data = FileManager.default.contents(atPath: url.path)
      else { continue }
      files[path] = Array(data)
    }
    return files
  }

  /// The example catalog with `files` laid over it, checked as the CLI would check it.
  static func check(_ files: [String: [UInt8]]) -> (files: [String: [UInt8]], diagnostics: [Diagnostic]) {
    var all: [String: [UInt8]] = [:]
    for (path, text) in ExampleCatalog.rules { all[path] = Array(text.utf8) }
    all["catalog/1.000001.yaml"] = Array(ExampleCatalog.procedure.utf8)
    all.merge(files) { _, fixture in fixture }
    var options = CompileOptions(jobs: 1)
    options.language = .en
    let result = Compiler.check(MemoryStorage(files: all), options: options)
    return (all, result.diagnostics)
  }

  static func render(_ diagnostics: [Diagnostic], _ files: [String: [UInt8]]) -> String {
    HumanRenderer(colored: false) { files[$0] }.render(diagnostics)
  }

  static func lines(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.file):\($0.range.start.line):\($0.range.start.column): \($0.id): \($0.message)" }
  }
}

/// The check types declared in `Sources/OneStopKit`, found by reading the source: a type whose
/// declaration names a check protocol among the protocols it conforms to.
enum CheckSources {
  static let library = Golden.fixtures.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/OneStopKit")
  static let protocols: Set<String> = ["Check", "ProcedureCheck", "CatalogCheck", "EliminationCheck"]

  struct Declaration {
    var type: String
    /// The path below Sources/OneStopKit.
    var file: String
    /// The id its description gives, read from the file (`id: "..."`).
    var id: String?
  }

  static func declarations() -> [Declaration] {
    guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: library.path) else { return [] }
    var found: [Declaration] = []
    for path in paths.sorted() where path.hasSuffix(".swift") {
      guard let text = try? String(contentsOf: library.appendingPathComponent(path), encoding: .utf8) else { continue }
      for line in text.split(separator: "\n") {
        guard let type = checkType(declaredBy: line) else { continue }
        found.append(Declaration(type: type, file: path, id: firstID(in: text)))
      }
    }
    return found
  }

  /// `struct PaperObtainableCheck: EliminationCheck {` gives `PaperObtainableCheck`.
  static func checkType(declaredBy line: Substring) -> String? {
    var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
    let modifiers: Set<Substring> = ["public", "internal", "fileprivate", "private", "package", "final"]
    while let first = words.first, modifiers.contains(first) { words = words.dropFirst() }
    guard let kind = words.first, ["struct", "class", "enum", "actor", "extension"].contains(kind),
      let colon = line.firstIndex(of: ":")
    else { return nil }
    let name = line[..<colon].split(separator: " ").last.map { String($0.split(separator: "<")[0]) }
    let conformances = line[line.index(after: colon)...].prefix { $0 != "{" }
      .split(separator: ",").map { $0.split(separator: " ").first.map(String.init) ?? "" }
    return conformances.contains(where: protocols.contains) ? name : nil
  }

  static func firstID(in text: String) -> String? {
    guard let start = text.range(of: "id: \"") else { return nil }
    let rest = text[start.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
  }
}

@Suite("Check fixtures")
struct CheckFixtureTests {
  static let checkIDs = CheckRegistry.checkTypes.map { $0.description.id }.sorted()

  @Test("each check's triggering fixture gives its snapshot, and its near miss nothing", arguments: checkIDs)
  func fixture(_ id: String) {
    let folder = "Tests/Fixtures/checks/\(id)/"
    let triggering = CheckFixture.files(id, "triggering")
    let nearMiss = CheckFixture.files(id, "near-miss")
    #expect(!triggering.isEmpty, "check '\(id)' has no triggering fixture: add files under \(folder)triggering/")
    #expect(!nearMiss.isEmpty, "check '\(id)' has no near-miss fixture: add files under \(folder)near-miss/")
    let isInput = { (diagnostic: Diagnostic) in CheckRegistry.description(for: diagnostic.id)?.isConfigurable == false }
    if !triggering.isEmpty {
      let (files, diagnostics) = CheckFixture.check(triggering)
      let input = diagnostics.filter(isInput)
      #expect(input.isEmpty, "check '\(id)': \(folder)triggering/ has input errors: \(CheckFixture.lines(input))")
      let own = diagnostics.filter { $0.id == id }
      #expect(!own.isEmpty, "check '\(id)': \(folder)triggering/ gives none of its findings")
      Golden.check(CheckFixture.render(own, files), "checks/\(id)/expected.txt")
    }
    if !nearMiss.isEmpty {
      let (_, diagnostics) = CheckFixture.check(nearMiss)
      let input = diagnostics.filter(isInput)
      #expect(input.isEmpty, "check '\(id)': \(folder)near-miss/ has input errors: \(CheckFixture.lines(input))")
      let own = diagnostics.filter { $0.id == id }
      #expect(own.isEmpty, "check '\(id)' fires on its near miss: \(CheckFixture.lines(own))")
    }
  }

  @Test("every fixture folder is a check's")
  func noStrayFixture() throws {
    let entries = try FileManager.default.contentsOfDirectory(atPath: CheckFixture.root.path)
    for entry in entries.sorted() {
      var isFolder: ObjCBool = false
      let path = CheckFixture.root.appendingPathComponent(entry).path
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { continue }
      #expect(
        Self.checkIDs.contains(entry), "Tests/Fixtures/checks/\(entry)/ is the fixture of no check in CheckRegistry")
    }
  }

  @Test("every check type is in the registry, alone in Checks/<group>/<id>.swift")
  func oneFilePerCheck() throws {
    let declarations = CheckSources.declarations()
    try #require(!declarations.isEmpty, "no check type found under \(CheckSources.library.path)")
    let registered = Dictionary(
      CheckRegistry.checkTypes.map { (String(describing: $0), $0.description.id) }, uniquingKeysWith: { a, _ in a })
    for declaration in declarations {
      let name = declaration.id.map { "check '\($0)' (\(declaration.type))" } ?? declaration.type
      let file = "Sources/OneStopKit/\(declaration.file)"
      guard let id = registered[declaration.type] else {
        Issue.record("\(name) in \(file) is not in CheckRegistry: add `\(declaration.type)(),` to its list")
        continue
      }
      let parts = declaration.file.split(separator: "/")
      #expect(
        parts.count == 3 && parts[0] == "Checks" && parts[2] == "\(id).swift",
        "check '\(id)' (\(declaration.type)) is in \(file), not in Sources/OneStopKit/Checks/<group>/\(id).swift")
    }
    let byFile = Dictionary(grouping: declarations, by: \.file)
    for (file, types) in byFile where types.count > 1 {
      Issue.record("Sources/OneStopKit/\(file) holds \(types.count) checks: \(types.map(\.type)); one file each")
    }
    let declared = Set(declarations.map(\.type))
    for (type, id) in registered where !declared.contains(type) {
      Issue.record("check '\(id)' (\(type)) is registered, but no file under Sources/OneStopKit declares it")
    }
  }
}
