import Foundation
import Testing

@testable import OneStopKit

@Suite("Catalog diff")
struct DiffTests {
  static let head = """
    name: {vi: Đăng ký khai sinh, en: Birth registration}
    field: civil-status
    legal_basis:
      - {ref: 60/2014/QH13, title: {vi: Luật Hộ tịch, en: Law on Civil Status}}
    results:
      - {paper: birth-certificate, digitized: true}

    """

  static let old: [String: String] = [
    "catalog/1.000001.yaml": """
    code: "1.000001"
    \(head)levels: [commune]
    data_sources: [population]
    channels:
      - {kind: in-person, processing_time: {working_days: 1}, fee: {amount: 0, currency: VND}}
      - {kind: online, online_level: full, processing_time: {working_days: 2}, fee: {amount: 10000, currency: VND}}
      - {kind: postal, processing_time: {working_days: 3}}
    papers:
      - {id: application, paper: birth-registration-form, copies: {original: 1}}
      - {id: birth-notice, paper: birth-notice, copies: {original: 1}}
      - {id: identity, paper: citizen-id, presented: true}
      - {id: extra, paper: passport}
    """,
    "catalog/1.000002.yaml": """
    code: "1.000002"
    \(head)levels: [central, commune]
    data_sources: []
    channels:
      - {kind: in-person, processing_time: {working_days: 1}, fee: {amount: 5000, currency: VND}}
      - {kind: online, online_level: partial, processing_time: {text: {vi: Trong ngày, en: Same day}}}
    papers:
      - {id: identity, paper: citizen-id}
    """,
    "catalog/1.000003.yaml": """
    code: "1.000003"
    \(head)levels: [commune]
    channels:
      - {kind: in-person, processing_time: {working_days: 1}}
    papers:
      - {id: application, paper: birth-registration-form}
    """,
  ]

  static let new: [String: String] = [
    "catalog/1.000001.yaml": """
    code: "1.000001"
    \(head.replacingOccurrences(of: "Law on Civil Status}}", with: "Law on Civil Status}}\n  - {ref: 123/2015/NĐ-CP, title: {vi: Nghị định 123, en: Decree 123}}"))levels: [commune, provincial]
    data_sources: []
    channels:
      - {kind: in-person, processing_time: {working_days: 1}, fee: {amount: 20000, currency: VND}}
      - {kind: online, online_level: full, processing_time: {working_days: 1}, fee: {amount: 5000, currency: VND}}
    papers:
      - {id: application, paper: birth-registration-form, copies: {original: 1}}
      - {id: birth-notice, paper: birth-notice, copies: {original: 1, copy: 1}}
      - {id: identity, paper: citizen-id, presented: true}
    """,
    "catalog/1.000002.yaml": """
    code: "1.000002"
    \(head)levels: [commune]
    data_sources: [population]
    channels:
      - {kind: in-person, processing_time: {working_days: 2}, fee: {text: {vi: Theo quy định, en: As set by law}}}
      - {kind: online, online_level: partial, processing_time: {text: {vi: Trong 2 ngày, en: Within 2 days}}}
      - {kind: postal, processing_time: {working_days: 3}}
    papers:
      - {id: identity, paper: citizen-id}
      - {id: residence, paper: residence-confirmation}
    """,
    "catalog/1.000004.yaml": """
    code: "1.000004"
    \(head)levels: [commune]
    channels:
      - {kind: in-person, processing_time: {working_days: 1}}
    papers:
      - {id: application, paper: birth-registration-form}
    """,
  ]

  static func result(_ files: [String: String]) -> CheckResult {
    var all = ExampleCatalog.rules
    for (path, text) in files { all[path] = text }
    return Compiler.check(MemoryStorage(texts: all), options: CompileOptions(jobs: 1))
  }

  static let diff = CatalogDiff.compare(old: result(old), new: result(new))

