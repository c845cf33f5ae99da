import Foundation
import Testing

@testable import OneStopKit

/// The quick scanner against libyaml: on every file it takes, the same events (kinds, values,
/// styles and the marks the decoder reads); every form outside its subset refused; and every file
/// of the shipped catalog taken, so that the speed it exists for is there (the generated catalog's
/// files: `StreamDecodeTests.generatedCatalog`).
@Suite("Quick YAML scanner")
struct QuickScanTests {
  static func takes(_ text: String) -> Bool {
    takes(Array(text.utf8))
  }

  static func takes(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { QuickYAMLScanner($0, array: bytes) != nil }
  }

  /// Files in the subset, each a different construct or corner of it.
  static let subset: [String] = [
    "a: b",
    "a: b\n",
    "a: b\nc: d\n",
    "code: \"1.000001\"\nname: {vi: \"Đăng ký khai sinh\", en: Birth registration}\n",
    "a:\n  b: c\n  d:\n    e: f\ng: h\n",
    "a:\n  - b\n  - c\nd: e\n",
    "a:\n  - id: x\n    paper: y\n  - id: z\n",
    "a:\n    - {id: x, copies: {original: 1}}\n    - [b, c]\n",
    "a:\n  -\n    b: c\n  -   d: e\n      f: g\n",
    "# a comment first\na: b # and after a value\n  # an indented comment\n\nc: d\n#last",
    "a: [b, c d, \"e, f\", 'g h', [i], {j: k}, []]\nl: {}\n",
    "a: \"x: y # z\"\nb: 'p \"q\" r'\n",
    "url: http://example.vn/a?b=c\nmixed: a,b [c] {d} e#f\n",
    "a: trailing spaces   \nb: 'quoted'   \n",
    "\u{FEFF}a: with a byte order mark\n",
    "a: Vie\u{302}\u{323}t Nam — décomposé\n",
    "a.b-c_d: 1\n_e: 2\n9: 3\n",
    "a: [x,y]\nb: {c: d,e: f}\n",
    "a:\n  b:\n    c:\n      d: [1, 2.5, true, null, ~, 2024-02-01]\n",
    "a: \"\"\nb: ''\n",
    "a: {k: [ {x: y} , z ] }\n",
    "a:   spaced value\nb:\n\n\n  c: d\n",
    "a: b\r\nc: d\r\n",
    "# CRLF\r\na: [b, c]\r\n\r\n  # note\r\nd:\r\n  - e # f\r\n  - {g: \"h\"}\r\ni: 'j'\r\nk: l",
    "a:\n- b\n- c\nd: e\n",
    "a:\n- id: x\n  paper: y\n- id: z\nb:\n  c:\n  - d\n  e: f\n",
    "a:\n  - id: x\n    any_of:\n    - p\n    - q\n    copies: {original: 1}\n",
    "a:\n-\n  b: c\n- d\n",
  ]

  @Test("takes each construct of its subset, with libyaml's events")
  func subsetTaken() {
    for text in Self.subset {
      let bytes = Array(text.utf8)
      #expect(Self.takes(bytes), "\(text.debugDescription)")
      #expect(QuickYAMLScanner.disagreement(with: bytes) == nil, "\(text.debugDescription)")
    }
  }

  /// Forms outside the subset: each is refused (libyaml then reads the file).
  static let outside: [String] = [
    "", "# only a comment\n", "- a\n", "a\n", "  a: b\n", "[a, b]\n", "{a: b}\n", "---\na: b\n", "a: b\n---\nc: d\n",
    "a: b\n...\n", "%YAML 1.1\n---\na: b\n", "a: &x b\nc: *x\n", "a: !!str b\n", "a: |\n  b\n", "a: >\n  b\n",
    "\"a\": b\n", "'a': b\n", "a:\n", "a:\nb: c\n", "a: b\n  c\n", "a: b\n\n  c\n", "a: [b,\n  c]\n",
    "a: \"b\n  c\"\n", "a: \"b\\tc\"\n", "a: 'it''s'\n", "? a\n: b\n", "a:\n-\n- b\n", "a: -1\n", "a: - b\n",
    "a: b: c\n", "a:b\n", "a : b\n", "a: \"b\"#c\n", "a: \"b\" c\n", "a: [b, ]\n", "a: [b: c]\n", "a: [b #c]\n",
    "a: {b}\n", "a: {\"b\": c}\n", "a: {b:c}\n", "a: [b]]\n", "a: [b\n", "a: b\n c: d\n", "a:\n  b: c\n d: e\n",
    "a:\n  - b\n  c: d\n", "a:\n  - b\n    c\n", "a:\n  - - b\n", "a: b\tc\n", "a: b\rc: d\n", "a: b\r",
    "a: \"b\r\nc\"\r\n", "a:\n- b\n  c\n",
    "a:\n  - b:\n  - c\n", "a:\n- b\n c: d\n", "a: @b\n",
    "a: `b\n", "a: ,b\n", "a: %b\n", "a: ?b\n", "a: :b\n", "a: *b\n", "a: b\u{85}c\n", "a: b\u{2028}c\n",
    "a: b\u{2029}c\n", "a: b\u{FEFF}c\n", "a: b\u{FFFE}c\n", "a: b\u{FFFF}c\n", "a: 😀\n", "a: b\u{7F}\n",
    "a: b\u{9F}\n", "a: b\u{1}\n", String(repeating: "a", count: 1_001) + ": b\n",
    "a: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n",
  ]

