import Foundation
import Testing

@testable import OneStopKit

/// The build cache: a rebuild links the files of procedures whose inputs did not change, and
/// never leaves a file other than the one a build from nothing would write.
@Suite("Build cache")
struct BuildCacheTests {
  /// A writable copy of the build fixture's catalog root.
  final class Root {
    let folder = TreeComparison.temporaryFolder()!
    var root: String { folder + "/root" }
    var output: String { folder + "/root/generated" }

    init() throws {
      try FileManager.default.copyItem(atPath: Golden.fixture("build"), toPath: root)
      try? FileManager.default.removeItem(atPath: root + "/expected")
    }

    deinit { TreeComparison.remove(folder) }

    func check(asOf: Day? = nil, language: Language? = nil) -> CheckResult {
      var options = CompileOptions(asOf: asOf, jobs: 2, digests: true)
      options.language = language
      let result = Compiler.check(DiskStorage(root: root)!, options: options)
      #expect(!result.hasErrors)
      return result
    }

    /// Builds into generated/ with the cache, and into a fresh folder without it; the two trees
    /// must be identical. Returns the cached build's summary.
    @discardableResult
    func build(
      asOf: Day? = nil, languages: [String]? = nil, language: Language? = nil,
      sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> BuildSummary {
      let result = check(asOf: asOf, language: language)
      let summary = try Builder.build(result, options: BuildOptions(output: output, languages: languages, jobs: 2))
      let fresh = folder + "/fresh"
      TreeComparison.remove(fresh)
      _ = try Builder.build(
        result, options: BuildOptions(output: fresh, languages: languages, jobs: 2, cache: false))
      #expect(
        TreeComparison.differences(expected: fresh, actual: output).isEmpty,
        "the cached build differs from a build from nothing", sourceLocation: sourceLocation)
      return summary
    }

    func edit(_ path: String, replacing old: String, with new: String) throws {
      let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
      #expect(text.contains(old))
      try text.replacingOccurrences(of: old, with: new).write(
        toFile: root + "/" + path, atomically: true, encoding: .utf8)
    }

    func text(_ path: String) throws -> String {
      try String(contentsOfFile: output + "/" + path, encoding: .utf8)
    }
  }

  static let first = "catalog/civil-status/1.000894.yaml"
  static let second = "catalog/civil-status/1.001193.yaml"

  @Test("an unchanged rebuild reuses every procedure's files, and the first build none")
  func unchangedRebuild() throws {
    let root = try Root()
    #expect(try root.build().reused == 0)
    let before = BuildTests.inodes(under: root.output)
    #expect(try root.build().reused == 2)
    #expect(BuildTests.inodes(under: root.output) == before)
    #expect(FileManager.default.fileExists(atPath: root.folder + "/root/.generated.onestop-cache"))
  }

  @Test("an output that is already current is left alone: nothing is written, not even a staging folder")
  func currentOutput() throws {
    let root = try Root()
    #expect(try root.build().current == false)
    let before = BuildTests.inodes(under: root.output)
    let second = try root.build()
    // Two procedures of four files each (the Markdown, a page per language, the XML) and the
    // eight catalog-wide ones (four, then the scorecard and the index in each language).
    #expect(second.current && second.reused == 2 && second.files == 16)
    #expect(BuildTests.inodes(under: root.output) == before)
    let beside = try FileManager.default.contentsOfDirectory(atPath: root.root).sorted()
    #expect(beside == [".generated.onestop-cache", "catalog", "generated", "rules"])
  }

  @Test(
    "an output with a stray file, or an edited catalog file, is built again",
    arguments: ["stray.txt", "portal/stray.xml", "checklists/stray", "report.md", "portal/catalog.xml"])
  func notCurrent(path: String) throws {
    let root = try Root()
    try root.build()
    let file = root.output + "/" + path
    if FileManager.default.fileExists(atPath: file) {
      let handle = FileHandle(forWritingAtPath: file)!
      handle.seekToEndOfFile()
      handle.write(Data("\n".utf8))
      handle.closeFile()
    } else {
      try Data("stray".utf8).write(to: URL(fileURLWithPath: file))
    }
    let summary = try root.build()  // compares with a build from nothing
    #expect(!summary.current && summary.reused == 2)
    #expect(try root.build().current)
  }

