import Foundation
import Testing

@testable import OneStopKit

/// The portal site's pages (checklists, scorecard, index): valid HTML5 without script or external
/// resource, accessible charts, and figures equal to report.md's and catalog.json's.
@Suite("Portal pages")
struct PortalPagesTests {
  static let checker = PythonJSONSchema.packageRoot.appendingPathComponent("Tests/Support/check-html.py")

  /// A build of `root` in English into a fresh folder.
  static func build(_ root: String) throws -> URL {
    let storage = try #require(DiskStorage(root: root))
    var options = CompileOptions(jobs: 2)
    options.language = .en
    let result = Compiler.check(storage, options: options)
    #expect(!result.hasErrors)
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-pages-\(UUID().uuidString)")
    _ = try Builder.build(result, options: BuildOptions(output: out.path, jobs: 2, cache: false))
    return out
  }

  static func text(_ folder: URL, _ path: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
  }

  /// The cells of each table of an HTML page, row by row (header rows left out).
  static func htmlTables(_ html: String) -> [[[String]]] {
    html.components(separatedBy: "<tbody>").dropFirst().map { table in
      let body = table.components(separatedBy: "</tbody>")[0]
      return body.components(separatedBy: "<tr").dropFirst().map { row in
        row.components(separatedBy: "<td").dropFirst().map { cell in
          let inner = String(cell.drop { $0 != ">" }.dropFirst()).components(separatedBy: "</td>")[0]
          // The text without the links' tags: `<a href="...">1.000656</a>` reads 1.000656.
          let text = inner.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
          return text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
        }
      }
    }
  }

