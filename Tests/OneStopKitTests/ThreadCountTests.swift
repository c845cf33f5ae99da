import Foundation
import Testing

@testable import OneStopKit

/// Speed never changes results (issue "Performance"): a catalog from the benchmark's generator,
/// with its share of mistakes, compiles to the same bytes with one thread and with four.
@Suite("Thread count")
struct ThreadCountTests {
  /// `onestop-gen`, built with the tests (it is a dependency of the test target).
  static let generator: URL? = {
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = runner.deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("onestop-gen")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }()

  /// A generated catalog of `procedures` procedures, one in ten with a mistake, in a new folder.
  static func generate(procedures: Int) throws -> String {
    let generator = try #require(Self.generator, "onestop-gen is not built beside the tests")
    let folder = TreeComparison.temporaryFolder()!
    let process = Process()
    process.executableURL = generator
    process.arguments = [
      "--procedures", String(procedures), "--seed", "7", "--out", folder + "/root", "--error-rate", "0.1",
    ]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    return folder
  }

  static func render(_ result: CheckResult, _ storage: DiskStorage, jobs: Int) -> String {
    HumanRenderer(colored: false) { path in
      if case .bytes(let bytes) = storage.read(path, limit: 1 << 20) { return bytes }
      return nil
    }.render(result.diagnostics, jobs: jobs)
  }

  @Test("a generated catalog checks and builds to identical bytes with 1 and with 4 jobs")
  func oneAndFourJobs() throws {
    let folder = try Self.generate(procedures: 400)
    defer { TreeComparison.remove(folder) }
    let storage = DiskStorage(root: folder + "/root")!
    let one = Compiler.check(storage, options: CompileOptions(jobs: 1))
    let four = Compiler.check(storage, options: CompileOptions(jobs: 4))
    #expect(one.catalog.procedures.count == 400)
    // The generator's mistakes and the elimination findings make hundreds of diagnostics.
    #expect(one.diagnostics.count > 500)
    #expect(one.diagnostics == four.diagnostics)
    let text = Self.render(one, storage, jobs: 1)
    #expect(text == Self.render(four, storage, jobs: 4))
    #expect(text.components(separatedBy: "\n").count > 4 * one.diagnostics.count)
    #expect(
      MachineFormats.json(one.diagnostics, files: one.fileCount)
        == MachineFormats.json(four.diagnostics, files: four.fileCount))

    _ = try Builder.build(one, options: BuildOptions(output: folder + "/one", jobs: 1, cache: false))
    _ = try Builder.build(four, options: BuildOptions(output: folder + "/four", jobs: 4, cache: false))
    #expect(TreeComparison.differences(expected: folder + "/one", actual: folder + "/four").isEmpty)
  }

  @Test("the fast sort of diagnostics is a stable sort by file, line, column, id and message")
  func sortMatchesTheDefinition() {
    var generator = SystemRandomNumberGenerator()
    let files = ["catalog/b.yaml", "catalog/a.yaml", "catalog/a/b.yaml", "catalog/ä.yaml", "rules/papers.yaml"]
    var diagnostics: [Diagnostic] = []
    for index in 0..<2_000 {
      let line = Int.random(in: 1...4, using: &generator)
      let start = SourcePosition(line: line, column: Int.random(in: 1...3, using: &generator), offset: 0)
      diagnostics.append(
        Diagnostic(
          id: ["b-check", "a-check"].randomElement(using: &generator)!,
          severity: .warning,
          message: ["same", "other", "Ơ"].randomElement(using: &generator)!,
          location: SourceLocation(
            file: files.randomElement(using: &generator)!, range: SourceRange(start: start, end: start)),
          help: String(index)))
    }
    // `help` tells equal diagnostics apart: a stable sort keeps them in their first order.
    var fast = diagnostics
    Diagnostic.sort(&fast)
    let reference = diagnostics.enumerated().sorted { a, b in
      if Diagnostic.sortOrder(a.element, b.element) { return true }
      if Diagnostic.sortOrder(b.element, a.element) { return false }
      return a.offset < b.offset
    }.map(\.element)
    #expect(fast == reference)
    #expect(fast.first?.file == "catalog/a.yaml")
  }
}

/// The loader's NFC, segment by segment with learnt segments, against Foundation's on whole texts.
@Suite("Normalization")
struct NormalizationTests {
  @Test("segment-wise NFC equals Foundation's NFC of the whole text")
  func segmentsMatchFoundation() {
    // Vietnamese letters and tone marks (composed and combining), marks out of canonical order,
    // marks with no base, Hangul jamo that compose with each other, a symbol outside the BMP.
    let pool: [String] = [
      "a", "e", "o", "u", "y", "A", "Đ", "ơ", "ư", "â", "ệ", " ", ":", "1", "\u{300}", "\u{301}", "\u{303}",
      "\u{309}", "\u{323}", "\u{302}", "\u{306}", "\u{31B}", "\u{1100}", "\u{1161}", "\u{11A8}", "𝔸", "Å", "\u{212B}",
      "\u{0958}", "ñ",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3_000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...12, using: &generator) { text += pool.randomElement(using: &generator)! }
      let expected = text.precomposedStringWithCanonicalMapping
      #expect(Array(Normalization.nfc(text).utf8) == Array(expected.utf8), "\(text.unicodeScalars.map(\.value))")
      // Twice: the second time from the learnt segments.
      #expect(Array(Normalization.nfc(text).utf8) == Array(expected.utf8))
    }
    let decomposed = "Vie\u{323}\u{302}t Nam"
    #expect(Normalization.nfc(decomposed) == "Việt Nam")
    #expect(Array(Normalization.nfc(decomposed).utf8) == Array("Vi\u{1EC7}t Nam".utf8))
  }
}

@Suite("Fast paths")
struct FastPathTests {
  @Test("a file is named after its code only as `CODE.yaml`, alone or after a slash")
  func fileNamedAfterCode() {
    #expect(CodeFileMismatchCheck.isNamed("catalog/civil-status/1.000001.yaml", "1.000001"))
    #expect(CodeFileMismatchCheck.isNamed("1.000001.yaml", "1.000001"))
    #expect(!CodeFileMismatchCheck.isNamed("catalog/x1.000001.yaml", "1.000001"))
    #expect(!CodeFileMismatchCheck.isNamed("catalog/1.000001.yml", "1.000001"))
    #expect(!CodeFileMismatchCheck.isNamed("catalog/1.000002.yaml", "1.000001"))
    #expect(!CodeFileMismatchCheck.isNamed(".yaml", "1.000001"))
    #expect(CodeFileMismatchCheck.isNamed("catalog/Đ.yaml", "Đ"))
  }
}