  @Test("a removed procedure makes the output stale, and its files disappear")
  func removedProcedure() throws {
    let root = try Root()
    try root.build()
    try FileManager.default.removeItem(atPath: root.root + "/" + Self.first)
    let summary = try root.build()
    #expect(!summary.current && summary.procedures == 1)
    #expect(!FileManager.default.fileExists(atPath: root.output + "/checklists/1.000894.md"))
  }

  @Test("a changed procedure file is generated again, the other reused")
  func changedProcedure() throws {
    let root = try Root()
    try root.build()
    try root.edit(Self.first, replacing: "copies: {copy: 1}", with: "copies: {copy: 2}")
    #expect(try root.build().reused == 1)
    #expect(try root.text("checklists/1.000894.md").contains("2"))
  }

  /// A copy of the output with files of its own (new inodes): what the tree was before a build.
  static func snapshot(_ root: Root, _ name: String) throws -> String {
    let copy = root.folder + "/" + name
    TreeComparison.remove(copy)
    try FileManager.default.copyItem(atPath: root.output, toPath: copy)
    return copy
  }

  @Test(
    "the spare: the tree before a rebuild is kept beside the output, never written into, and starts the next rebuild")
  func spare() throws {
    let root = try Root()
    let spare = root.folder + "/root/.generated.onestop-spare"
    try root.build()
    #expect(!FileManager.default.fileExists(atPath: spare))

    // A rebuild after an edit keeps the old tree, exactly as it was, as the spare.
    var before = try Self.snapshot(root, "before")
    try root.edit(Self.first, replacing: "copies: {copy: 1}", with: "copies: {copy: 2}")
    #expect(try root.build().reused == 1)  // compares with a build from nothing
    #expect(TreeComparison.differences(expected: before, actual: spare).isEmpty)

    // The next one starts from the spare; the tree it replaces becomes the spare, untouched.
    before = try Self.snapshot(root, "before")
    try root.edit(Self.second, replacing: "copies: {original: 1}", with: "copies: {original: 2}")
    #expect(try root.build().reused == 1)
    #expect(TreeComparison.differences(expected: before, actual: spare).isEmpty)
    #expect(try root.text("checklists/1.000894.md").contains("2"))

    // Whatever the spare holds that the build does not write goes: stray files, a folder where a
    // file belongs, a file where a folder belongs.
    try Data("stray".utf8).write(to: URL(fileURLWithPath: spare + "/stray.txt"))
    try FileManager.default.createDirectory(atPath: spare + "/checklists/extra", withIntermediateDirectories: true)
    try FileManager.default.removeItem(atPath: spare + "/checklists/1.000894.md")
    try FileManager.default.createDirectory(
      atPath: spare + "/checklists/1.000894.md", withIntermediateDirectories: true)
    try FileManager.default.removeItem(atPath: spare + "/portal")
    try Data("not a folder".utf8).write(to: URL(fileURLWithPath: spare + "/portal"))
    try root.edit(Self.first, replacing: "copies: {copy: 2}", with: "copies: {copy: 3}")
    #expect(try root.build().reused == 1)

    // A removed procedure's files are pruned from a staging folder that started as the spare.
    try FileManager.default.removeItem(atPath: root.root + "/" + Self.second)
    let summary = try root.build()
    #expect(summary.procedures == 1)
    #expect(!FileManager.default.fileExists(atPath: root.output + "/portal/1.001193.xml"))

    // A build that generates every file again keeps no spare; nor does a build without the cache.
    try root.build(asOf: Day(year: 2027, month: 6, day: 1))
    #expect(!FileManager.default.fileExists(atPath: spare))
    try root.edit(Self.first, replacing: "copies: {copy: 3}", with: "copies: {copy: 4}")
    try root.build(asOf: Day(year: 2027, month: 6, day: 1))
    #expect(FileManager.default.fileExists(atPath: spare))
    _ = try Builder.build(root.check(), options: BuildOptions(output: root.output, jobs: 2, cache: false))
    #expect(!FileManager.default.fileExists(atPath: spare))
  }