  @Test("the fixtures compile without errors")
  func fixturesAreClean() {
    #expect(!Self.result(Self.old).hasErrors, "\(Self.result(Self.old).diagnostics.filter { $0.severity == .error })")
    #expect(!Self.result(Self.new).hasErrors, "\(Self.result(Self.new).diagnostics.filter { $0.severity == .error })")
  }

  @Test("every kind of change is classified")
  func everyKind() {
    let kinds = Set(Self.diff.changes.map(\.kind))
    let missing = CatalogDiff.Kind.allCases.filter { !kinds.contains($0) }
    #expect(missing.isEmpty, "not produced: \(missing)")
  }

  @Test("burdens are exactly the changes that cost citizens")
  func burdens() {
    let burdens = Set(Self.diff.burdens.map { "\($0.procedure) \($0.kind.rawValue)" })
    #expect(
      burdens == [
        "1.000001 no-longer-eliminated", "1.000001 fee-raised", "1.000001 channel-removed",
        "1.000002 requirement-added", "1.000002 time-longer",
      ])
    let noLonger = Self.diff.changes.first { $0.kind == .noLongerEliminated }
    #expect(noLonger?.message.contains("source population no longer listed") == true)
    let newly = Self.diff.changes.first { $0.kind == .newlyEliminated }
    #expect(newly?.message.contains("source population listed") == true)
  }

  @Test("an unchanged catalog has no change")
  func unchanged() {
    let same = CatalogDiff.compare(old: Self.result(Self.old), new: Self.result(Self.old))
    #expect(same.changes.isEmpty)
    #expect(same.markdown().contains("No change to any procedure."))
  }

  @Test("the Markdown and JSON reports match the golden files")
  func goldenReports() {
    Golden.check(Self.diff.markdown(), "diff/expected.md")
    Golden.check(Self.diff.json(), "diff/expected.json")
  }
}

@Suite("CLI diff")
struct CLIDiffTests {
  @Test("diff OLD NEW exits 1 on regressions only when asked, and --base reads git")
  func diffCommand() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-diff-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, files) in [("old", DiffTests.old), ("new", DiffTests.new)] {
      var all = OneStopKitExampleFiles.rules
      for (path, text) in files { all[path] = text }
      for (path, text) in all {
        let url = folder.appendingPathComponent(name).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
      }
    }
    let old = folder.appendingPathComponent("old").path
    let new = folder.appendingPathComponent("new").path
    let plain = try CLITests.run(["diff", old, new])
    #expect(plain.status == 0)
    #expect(plain.stdout.contains("**burden** `fee-raised`"))
    #expect(try CLITests.run(["diff", old, new, "--fail-on-regression"]).status == 1)
    #expect(try CLITests.run(["diff", new, new, "--fail-on-regression"]).status == 0)
    let json = try CLITests.run(["diff", old, new, "--format", "json"])
    #expect(json.stdout.contains("\"burdens\" : 5"))

    // --base: commit the old catalog, put the new one in the work tree.
    let repo = folder.appendingPathComponent("repo")
    try FileManager.default.copyItem(atPath: old, toPath: repo.path)
    func git(_ arguments: [String]) throws {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["git", "-C", repo.path] + arguments
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
    }
    try git(["init", "-q"])
    try git(["add", "-A"])
    try git(["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "old"])
    try FileManager.default.removeItem(at: repo.appendingPathComponent("catalog"))
    try FileManager.default.copyItem(
      atPath: folder.appendingPathComponent("new/catalog").path, toPath: repo.appendingPathComponent("catalog").path)
    let based = try CLITests.run(["diff", "--base", "HEAD", repo.path, "--fail-on-regression"])
    #expect(based.status == 1, "\(based.stdout)\(based.stderr)")
    #expect(based.stdout == plain.stdout)
    #expect(try CLITests.run(["diff", "--base", "no-such-revision", repo.path]).status == 2)
  }
}
