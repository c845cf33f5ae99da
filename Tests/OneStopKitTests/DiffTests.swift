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
    "catalog/bundles/group.bundle.yaml": """
    bundle: group
    name: {vi: Nhóm, en: Group}
    levels: [commune]
    steps: [{code: "1.000001"}, {code: "1.000002"}]
    """,
    "catalog/bundles/gone.bundle.yaml": """
    bundle: gone
    name: {vi: Nhóm cũ, en: Old group}
    levels: [commune]
    steps: [{code: "1.000001"}, {code: "1.000003"}]
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
    "catalog/bundles/group.bundle.yaml": """
    bundle: group
    name: {vi: Nhóm, en: Group}
    levels: [commune]
    steps: [{code: "1.000001"}, {code: "1.000004"}]
    """,
    "catalog/bundles/fresh.bundle.yaml": """
    bundle: fresh
    name: {vi: Nhóm mới, en: New group}
    levels: [commune]
    steps: [{code: "1.000002"}, {code: "1.000004"}]
    """,
  ]

  static func result(_ files: [String: String]) -> CheckResult {
    var all = ExampleCatalog.rules
    for (path, text) in files { all[path] = text }
    return Compiler.check(MemoryStorage(texts: all), options: CompileOptions(jobs: 1))
  }

  static let diff = CatalogDiff.compare(old: result(old), new: result(new), language: .en)
  static let vietnamese = CatalogDiff.compare(old: result(old), new: result(new), language: .vi)

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
        "1.000002 requirement-added", "1.000002 time-longer", "group bundle-paper-asked",
      ])
    let noLonger = Self.diff.changes.first { $0.kind == .noLongerEliminated }
    #expect(noLonger?.message.contains("source population no longer listed") == true)
    let newly = Self.diff.changes.first { $0.kind == .newlyEliminated }
    #expect(newly?.message.contains("source population listed") == true)
  }

  @Test("an unchanged catalog has no change")
  func unchanged() {
    let same = CatalogDiff.compare(old: Self.result(Self.old), new: Self.result(Self.old), language: .en)
    #expect(same.changes.isEmpty)
    #expect(same.markdown().contains("No change to any procedure."))
    let vietnamese = CatalogDiff.compare(old: Self.result(Self.old), new: Self.result(Self.old), language: .vi)
    #expect(vietnamese.markdown().contains("Không thủ tục nào thay đổi."))
  }

  @Test("the diff speaks the new side's language unless told")
  func defaultLanguage() {
    // The example catalog's policy lists vi first.
    #expect(CatalogDiff.compare(old: Self.result(Self.old), new: Self.result(Self.new)).language == .vi)
  }

  @Test("the Markdown and JSON reports match the golden files, in each language")
  func goldenReports() {
    Golden.check(Self.diff.markdown(), "diff/expected.md")
    Golden.check(Self.diff.json(), "diff/expected.json")
    Golden.check(Self.vietnamese.markdown(), "diff/expected.vi.md")
    Golden.check(Self.vietnamese.json(), "diff/expected.vi.json")
  }

  @Test("the Vietnamese diff holds the same changes, with no English outside ids, paths and code")
  func vietnameseWords() {
    #expect(Self.vietnamese.changes.map(\.kind) == Self.diff.changes.map(\.kind))
    #expect(Self.vietnamese.changes.map(\.burden) == Self.diff.changes.map(\.burden))
    for (vi, en) in zip(Self.vietnamese.changes, Self.diff.changes) {
      #expect(vi.message != en.message, "not translated: \(vi.message)")
    }
    let markdown = Self.vietnamese.markdown()
    #expect(MessageCatalogTests.englishLeft(in: markdown).isEmpty, "\(MessageCatalogTests.englishLeft(in: markdown))")
    let noLonger = Self.vietnamese.changes.first { $0.kind == .noLongerEliminated }
    #expect(noLonger?.message.contains("không còn khai cơ sở dữ liệu 'population'") == true)
    let level = Self.vietnamese.changes.first { $0.kind == .levelAdded }
    #expect(level?.message == "thêm cấp thực hiện 'provincial' (Cấp tỉnh)")
  }

  // MARK: A side that fails to load

  /// The new catalog with `path` replaced by `text` (nil: removed).
  static func new(_ path: String, _ text: String?) -> [String: String] {
    var files = new
    files[path] = text
    return files
  }

  @Test("a procedure whose file fails to load on one side is neither removed nor added, and the file is named")
  func failedProcedureFile() {
    // New side: 1.000001 is broken YAML, so no procedure 1.000001 is read there.
    let broken = Self.new("catalog/1.000001.yaml", "code: \"1.000001\"\nname: [unclosed\n")
    let diff = CatalogDiff.compare(old: Self.result(Self.old), new: Self.result(broken), language: .en)
    #expect(diff.failed == CatalogDiff.FailedFiles(old: [], new: ["catalog/1.000001.yaml"]))
    #expect(!diff.procedures.contains { $0.code == "1.000001" })
    // The rest is compared as before.
    // The groups with 1.000001 as a step are left out too: "fresh" is not.
    #expect(diff.procedures.map(\.code) == ["1.000002", "1.000003", "1.000004", "fresh"])
    let markdown = diff.markdown()
    #expect(markdown.contains("**Files that could not be read**"))
    #expect(markdown.contains("- new: `catalog/1.000001.yaml`"))
    #expect(diff.json().contains("\"new\" : [\n      \"catalog/1.000001.yaml\"\n    ]"))
    let vietnamese = CatalogDiff.compare(old: Self.result(Self.old), new: Self.result(broken), language: .vi)
    #expect(vietnamese.markdown().contains("- bản mới: `catalog/1.000001.yaml`"))
  }

  @Test("a procedure file with a decode error is left out on both sides, not half compared")
  func failedDecode() {
    // Old side: 1.000003's levels are not a list; it is read, without levels.
    var old = Self.old
    old["catalog/1.000003.yaml"] = old["catalog/1.000003.yaml"]!.replacingOccurrences(
      of: "levels: [commune]", with: "levels: commune")
    let diff = CatalogDiff.compare(old: Self.result(old), new: Self.result(Self.new), language: .en)
    #expect(diff.failed.old == ["catalog/1.000003.yaml"])
    #expect(!diff.procedures.contains { $0.code == "1.000003" })
    #expect(diff.procedures.map(\.code) == ["1.000001", "1.000002", "1.000004", "fresh", "group"])
  }

  @Test("a file named after a procedure that fails on the old side keeps the new one from being 'added'")
  func failedUnderItsCode() {
    var old = Self.old
    old["catalog/1.000004.yaml"] = "code: \"1.000004\"\n\tname: tab\n"
    let diff = CatalogDiff.compare(old: Self.result(old), new: Self.result(Self.new), language: .en)
    #expect(diff.failed.old == ["catalog/1.000004.yaml"])
    #expect(!diff.changes.contains { $0.kind == .procedureAdded })
  }

  @Test("a rules file that fails to load leaves every procedure out")
  func failedRules() {
    let broken = Self.new("rules/papers.yaml", "papers:\n  - {id: citizen-id\n")
    let diff = CatalogDiff.compare(old: Self.result(Self.old), new: Self.result(broken), language: .en)
    #expect(diff.failed.new == ["rules/papers.yaml"])
    #expect(diff.procedures.isEmpty)
    let markdown = diff.markdown()
    #expect(markdown.contains("no procedure is compared"))
    #expect(markdown.contains("No change to any procedure that could be read."))
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
    #expect(json.stdout.contains("\"burdens\" : 6"))

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

    // A side with a file that fails to load: exit 2, the file named, the JSON says so.
    try Data("code: \"1.000001\"\nname: [unclosed\n".utf8).write(
      to: folder.appendingPathComponent("new/catalog/1.000001.yaml"))
    let failed = try CLITests.run(["diff", old, new, "--format", "json"])
    #expect(failed.status == 2)
    #expect(failed.stderr.contains("could not be read") && failed.stderr.contains("catalog/1.000001.yaml"))
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(failed.stdout.utf8)) as? [String: Any])
    let failedFiles = try #require(report["failed"] as? [String: [String]])
    #expect(failedFiles == ["old": [], "new": ["catalog/1.000001.yaml"]])
    let changes = try #require(report["changes"] as? [[String: Any]])
    #expect(!changes.contains { $0["procedure"] as? String == "1.000001" })
    #expect(changes.contains { $0["procedure"] as? String == "1.000002" })
    let vietnamese = try CLITests.run(["diff", old, new, "--lang", "vi"])
    #expect(vietnamese.status == 2)
    #expect(vietnamese.stderr.contains("lỗi: 1 tệp của danh mục"))
    #expect(vietnamese.stdout.contains("## Thay đổi của danh mục thủ tục (OneStop)"))
  }
}