  @Test("a changed rules file, day or language list generates everything again")
  func changedRulesDayLanguages() throws {
    let root = try Root()
    try root.build()
    try root.edit("rules/sources.yaml", replacing: "commune: 2027-01-01", with: "commune: 2026-01-01")
    #expect(try root.build().reused == 0)
    #expect(try root.build().reused == 2)
    #expect(try root.build(asOf: Day(year: 2026, month: 12, day: 1)).reused == 0)
    #expect(try root.build(languages: ["en"]).reused == 0)
    #expect(try root.build(languages: ["en"]).reused == 2)
  }

  @Test("a rebuild in another language writes report.md again and reuses every procedure's files")
  func changedLanguage() throws {
    let root = try Root()
    try root.build(language: .en)
    #expect(try root.text("report.md").hasPrefix("# Once-only report"))
    let vietnamese = try root.build(language: .vi)
    #expect(!vietnamese.current && vietnamese.reused == 2)
    #expect(try root.text("report.md").hasPrefix("# Báo cáo cắt giảm giấy tờ"))
    #expect(try root.build(language: .vi).current)
    #expect(try !root.build(language: .en).current)
    #expect(try root.text("report.md").hasPrefix("# Once-only report"))
  }

  @Test("a result digitized by another procedure changes this one's checklist: everything is generated again")
  func changedDigitizedResult() throws {
    let root = try Root()
    try root.build()
    let before = try root.text("checklists/1.000894.md")
    try root.edit(Self.second, replacing: "digitized: true", with: "digitized: false")
    #expect(try root.build().reused == 0)
    #expect(try root.text("checklists/1.000894.md") != before)
  }

