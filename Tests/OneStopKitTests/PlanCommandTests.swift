import Foundation
import Testing

/// `onestop plan` and the what-if flags from the command line.
@Suite("Plan command")
struct PlanCommandTests {
  static let root = PythonJSONSchema.packageRoot.path

  @Test("plan writes JSON, Markdown and HTML, and --top keeps the first actions")
  func formats() throws {
    let json = try CLITests.run(["plan", Self.root, "--format", "json", "--top", "2", "--as-of", "2023-01-01"])
    #expect(json.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect((object["actions"] as? [Any])?.count == 2)
    let markdown = try CLITests.run(["plan", Self.root, "--lang", "vi"])
    #expect(markdown.status == 0)
    #expect(markdown.stdout.hasPrefix("# Kế hoạch cắt giảm giấy tờ"))
    let html = try CLITests.run(["plan", Self.root, "--format", "html"])
    #expect(html.status == 0)
    #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(html.stdout.contains("<table"))
  }

  @Test("a what-if is refused by build --check, and when it names what the catalog lacks")
  func refusals() throws {
    let check = try CLITests.run(["build", Self.root, "--check", "--assume-connected", "land@central"])
    #expect(check.status == 2)
    #expect(check.stderr.contains("--check compares with the catalog as it is"))
    let unknown = try CLITests.run(["check", Self.root, "--assume-connected", "lnd@central"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("rules/sources.yaml has no source 'lnd'; did you mean 'land'?"))
    let result = try CLITests.run(["plan", Self.root, "--assume-digitized", "1.001456:pasport"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("did you mean 'passport'?"))
    for bad in [["--assume-connected", "land"], ["--assume-digitized", "1.001456"], ["--top", "0"]] {
      let run = try CLITests.run(["plan", Self.root] + bad)
      #expect(run.status == 2, "\(bad)")
    }
  }

  @Test("a what-if build says so in catalog.json and report.md, and its counts follow the assumption")
  func whatIfBuild() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-whatif-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let run = try CLITests.run([
      "build", Self.root, "--out", out.path, "--assume-connected", "land@central",
      "--no-cache",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("catalog.json")))
        as? [String: Any])
    #expect(json["what_if"] as? [String] == ["--assume-connected land@central"])
    let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
    #expect(report.hasPrefix("# Once-only report (what-if)"))
    #expect(report.contains("This report is a what-if: National Land Database connected at the central level"))
    let checklist = try String(
      contentsOf: out.appendingPathComponent("checklists/1.001193.en.html"), encoding: .utf8)
    #expect(checklist.contains("<p class=\"banner\" role=\"note\">A what-if, not the catalog as it is: "))
    let vietnamese = try String(contentsOf: out.appendingPathComponent("checklists/1.001193.html"), encoding: .utf8)
    #expect(vietnamese.contains("Kết quả giả định, chưa phải thực tế: Cơ sở dữ liệu quốc gia về đất đai được kết nối"))
    let index = try String(contentsOf: out.appendingPathComponent("index.en.html"), encoding: .utf8)
    #expect(index.contains("A what-if, not the catalog as it is"))
    let scorecard = try String(contentsOf: out.appendingPathComponent("report.en.html"), encoding: .utf8)
    #expect(scorecard.contains("<h1>Once-only scorecard (what-if)</h1>"))
    let plain = try CLITests.run(["plan", Self.root, "--format", "json", "--as-of", "2023-01-01"])
    let assumed = try CLITests.run([
      "plan", Self.root, "--format", "json", "--as-of", "2023-01-01", "--assume-connected", "land@commune",
    ])
    // The connection assumed is no longer an action to take.
    #expect(plain.stdout.contains("\"level\" : \"commune\",\n      \"procedure\"") == false)
    #expect(plain.stdout.contains("\"source\" : \"land\",\n      \"level\" : \"commune\""))
    #expect(!assumed.stdout.contains("\"source\" : \"land\",\n      \"level\" : \"commune\""))
  }
}
