import Foundation
import Testing

@testable import OneStopKit

/// The procedure fast path against the tree path: whenever the fast path takes a file, the tree
/// path reads the same bytes with no diagnostic into the same procedure; and it takes every
/// clean file a catalog is made of, so that the speed it exists for is there.
@Suite("Procedure fast path")
struct StreamDecodeTests {
  static let languages = ["vi", "en"]
  /// What the tree path makes of `bytes`: the loader's and validator's diagnostics, and the model.
  static func treePath(_ bytes: [UInt8], limits: LoadLimits = .default) -> ([Diagnostic], Procedure?) {
    let file = "catalog/x.yaml"
    let (loaded, procedure) = Compiler.loadProcedure(
      file, MemoryStorage(files: [file: bytes]), CompileOptions(limits: limits, jobs: 1, fastPath: false), languages)
    return (loaded.diagnostics, procedure)
  }

  static func describe(_ procedure: Procedure?) -> String {
    var text = ""
    dump(procedure, to: &text)
    return text
  }

  /// Holds the two paths to each other on `bytes` (the fast path with and without the quick
  /// scanner); returns whether the fast path took them and whether the tree path found them clean.
  @discardableResult
  static func compare(_ bytes: [UInt8], limits: LoadLimits = .default, _ comment: @autoclosure () -> String = "")
    -> (taken: Bool, clean: Bool)
  {
    let (diagnostics, tree) = treePath(bytes, limits: limits)
    // Through the quick scanner when it takes the file, and through libyaml's events alone.
    var taken = false
    for quickScan in [true, false] {
      let fast = ProcedureStreamDecoder.decode(
        bytes, file: "catalog/x.yaml", languages: languages, limits: limits, quickScan: quickScan)
      if quickScan { taken = fast != nil }
      guard let fast else { continue }
      #expect(diagnostics.isEmpty, "fast path took a file with \(diagnostics.map(\.id)) \(comment())")
      #expect(describe(fast.0) == describe(tree), "the two paths decode differently \(comment())")
    }
    #expect(QuickYAMLScanner.disagreement(with: bytes) == nil, "\(comment())")
    return (taken, diagnostics.isEmpty)
  }

  /// A procedure with every key the format has, in block style.
  static let full = """
    code: "1.000001.H19"
    name:
      vi: Đăng ký khai sinh
      en: Birth registration
    decision:
      ref: 163/QĐ-BTP
      date: 2024-02-01
    field: civil-status
    levels:
      - commune
      - provincial
    agency: {vi: Ủy ban nhân dân cấp xã, en: Commune People's Committee}
    subjects: [citizen]
    boundary_free: true
    data_sources: [population]
    channels:
      - kind: in-person
        processing_time:
          text: {vi: "02 tháng và 15 ngày làm việc"}
        fee:
          amount: 8000
          currency: VND
          text: {vi: Miễn lệ phí cho trẻ em, en: Free for children}
      - kind: online
        online_level: full
        processing_time: {hours: 4.5}
    legal_basis:
      - ref: 60/2014/QH13
        title: {vi: Luật Hộ tịch, en: Law on Civil Status}
        article: "16"
        date: 2014-11-20
    papers:
      - id: application
        paper: birth-registration-form
        copies: {original: 1, certified_copy: 0, copy: 2.0}
        form:
          code: TK-KS
          name: {vi: Tờ khai đăng ký khai sinh}
      - id: identity
        any_of: [citizen-id-card, passport]
        presented: true
        note: {vi: "Xuất trình khi nộp trực tiếp", en: Shown at the desk}
        keep:
          reason: {vi: Cần đối chiếu, en: Needed to compare}
          legal_basis: 123/2015/NĐ-CP art. 9
          until: 2026-12-31
    cases:
      - id: abroad
        when: {vi: Sinh ở nước ngoài, en: Born abroad}
        papers:
          - {id: abroad-proof, paper: birth-notice}
      - id: empty
        when: {vi: Không có giấy tờ}
        papers: []
    results:
      - paper: birth-certificate
        digitized: true
      - updates: population
    """

  @Test("every key of the format, in block and flow style, takes the fast path to the same procedure")
  func fullProcedure() {
    let result = Self.compare(Array(Self.full.utf8))
    #expect(result.taken && result.clean)
    // With a byte order mark, Windows line breaks, decomposed Vietnamese and a comment.
    let decomposed = Self.full.replacingOccurrences(of: "Đăng ký", with: "Đăng ky\u{301}")
    #expect(Self.compare([0xEF, 0xBB, 0xBF] + Array(decomposed.utf8)).taken)
    let windows = Self.full.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n# end\r\n"
    #expect(Self.compare(Array(windows.utf8)).taken)
    #expect(Self.compare(Array(ExampleCatalog.procedure.utf8)).taken)
  }