  @Test("an output edited or replaced since the previous build is generated again")
  func editedOutput() throws {
    let root = try Root()
    try root.build()
    let path = root.output + "/checklists/1.000894.html"
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let handle = FileHandle(forWritingAtPath: path)!
    handle.seekToEndOfFile()
    handle.write(Data("<!-- edited -->".utf8))
    handle.closeFile()
    #expect(try root.build().reused == 1)
    #expect(try root.text("checklists/1.000894.html") == original)

    // Replaced by a file of the same size and time: another inode.
    let portal = root.output + "/portal/1.001193.xml"
    let attributes = try FileManager.default.attributesOfItem(atPath: portal)
    try FileManager.default.removeItem(atPath: portal)
    try Data(repeating: 0x20, count: (attributes[.size] as! NSNumber).intValue).write(to: URL(fileURLWithPath: portal))
    try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: portal)
    #expect(try root.build().reused == 1)
  }

  @Test("a missing, foreign or malformed cache is ignored", arguments: ["", "garbage\n", "onestop-build-cache 1 x\n"])
  func unusableCache(contents: String) throws {
    let root = try Root()
    try root.build()
    try contents.write(toFile: root.folder + "/root/.generated.onestop-cache", atomically: false, encoding: .utf8)
    #expect(try root.build().reused == 0)
    #expect(try root.build().reused == 2)
    try FileManager.default.removeItem(atPath: root.folder + "/root/.generated.onestop-cache")
    #expect(try root.build().reused == 0)
  }

  @Test("a cache in an earlier format is ignored, even under the same key")
  func earlierFormat() throws {
    let root = try Root()
    try root.build()
    // Format 3 recorded where each procedure's part of catalog.json sat; its lines must never be
    // read as this format's.
    let path = root.folder + "/root/.generated.onestop-cache"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix(BuildCache.format + " "))
    try ("onestop-build-cache 3" + text.dropFirst(BuildCache.format.count)).write(
      toFile: path, atomically: false, encoding: .utf8)
    #expect(try root.build().reused == 0)
    #expect(try root.build().reused == 2)
  }

  @Test("malformed lines of a cache are skipped, the others read")
  func malformedLines() throws {
    let global = ContentDigest([1, 2, 3])
    let key = ContentDigest([4])
    let good = BuildCache.line(
      key: key,
      stamps: [BuildCache.FileStamp(inode: 1, size: 2, seconds: 3, nanoseconds: 4)]
        + Array(
          repeating: BuildCache.FileStamp(inode: 5, size: 6, seconds: 7, nanoseconds: 8), count: 2),
      code: "1.000001")
    let text = """
      \(BuildCache.format) \(global)
      \(good)
      zz 1:2:3:4 1:2:3:4 1:2:3:4 1.000002
      \(key) 1:2:3 1:2:3:4 1:2:3:4 1.000003
      \(key) 1:2:3:4 1:2:3:4 1:2:3:4
      \(good.replacingOccurrences(of: "1.000001", with: "1.000004 with space"))

      """
    let previous = BuildCache.Previous(parsing: Array(text.utf8), global: global, languages: ["vi"])
    #expect(previous.count == 2)
    #expect(previous.entry("1.000001")?.key == key)
    #expect(
      previous.entry("1.000001")?.stamps.first == BuildCache.FileStamp(inode: 1, size: 2, seconds: 3, nanoseconds: 4))
    #expect(previous.entry("1.000004 with space") != nil)
    #expect(previous.entry("1.000002") == nil && previous.entry("1.000003") == nil)
    #expect(BuildCache.Previous(parsing: Array(text.utf8), global: key, languages: ["vi"]).count == 0)
    #expect(previous.tree == nil)
    let header = "\(BuildCache.format) \(global)\n"
    let tree = BuildCache.Previous(
      // One language: four catalog-wide files, then the scorecard and the index.
      parsing: Array((header + "tree \(key) 1:2:3:4 1:2:3:4 1:2:3:4 1:2:3:4 1:2:3:4 1:2:3:5\n").utf8), global: global,
      languages: ["vi"])
    #expect(tree.tree?.digest == key && tree.tree?.stamps.last?.nanoseconds == 5)
    for broken in [
      "tree \(key) 1:2:3:4 1:2:3:4 1:2:3:4 1:2:3:4 1:2:3:4",
      "tree \(key) 1:2:3:4 1:2:3:4 1:2:3:4 1:2:3:4 1:2:3:4 1:2:3:5 x",
      "tree zz",
    ] {
      #expect(
        BuildCache.Previous(parsing: Array((header + broken + "\n").utf8), global: global, languages: ["vi"]).tree
          == nil)
    }
  }

  @Test("digests are the same in every process, and tell inputs apart")
  func digests() {
    // Pinned values: a digest seeded per process (like Swift's Hasher) would differ from run to run.
    #expect(ContentDigest([]).description == "888193f6975299aa3be21ad0a7fcabdb")
    #expect(ContentDigest(Array("onestop".utf8)).description == "d16b6252ed913014c69bb5646413e424")
    var inputs: Set<ContentDigest> = []
    for length in 0..<64 {
      inputs.insert(ContentDigest([UInt8](repeating: 0, count: length)))
      inputs.insert(ContentDigest((0..<length).map { UInt8($0) }))
    }
    #expect(inputs.count == 126)  // lengths 0 and 1 give the same input twice
    var split = ContentDigest()
    split.combine("ab")
    split.combine("c")
    var other = ContentDigest()
    other.combine("a")
    other.combine("bc")
    #expect(split != other)
    let digest = ContentDigest(Array("round trip".utf8))
    #expect(ContentDigest(hex: Array(digest.description.utf8)) == digest)
    #expect(ContentDigest(hex: Array("0123".utf8)) == nil)
  }
}