  @Test("refuses every form outside its subset")
  func outsideRefused() {
    for text in Self.outside {
      let bytes = Array(text.utf8)
      #expect(!Self.takes(bytes), "\(text.debugDescription)")
    }
    // Bytes that are not UTF-8 at all: a lone continuation byte, a truncated sequence, an
    // overlong form, a surrogate, and a NUL.
    for bad: [UInt8] in [[0x80], [0xC3], [0xE1, 0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0]] {
      #expect(!Self.takes(Array("a: b".utf8) + bad + Array("\n".utf8)), "\(bad)")
    }
    // Just inside the nesting limit, and just inside the key length.
    let nested = "a: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "\n"
    #expect(Self.takes(nested))
    #expect(QuickYAMLScanner.disagreement(with: Array(nested.utf8)) == nil)
    #expect(Self.takes(String(repeating: "a", count: 1_000) + ": b\n"))
  }

  /// Every case of the official YAML test suite: wherever the scanner takes one, libyaml gives
  /// the same events.
  @Test(
    "agrees with libyaml on every case of the YAML test suite it takes",
    RequiredInput.needs(
      FileManager.default.fileExists(atPath: YAMLTestSuiteTests.folder.path), "../shared/yaml-test-suite is absent")
  )
  func yamlTestSuite() throws {
    try #require(
      FileManager.default.fileExists(atPath: YAMLTestSuiteTests.folder.path), "../shared/yaml-test-suite is absent")
    var taken = 0
    for testCase in YAMLTestSuiteTests.cases() {
      #expect(QuickYAMLScanner.disagreement(with: testCase.bytes) == nil, "\(testCase.name)")
      if Self.takes(testCase.bytes) {
        taken += 1
        #expect(!testCase.isError, "\(testCase.name) is an error case")
      }
    }
    #expect(taken >= 5, "took \(taken) cases")
  }

  @Test("takes every file of the shipped catalog and rules, with libyaml's events")
  func shippedFiles() throws {
    let storage = DiskStorage(root: PythonJSONSchema.packageRoot.path)!
    let paths = storage.catalogFiles().paths + FormatSchema.rulesFiles.map(\.path)
    #expect(paths.count >= 40)
    for path in paths {
      guard case .bytes(let bytes) = storage.read(path, limit: 1 << 22) else {
        Issue.record("\(path) unreadable")
        continue
      }
      #expect(QuickYAMLScanner.disagreement(with: bytes) == nil, "\(path)")
      if path.hasPrefix("catalog/") { #expect(Self.takes(bytes), "\(path)") }
    }
  }

  /// Byte-level mutants of a file in the subset: libyaml agrees on every one the scanner takes,
  /// and both outcomes are frequent.
  @Test("thousands of byte mutants: libyaml gives the same events on every one the scanner takes")
  func mutants() {
    let block = StreamDecodeTests.full + "\nflow: {a: [b, 'c d', \"e\"], f: {}}\n# end\n"
    let indentless = """
      code: "1.000001"
      levels:
      - commune
      - provincial
      papers:
      - id: application
        any_of:
        - form # the paper one
        - e-form
      - {id: proof, paper: proof}
      cases:
      - id: minor
        papers:
        - id: guardian
          paper: guardian-proof
      """
    let bases = [block, block.replacingOccurrences(of: "\n", with: "\r\n"), indentless].map { Array($0.utf8) }
    let pieces: [[UInt8]] = [
      ":", " ", "\n", "- ", "#", "[", "]", "{", "}", ",", "\"", "'", "&", "*", "!", "|", ">", "?", "%", "@", "`",
      "\\", "\t", "\r", "\r\n", "ệ", "e\u{301}", "...", "---", ": ", " #", "\n  ", "\n    - ", "\n- ", "\u{85}", "~",
    ].map { Array($0.utf8) }
    var random = OutputSafetyTests.Generator(state: 2021)
    var taken = 0
    var refused = 0
    for round in 0..<6_000 {
      var mutant = bases[round % bases.count]
      for _ in 0...random.below(2) {
        let at = random.below(mutant.count + 1)
        switch random.below(3) {
        case 0 where at < mutant.count: mutant.remove(at: at)
        case 1 where at < mutant.count: mutant[at] = pieces[random.below(pieces.count)].first!
        default: mutant.insert(contentsOf: pieces[random.below(pieces.count)], at: at)
        }
      }
      if let difference = QuickYAMLScanner.disagreement(with: mutant) {
        Issue.record("mutant \(round): \(difference)\n\(String(decoding: mutant, as: UTF8.self))")
      }
      if Self.takes(mutant) { taken += 1 } else { refused += 1 }
    }
    #expect(taken > 1_000 && refused > 1_000, "taken \(taken), refused \(refused)")
  }
}