  /// One change to `full` each, every one a thing the tree path reports on.
  static let mistakes: [(String, String, String)] = [
    ("unknown key", "agency:", "agnecy:"),
    ("duplicate key", "field: civil-status", "field: civil-status\nfield: land"),
    ("wrong type", "article: \"16\"", "article: 16"),
    ("null", "field: civil-status", "field:"),
    ("blank text", "ref: 60/2014/QH13", "ref: \" \""),
    ("bad id", "field: civil-status", "field: Civil Status"),
    ("id YAML reads as null", "field: civil-status", "field: null"),
    ("id YAML reads as a boolean", "field: civil-status", "field: true"),
    ("id YAML reads as a number", "- commune", "- 0x1f"),
    ("id YAML reads as a float", "passport]", "1e5]"),
    ("bad date", "date: 2024-02-01", "date: 2024-02-30"),
    ("negative number", "amount: 8000", "amount: -1"),
    ("fraction of a copy", "copy: 2.0", "copy: 2.5"),
    ("quoted number", "amount: 8000", "amount: \"8000\""),
    ("missing key", "field: civil-status\n", ""),
    ("both paper and any_of", "any_of: [citizen-id-card, passport]", "any_of: [a, b]\n    paper: c"),
    ("short any_of", "any_of: [citizen-id-card, passport]", "any_of: [passport]"),
    ("amount without currency", "      currency: VND\n", ""),
    ("two processing times", "processing_time: {hours: 4.5}", "processing_time: {hours: 4.5, working_days: 1}"),
    ("bad choice", "online_level: full", "online_level: whole"),
    ("bad currency", "currency: VND", "currency: vnd"),
    ("unknown language", "en: Birth registration", "fr: Enregistrement"),
    ("missing first language", "processing_time:\n      text: {vi: ", "processing_time:\n      text: {en: "),
    ("yes is text", "boundary_free: true", "boundary_free: yes"),
    ("digitized without paper", "- updates: population", "- {updates: population, digitized: false}"),
    ("empty levels", "levels:\n  - commune\n  - provincial", "levels: []"),
    ("anchor and alias", "subjects: [citizen]", "subjects: &s [citizen]\nx: *s"),
    ("tag that does not fit", "field: civil-status", "field: !!int civil-status"),
    ("merge key", "field: civil-status", "<<: {field: civil-status}"),
    ("complex key", "field: civil-status", "? [a]\n: b\nfield: civil-status"),
    ("second document", "updates: population", "updates: population\n---\ncode: x"),
    ("syntax error", "field: civil-status", "field: [civil-status"),
    ("escape XML cannot carry", "article: \"16\"", "article: \"1\\u00016\""),
    ("control character", "article: \"16\"", "article: \"1\u{7}6\""),
    ("key escape", "field: civil-status", "\"fi\\u0001eld\": civil-status"),
  ]

  @Test("each way a file can go wrong is left to the tree path", arguments: 0..<mistakes.count)
  func mistake(_ index: Int) {
    let (name, old, new) = Self.mistakes[index]
    #expect(Self.full.contains(old), "\(name): the base text has no '\(old)'")
    let text = Self.full.replacingOccurrences(of: old, with: new)
    let result = Self.compare(Array(text.utf8), name)
    #expect(!result.taken && !result.clean, "\(name)")
  }

  /// Every byte sequence the tree loader's file scan reports: invalid UTF-8, C0 and C1 controls,
  /// DEL, U+FFFE, U+FFFF and the line separators.
  static let badSequences: [[UInt8]] = {
    var sequences: [[UInt8]] = (0..<0x20).filter { ![0x09, 0x0A, 0x0D].contains($0) }.map { [UInt8($0)] }
    sequences.append([0x7F])
    sequences += (0x80..<0xA0).map { [0xC2, UInt8($0)] }
    sequences += [[0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9]]
    sequences += [
      [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xF5, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xE1, 0xBA], [0xC3],
    ]
    return sequences
  }()

  @Test("every character the file scan reports, in a comment, a quoted text or a block text, goes to the tree path")
  func badCharacters() {
    let places = [
      ("article: \"16\"", "article: \"1", "6\""), ("# end", "# e", "nd"),
      ("field: civil-status", "field: civil-status\nx: |\n  a", "b"),
    ]
    for sequence in Self.badSequences {
      for (old, before, after) in places {
        let text = (Self.full + "\n# end\n").replacingOccurrences(of: old, with: before + "\u{1}" + after)
        #expect(text.contains("\u{1}"))
        var bytes: [UInt8] = []
        for byte in text.utf8 {
          if byte == 0x01 { bytes += sequence } else { bytes.append(byte) }
        }
        let result = Self.compare(bytes, "\(sequence) in '\(old)'")
        #expect(!result.taken && !result.clean, "\(sequence) in '\(old)'")
      }
    }
    // At the very end of the file too.
    for sequence in Self.badSequences {
      #expect(!Self.compare(Array(Self.full.utf8) + sequence).taken, "\(sequence) at the end")
    }
  }