  /// The rows of each Markdown table (header and rule left out), cells trimmed.
  static func markdownTables(_ markdown: String) -> [[[String]]] {
    var tables: [[[String]]] = []
    var current: [[String]] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("|") {
        current.append(
          line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map {
            $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\\", with: "")
          })
      } else if !current.isEmpty {
        tables.append(Array(current.dropFirst(2)))
        current = []
      }
    }
    if !current.isEmpty { tables.append(Array(current.dropFirst(2))) }
    return tables
  }

  @Test("every page of the shipped catalog and of the fixture parses as HTML5, with no script or external resource")
  func pagesAreValid() throws {
    for root in [PythonJSONSchema.packageRoot.path, Golden.fixture("build")] {
      let out = try Self.build(root)
      defer { try? FileManager.default.removeItem(at: out) }
      let run = try PythonJSONSchema.run([Self.checker.path, out.path])
      #expect(run.status == 0, "\(run.output)")
      // One page per language: the first language's without a suffix.
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.en.html").path))
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.en.html").path))
    }
  }

  @Test("the page checker refuses a script, an external URL, an SVG without a title and a bare checkbox")
  func checkerRefuses() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page =
      "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>t</title></head><body>BODY</body></html>"
    let good = page.replacingOccurrences(of: "BODY", with: "<p>ok</p>")
    try good.write(to: folder.appendingPathComponent("good.html"), atomically: true, encoding: .utf8)
    #expect(try PythonJSONSchema.run([Self.checker.path, folder.path]).status == 0)
    for (name, body) in [
      ("script", "<script>alert(1)</script>"), ("url", "<a href=\"https://example.com\">x</a>"),
      ("svg", "<svg><rect/></svg>"), ("box", "<input type=\"checkbox\" id=\"a\">"),
      ("broken", "<p>unclosed <b>bold</p>"),
    ] {
      let path = folder.appendingPathComponent("\(name).html")
      try page.replacingOccurrences(of: "BODY", with: body).write(to: path, atomically: true, encoding: .utf8)
      let run = try PythonJSONSchema.run([Self.checker.path, folder.path])
      #expect(run.status == 1, "\(name): \(run.output)")
      try FileManager.default.removeItem(at: path)
    }
  }

  @Test("the scorecard's figures equal report.md's and catalog.json's")
  func scorecardFigures() throws {
    let out = try Self.build(PythonJSONSchema.packageRoot.path)
    defer { try? FileManager.default.removeItem(at: out) }
    let html = Self.htmlTables(try Self.text(out, "report.en.html"))
    let markdown = Self.markdownTables(try Self.text(out, "report.md"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("catalog.json")))
        as? [String: Any])
    let summary = try #require(json["summary"] as? [String: Int])

    // The targets: the share not re-provided and its verdict, as report.md gives them.
    let reprovided = try #require(markdown[0].first { $0[0] == "Eliminated at every level" })
    #expect(reprovided[1].hasSuffix("(\(html[0][0][1]))"))
    #expect(html[0][0][4].hasSuffix(reprovided[3]))
    #expect(reprovided[1].hasPrefix("\(summary["eliminated"]!) "))
    // Per level: the requirements and those eliminated there.
    // report.md names levels by their ids in English, the scorecard by their names.
    var levelNames: [String: String] = [:]
    for level in json["levels"] as? [[String: Any]] ?? [] {
      if let id = level["id"] as? String, let name = (level["name"] as? [String: String])?["en"] {
        levelNames[id] = name
      }
    }
    for row in markdown[1] {
      let name = levelNames[row[0]] ?? row[0]
      let level = try #require(html[1].first { $0[0] == name }, "level \(row[0])")
      #expect(level[1] == row[1] && level[2] == row[2] && level.last == row[3], "\(level) against \(row)")
    }
    // Per source.
    #expect(html[2].map { Array($0.dropFirst().prefix(2)) } == markdown[2].map { Array($0.dropFirst().prefix(2)) })
    #expect(html[2].count == markdown[2].count)
    // Results digitized per level: results and digitized.
    let digitized = html[6]
    for row in markdown[4] {
      let level = try #require(digitized.first { $0[0] == levelNames[row[0]] ?? row[0] }, "level \(row[0])")
      #expect(level[1] == row[1] && row[2].hasPrefix(level[2] + " "), "\(level) against \(row)")
    }
    // The trajectory ends at the judging day with catalog.json's counts.
    let last = try #require(html[5].last)
    #expect(last[0] == json["as_of"] as? String)
    #expect(last[1] == "\(summary["requirements"]!)" && last[2] == "\(summary["eliminated"]!)")
    // The groups: filing step by step and through the group, as catalog.json counts them.
    let bundles = try #require(json["bundles"] as? [[String: Any]])
    #expect(html[7].count == bundles.count)
    for (bundle, row) in zip(bundles, html[7]) {
      let level = try #require((bundle["levels"] as? [[String: Any]])?.first)
      #expect(row[1] == "\((level["one_by_one"] as? [String: Int])?["all"] ?? -1)")
      #expect(row[2] == "\((level["through_group"] as? [String: Int])?["all"] ?? -1)")
    }
  }

  @Test("the index lists every procedure with catalog.json's counts, and links its pages")
  func indexCounts() throws {
    let out = try Self.build(PythonJSONSchema.packageRoot.path)
    defer { try? FileManager.default.removeItem(at: out) }
    let page = try Self.text(out, "index.en.html")
    let rows = Self.htmlTables(page).flatMap { $0 }
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("catalog.json")))
        as? [String: Any])
    let procedures = try #require(json["procedures"] as? [[String: Any]])
    #expect(rows.count == procedures.count)
    for procedure in procedures {
      let code = try #require(procedure["code"] as? String)
      var statuses = (procedure["requirements"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String }
      for item in procedure["cases"] as? [[String: Any]] ?? [] {
        statuses += (item["requirements"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String }
      }
      let eliminated = statuses.count { $0 == "eliminated" }
      let row = try #require(rows.first { $0.first == code }, "\(code) missing")
      #expect(row[4] == "\(statuses.count - eliminated)" && row[5] == "\(eliminated)", "\(code): \(row)")
      #expect(page.contains("href=\"checklists/\(code).en.html\""))
      #expect(page.contains("href=\"portal/\(code).xml\""))
    }
    #expect(page.contains("href=\"report.en.html\"") && page.contains("href=\"index.html\""))
    // The level filter works without script: the radio buttons are siblings before the sections,
    // and each level's button hides the rows and fields of other levels.
    let main = try #require(page.components(separatedBy: "<main>").last)
    #expect(main.hasPrefix("\n<input type=\"radio\" class=\"f\" name=\"level\" id=\"f-all\" checked>"))
    #expect(page.contains("#f-0:checked~section tr.p:not(.l-central){display:none}"))
    #expect(page.contains("<tr class=\"p l-central\">"))
  }

  @Test("a checklist page has a box to tick per paper to bring, its header, and links to its other language")
  func checklistPage() throws {
    let out = try Self.build(PythonJSONSchema.packageRoot.path)
    defer { try? FileManager.default.removeItem(at: out) }
    let vi = try Self.text(out, "checklists/1.001193.html")
    let en = try Self.text(out, "checklists/1.001193.en.html")
    #expect(vi.contains("<html lang=\"vi\">") && en.contains("<html lang=\"en\">"))
    #expect(vi.contains("href=\"1.001193.en.html\"") && en.contains("href=\"1.001193.html\""))
    #expect(vi.contains("<h1>Đăng ký khai sinh</h1>"))
    #expect(vi.contains("Cơ quan thực hiện:") && vi.contains("Cấp thực hiện:"))
    #expect(vi.contains("Nộp 1 bản chính"))
    let boxes = vi.components(separatedBy: "type=\"checkbox\"").count - 1
    #expect(boxes > 3)
    #expect(boxes == vi.components(separatedBy: "<label for=\"tick-").count - 1)
    #expect(vi.contains("☐"))
    // The papers a citizen no longer brings name the database that holds them, and have no box.
    let spared = try #require(vi.components(separatedBy: "id=\"not-needed\"").last)
    #expect(spared.contains("Cơ sở dữ liệu quốc gia về dân cư"))
    #expect(!spared.components(separatedBy: "id=\"channels\"")[0].contains("checkbox"))
  }
}

@Suite("Portal pages, rebuilt")
struct PortalPagesRebuildTests {
  @Test("an output already current counts the files a build writes, the groups' pages included")
  func currentCount() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-current-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for folder in ["catalog", "rules"] {
      try FileManager.default.copyItem(
        at: PythonJSONSchema.packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
    }
    func build() throws -> BuildSummary {
      var options = CompileOptions(jobs: 2)
      options.digests = true
      let result = Compiler.check(try #require(DiskStorage(root: root.path)), options: options)
      return try Builder.build(result, options: BuildOptions(output: root.path + "/generated", jobs: 2))
    }
    let first = try build()
    let second = try build()
    #expect(!first.current && second.current)
    #expect(second.files == first.files)
  }
}
