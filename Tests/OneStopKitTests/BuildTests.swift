import Foundation
import OneStopTestSupport
import Testing

@testable import OneStopKit

@Suite("Build")
struct BuildTests {
  static let fixture = Golden.fixture("build")

  static func scratch() -> String {
    TreeComparison.temporaryFolder()!
  }

  /// The fixture catalog, checked in English unless asked: the golden tree is the English one.
  static func check(jobs: Int = 2, language: Language = .en) -> CheckResult {
    var options = CompileOptions(jobs: jobs)
    options.language = language
    return Compiler.check(DiskStorage(root: fixture)!, options: options)
  }

  static func build(into folder: String, jobs: Int = 2, language: Language = .en) throws -> BuildSummary {
    try Builder.build(check(jobs: jobs, language: language), options: BuildOptions(output: folder, jobs: jobs))
  }

  static func files(under root: String) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: root)
    var paths: [String] = []
    while let path = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
        paths.append(path)
      }
    }
    return paths.sorted()
  }

  /// Every file under `root` and its bytes.
  static func contents(under root: String) -> [String: Data] {
    var contents: [String: Data] = [:]
    for path in files(under: root) { contents[path] = FileManager.default.contents(atPath: root + "/" + path) }
    return contents
  }

  @Test("a build that fails at any write leaves the previous output whole and nothing beside it")
  func failingWriteKeepsOldOutput() throws {
    let root = try CLIBuildTests.copyFixture()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("generated").path
    func build(failingFrom write: Int?) throws(OutputError) {
      let result = Compiler.check(DiskStorage(root: root.path)!, options: CompileOptions(jobs: 2, digests: true))
      #expect(!result.hasErrors)
      let gate = write.map { FailingWrites(failingFrom: $0) }
      _ = try Builder.build(result, options: BuildOptions(output: output, jobs: 2, gate: gate))
    }
    try build(failingFrom: nil)
    // Two rounds, each changing the catalog so that a complete build differs: one procedure
    // fewer, then back (a build that starts its staging folder from the spare the first left).
    let procedure = root.appendingPathComponent("catalog/civil-status/1.000894.yaml")
    let text = try Data(contentsOf: procedure)
    for round in 0..<2 {
      if round == 0 { try FileManager.default.removeItem(at: procedure) } else { try text.write(to: procedure) }
      let before = Self.contents(under: output)
      var failed = 0
      // The build fails at its first write, then at its second, and so on, until it has fewer
      // writes than that and succeeds.
      for write in 1...1000 {
        do {
          try build(failingFrom: write)
          break
        } catch {
          failed += 1
          #expect(error.description.contains("injected fault"), "\(error.description)")
          #expect(Self.contents(under: output) == before, "round \(round), failing from write \(write)")
          let names = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
          #expect(names == [".generated.onestop-cache", "catalog", "generated", "rules"], "\(names)")
        }
      }
      #expect(failed >= 5, "round \(round): only \(failed) writes")
      #expect(FileManager.default.fileExists(atPath: output + "/checklists/1.000894.md") == (round == 1))
      let fresh = root.appendingPathComponent("fresh").path
      defer { TreeComparison.remove(fresh) }
      _ = try Builder.build(
        Compiler.check(DiskStorage(root: root.path)!, options: CompileOptions(jobs: 2)),
        options: BuildOptions(output: fresh, jobs: 2, cache: false))
      #expect(TreeComparison.differences(expected: fresh, actual: output).isEmpty)
    }
  }

  @Test("the fixture catalog builds into the golden tree")
  func goldenTree() throws {
    #expect(!Self.check().hasErrors)
    let folder = Self.scratch()
    defer { TreeComparison.remove(folder) }
    let summary = try Self.build(into: folder + "/generated")
    #expect(summary.procedures == 2)
    let produced = Self.files(under: folder + "/generated")
    for path in produced {
      let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/generated/" + path))
      Golden.check(data, "build/expected/" + path)
    }
    // report.vi.md is the Vietnamese build's report.md (the next test).
    let expected = Self.files(under: Golden.fixture("build/expected")).filter { $0 != "report.vi.md" }
    #expect(expected == produced, "the golden tree has files the build no longer writes")
  }

  @Test("in Vietnamese only report.md changes: it is report.vi.md, with no English left in it")
  func vietnameseTree() throws {
    let folder = Self.scratch()
    defer { TreeComparison.remove(folder) }
    _ = try Self.build(into: folder + "/en")
    _ = try Self.build(into: folder + "/vi", language: .vi)
    let differences = TreeComparison.differences(expected: folder + "/en", actual: folder + "/vi")
    #expect(differences == ["report.md (would change)"])
    let report = try String(contentsOfFile: folder + "/vi/report.md", encoding: .utf8)
    Golden.check(report, "build/expected/report.vi.md")
    #expect(MessageCatalogTests.englishLeft(in: report).isEmpty, "\(MessageCatalogTests.englishLeft(in: report))")
  }

  @Test("report.md writes figures as each language does: 1234 and 37.5% in English, 1.234 and 37,5% in Vietnamese")
  func reportNumbers() {
    #expect(ReportBuilder.count(1234, .en) == "1234")
    #expect(ReportBuilder.count(1_234_567, .vi) == "1.234.567")
    #expect(ReportBuilder.count(999, .vi) == "999")
    #expect(ReportBuilder.format(37.5, .en) == "37.5%")
    #expect(ReportBuilder.format(37.5, .vi) == "37,5%")
    #expect(ReportBuilder.format(1234.56, .vi) == "1.234,6%")
  }

  @Test("two builds with different thread counts give identical trees")
  func determinism() throws {
    let folder = Self.scratch()
    defer { TreeComparison.remove(folder) }
    _ = try Self.build(into: folder + "/one", jobs: 1)
    _ = try Self.build(into: folder + "/four", jobs: 4)
    #expect(TreeComparison.differences(expected: folder + "/one", actual: folder + "/four").isEmpty)
  }

  @Test("the XSD in schema/ is the one the compiler embeds")
  func schemaFileMatches() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("schema/portal-v1.xsd")
    #expect(try String(contentsOf: file, encoding: .utf8) == PortalSchemaText.xsd)
  }

  @Test("a document made invalid on purpose is rejected by the XSD")
  func invalidDocumentsAreRejected() throws {
    let result = Self.check()
    let emitter = PortalXMLEmitter(catalog: result.catalog)
    let valid = try #require(emitter.document(for: result.catalog.procedures[0], result.elimination.procedures[0]))
    #expect(PortalSchema.shared.validate(valid) == nil)
    let text = String(decoding: valid, as: UTF8.self)
    let badStatus = text.replacingOccurrences(of: "status=\"required\"", with: "status=\"maybe\"")
    #expect(badStatus != text)
    #expect(PortalSchema.shared.validate(Array(badStatus.utf8)) != nil)
    let missingName = text.replacingOccurrences(of: "<Name lang=\"vi\">Đăng ký kết hôn</Name>", with: "")
      .replacingOccurrences(of: "<Name lang=\"en\">Marriage registration</Name>", with: "")
    #expect(PortalSchema.shared.validate(Array(missingName.utf8)) != nil)
    #expect(PortalSchema.shared.validate(Array("<PublicService".utf8)) != nil)
    // A valid document cut short, or with a broken tag, is not well-formed: rejected too.
    #expect(PortalSchema.shared.validate(Array(valid.dropLast(20))) != nil)
    #expect(PortalSchema.shared.validate(Array(text.replacingOccurrences(of: "</Name>", with: "</Nam>").utf8)) != nil)
    let otherNamespace = text.replacingOccurrences(of: "urn:onestop:portal:1", with: "urn:other")
    #expect(PortalSchema.shared.validate(Array(otherNamespace.utf8)) != nil)
  }

  /// Feeds `document` to a streaming validation in pieces of `size` bytes.
  static func validateStreaming(_ document: [UInt8], chunk size: Int) -> String? {
    let validation = PortalSchema.shared.streamingValidation()
    var start = 0
    while start < document.count {
      let end = min(start + size, document.count)
      document[start..<end].withUnsafeBytes { validation.feed($0) }
      start = end
    }
    return validation.finish()
  }

  @Test("a document validated in chunks gets the verdict it gets whole", arguments: [1, 7, 4096, 1 << 20])
  func streamingValidationAgrees(chunk: Int) throws {
    let result = Self.check()
    let emitter = PortalXMLEmitter(catalog: result.catalog)
    let valid = try #require(emitter.document(for: result.catalog.procedures[0], result.elimination.procedures[0]))
    let text = String(decoding: valid, as: UTF8.self)
    #expect(Self.validateStreaming(valid, chunk: chunk) == nil)
    let broken = [
      text.replacingOccurrences(of: "status=\"required\"", with: "status=\"maybe\""),
      text.replacingOccurrences(of: "urn:onestop:portal:1", with: "urn:other"),
      text.replacingOccurrences(of: "</Name>", with: "</Nam>"),
      String(text.dropLast(20)),
      "<PublicService",
      "",
    ]
    for document in broken {
      #expect(PortalSchema.shared.validate(Array(document.utf8)) != nil)
      #expect(Self.validateStreaming(Array(document.utf8), chunk: chunk) != nil, "\(document.prefix(60))")
    }
    // An invalid value is reported with its line, as the whole-document validation does.
    let problem = Self.validateStreaming(Array(broken[0].utf8), chunk: chunk) ?? ""
    #expect(problem.hasPrefix("line ") && !problem.hasPrefix("line 0:"), "\(problem)")
  }

  @Test("portal/catalog.xml streamed in chunks is byte for byte the golden document")
  func streamedCatalogIndex() throws {
    let result = Self.check()
    let emitter = PortalXMLEmitter(catalog: result.catalog)
    let whole = try [UInt8](
      Data(contentsOf: URL(fileURLWithPath: Golden.fixture("build/expected/portal/catalog.xml"))))
    var streamed: [UInt8] = []
    var chunks = 0
    #expect(
      emitter.streamCatalogDocument { chunk in
        streamed.append(contentsOf: chunk)
        chunks += 1
        return true
      })
    #expect(streamed == whole)
    #expect(chunks > 1)
    #expect(PortalSchema.shared.validate(streamed) == nil)
    // A consumer that fails stops the writer, and the failure is reported.
    #expect(!emitter.streamCatalogDocument { _ in false })
  }

  /// Each file's inode under `root`, by relative path.
  static func inodes(under root: String) -> [String: UInt64] {
    var found: [String: UInt64] = [:]
    for path in files(under: root) {
      var info = stat()
      if lstat(root + "/" + path, &info) == 0 { found[path] = UInt64(info.st_ino) }
    }
    return found
  }

  @Test("a rebuild links the files that did not change and writes the others")
  func rebuildLinksUnchangedFiles() throws {
    let folder = Self.scratch()
    defer { TreeComparison.remove(folder) }
    let output = folder + "/generated"
    _ = try Self.build(into: output)
    let first = Self.inodes(under: output)
    #expect(first.count > 5)
    _ = try Self.build(into: output)
    #expect(Self.inodes(under: output) == first, "an unchanged rebuild rewrote files")

    // Another day changes every document but the XSD: those are written anew, and the tree is
    // exactly what a build into an empty folder gives.
    let later = Compiler.check(
      DiskStorage(root: Self.fixture)!, options: CompileOptions(asOf: Day(year: 2026, month: 11, day: 30), jobs: 2))
    _ = try Builder.build(later, options: BuildOptions(output: output, jobs: 2))
    _ = try Builder.build(later, options: BuildOptions(output: folder + "/fresh", jobs: 2))
    #expect(TreeComparison.differences(expected: folder + "/fresh", actual: output).isEmpty)
    let third = Self.inodes(under: output)
    #expect(third["portal/portal-v1.xsd"] == first["portal/portal-v1.xsd"])
    for path in ["catalog.json", "portal/catalog.xml", "report.md"] {
      #expect(third[path] != nil && third[path] != first[path], "\(path) was not rewritten")
    }
    #expect(third.count == first.count)
  }

  @Test(
    "a streamed file is linked when it matches the previous one and written whole when it does not",
    arguments: [
      (["ab", "c"], true), (["abc"], true), (["ab"], false), (["ab", "cd"], false), (["x", "bc"], false),
      ([], false), (["abc", ""], true),
    ])
  func streamedFileReuse(pieces: [String], linked: Bool) throws {
    let folder = Self.scratch()
    defer { TreeComparison.remove(folder) }
    let output = folder + "/out"
    let first = try OutputTree(destination: output)
    try first.write("file.txt", "abc")
    try first.commit()
    let before = Self.inodes(under: output)["file.txt"]

    let second = try OutputTree(destination: output)
    let stream = try second.stream("file.txt")
    for piece in pieces { try stream.write(Array(piece.utf8)) }
    try stream.close()
    try second.commit()
    #expect(try String(contentsOfFile: output + "/file.txt", encoding: .utf8) == pieces.joined())
    #expect((Self.inodes(under: output)["file.txt"] == before) == linked)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(leftovers == ["out"])
  }

  @Test("markup in names comes out escaped in HTML, XML and Markdown")
  func escaping() throws {
    let folder = Self.scratch()
    defer { TreeComparison.remove(folder) }
    _ = try Self.build(into: folder + "/out")
    let html = try String(contentsOfFile: folder + "/out/checklists/1.001193.html", encoding: .utf8)
    #expect(html.contains("Giấy &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;trích&quot; ]]&gt;"))
    #expect(!html.contains("<script>"))
    // The English page holds the English note.
    let english = try String(contentsOfFile: folder + "/out/checklists/1.001193.en.html", encoding: .utf8)
    #expect(english.contains("Note with &lt;i&gt;markup&lt;/i&gt; &amp; &quot;quotes&quot;"))
    #expect(!english.contains("<script>"))
    let xml = try String(contentsOfFile: folder + "/out/portal/1.001193.xml", encoding: .utf8)
    #expect(xml.contains("Giấy &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;trích&quot; ]]&gt;"))
    #expect(!xml.contains("<script>"))
    #expect(PortalSchema.shared.validate(Array(xml.utf8)) == nil)
    let markdown = try String(contentsOfFile: folder + "/out/checklists/1.001193.md", encoding: .utf8)
    #expect(markdown.contains("Paper \\<b\\>bold\\</b\\> & 'quoted' \\]\\]\\> \\*star\\* \\_under\\_"))
    let json = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: folder + "/out/catalog.json")))
    #expect(json is [String: Any])
  }

  @Test("a rebuild removes the files of procedures that left the catalog")
  func removedProceduresDisappear() throws {
    let folder = Self.scratch()
    defer { TreeComparison.remove(folder) }
    let output = folder + "/generated"
    _ = try Self.build(into: output)
    try Data("stale".utf8).write(to: URL(fileURLWithPath: output + "/checklists/9.999999.md"))
    _ = try Self.build(into: output)
    #expect(!FileManager.default.fileExists(atPath: output + "/checklists/9.999999.md"))
    // The old tree may stay as the spare, which the next build starts from; nothing else.
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0 != "generated" && $0 != ".generated.onestop-spare" && $0 != ".generated.onestop-cache"
    }
    #expect(leftovers.isEmpty, "staging folders left behind: \(leftovers)")
  }
}