  @Test("files over the depth or node limit are left to the tree path")
  func limits() {
    let bytes = Array(Self.full.utf8)
    for limits in [
      LoadLimits(maxFileSize: 1 << 20, maxDepth: 4, maxNodes: 1_000_000),
      LoadLimits(maxFileSize: 1 << 20, maxDepth: 64, maxNodes: 40),
      LoadLimits(maxFileSize: 100, maxDepth: 64, maxNodes: 1_000_000),
    ] {
      #expect(!Self.compare(bytes, limits: limits).taken)
    }
    // Exactly at the limits the tree path counts to, the fast path still takes the file.
    #expect(Self.compare(bytes, limits: LoadLimits(maxFileSize: bytes.count, maxDepth: 5, maxNodes: 1_000)).taken)
  }

  @Test("thousands of mutants of a procedure: the two paths agree on every one")
  func mutants() {
    let lines = Self.full.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let pieces = [
      ":", "- ", " ", "  ", "&a ", "*a", "!!str ", "\"", "'", "[", "]", "{", "}", ",", "\n", "#", "ệ", "0", "-1",
      "1.5", "null", "true", "yes", "\t", "\\u0001", "e\u{301}", "~", "? ", "|\n  ", ">-\n  ",
    ]
    var random = OutputSafetyTests.Generator(state: 468)
    var taken = 0
    var rejected = 0
    for round in 0..<2_500 {
      var mutant = lines
      switch random.below(4) {
      case 0: mutant.remove(at: random.below(mutant.count))
      case 1: mutant.insert(mutant[random.below(mutant.count)], at: random.below(mutant.count))
      case 2: mutant.swapAt(random.below(mutant.count), random.below(mutant.count))
      default:
        let line = random.below(mutant.count)
        var characters = Array(mutant[line])
        let at = random.below(characters.count + 1)
        if random.below(3) == 0 && at < characters.count {
          characters.remove(at: at)
        } else {
          characters.insert(contentsOf: pieces[random.below(pieces.count)], at: at)
        }
        mutant[line] = String(characters)
      }
      let result = Self.compare(Array(mutant.joined(separator: "\n").utf8), "mutant \(round)")
      if result.taken { taken += 1 } else { rejected += 1 }
    }
    // Both outcomes happen often, so the property is tested from both sides.
    #expect(taken > 300 && rejected > 300, "taken \(taken), rejected \(rejected)")
  }

  @Test(
    "a generated catalog: the quick scanner takes every file, the fast path every clean one, and the check is the same with it off"
  )
  func generatedCatalog() throws {
    let folder = try ThreadCountTests.generate(procedures: 300)
    defer { TreeComparison.remove(folder) }
    let storage = DiskStorage(root: folder + "/root")!
    var taken = 0
    var clean = 0
    var scanned = 0
    let paths = storage.catalogFiles().paths
    for path in paths {
      guard case .bytes(let bytes) = storage.read(path, limit: 1 << 22) else { continue }
      let result = Self.compare(bytes, path)  // the quick scanner's events held to libyaml's too
      if result.taken { taken += 1 }
      if result.clean { clean += 1 }
      if QuickScanTests.takes(bytes) { scanned += 1 }
    }
    #expect(taken == clean && taken >= 250, "taken \(taken) of \(clean) clean files")
    // The quick scanner reads every file, those with a mistake too (its subset is syntax only).
    #expect(paths.count == 300 && scanned == paths.count, "the scanner took \(scanned) of \(paths.count)")

    // In each language: the tree path words what the fast path gave up on.
    for language in Language.allCases {
      var options = CompileOptions(jobs: 2)
      options.language = language
      let fast = Compiler.check(storage, options: options)
      options.fastPath = false
      let tree = Compiler.check(storage, options: options)
      #expect(fast.diagnostics.count > 300)
      #expect(fast.diagnostics == tree.diagnostics, "\(language)")
      #expect(fast.catalog.procedures.map(Self.describe) == tree.catalog.procedures.map(Self.describe))
    }
  }

  @Test("the shipped catalog: every procedure file takes the fast path to the procedure the tree path makes")
  func shippedCatalog() throws {
    let storage = DiskStorage(root: PythonJSONSchema.packageRoot.path)!
    // Bundle files are groups, read by the tree path alone.
    let paths = storage.catalogFiles().paths.filter { !FormatSchema.isBundlePath($0) }
    #expect(paths.count >= 30)
    for path in paths {
      guard case .bytes(let bytes) = storage.read(path, limit: 1 << 22) else { continue }
      #expect(Self.compare(bytes, path).taken, "\(path)")
    }
  }
}