@Suite("catalog.json writer")
struct JSONWriterTests {
  @Test("the fast writer writes exactly what JSONEncoder writes for every procedure")
  func sameBytesAsJSONEncoder() throws {
    for root in [Golden.fixture("build"), PythonJSONSchema.packageRoot.path] {
      let result = Compiler.check(DiskStorage(root: root)!, options: CompileOptions(jobs: 2))
      for (procedure, analysis) in zip(result.catalog.procedures, result.elimination.procedures) {
        let reference = CatalogJSON.fragment(CatalogJSON.procedure(procedure, analysis), indent: 4)
        let fast = CatalogJSON.procedureFragment(procedure, analysis, indent: 4)
        #expect(fast == reference, "\(procedure.code.value) differs")
      }
    }
    // Escapes and numbers JSONEncoder has opinions on.
    var writer = JSONWriter()
    writer.beginObject()
    writer.member("a", "q\"b\\s/n\nt\tr\r\u{1}\u{1F}\u{2028}é")
    writer.key("n")
    writer.number(Number(0.5))
    writer.key("e")
    writer.number(Number(0.00001))
    writer.endObject()
    struct Sample: Encodable {
      var a = "q\"b\\s/n\nt\tr\r\u{1}\u{1F}\u{2028}é"
      var n = 0.5
      var e = 0.00001
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let expected = String(decoding: try encoder.encode(Sample()), as: UTF8.self)
    // The writer keeps members in the order written; JSONEncoder sorts them: a, e, n.
    var sorted = JSONWriter()
    sorted.beginObject()
    sorted.member("a", "q\"b\\s/n\nt\tr\r\u{1}\u{1F}\u{2028}é")
    sorted.key("e")
    sorted.number(Number(0.00001))
    sorted.key("n")
    sorted.number(Number(0.5))
    sorted.endObject()
    #expect(sorted.text == expected)
    #expect(writer.text != expected)
  }
}
