import Testing

@testable import OneStopKit

/// Hostile and odd inputs: each gives its diagnostic at its place, quickly, never a crash.
@Suite("YAML loader")
struct LoaderTests {
  func load(_ bytes: [UInt8], limits: LoadLimits = .default) -> LoadedDocument {
    YAMLLoader.load(bytes, file: "f.yaml", limits: limits)
  }

  func load(_ text: String, limits: LoadLimits = .default) -> LoadedDocument {
    load(Array(text.utf8), limits: limits)
  }

  /// The single diagnostic's id, line and column.
  func only(_ document: LoadedDocument) -> (String, Int, Int)? {
    guard let first = document.diagnostics.first else { return nil }
    return (first.id, first.range.start.line, first.range.start.column)
  }

  @Test func billionLaughsFailsFast() {
    var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for level in 1...9 {
      let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      text += "a\(level): &a\(level) [\(refs)]\n"
    }
    let document = load(text)
    #expect(document.root == nil)
    #expect(document.diagnostics.count == 1)
    #expect(document.diagnostics.first?.id == "alias-limit")
    // a5 expands to 1,111,111 nodes: the limit of 10^6 is passed on line 6.
    #expect(document.diagnostics.first.map { $0.range.start.line } == 6)
  }

  @Test func deepNestingStopsAtTheLimit() {
    let document = load(String(repeating: "[", count: 100_000))
    #expect(only(document)! == ("nesting-too-deep", 1, 65))
    let mappings = load(String(repeating: "{a: ", count: 10_000))
    #expect(only(mappings)?.0 == "nesting-too-deep")
    let block = (0..<100).map { String(repeating: "  ", count: $0) + "k\($0):\n" }.joined()
    #expect(only(load(block))?.0 == "nesting-too-deep")
  }

  @Test func hugeFileIsRefusedBeforeParsing() {
    let big = [UInt8](repeating: UInt8(ascii: "a"), count: (4 << 20) + 1)
    #expect(only(load(big))! == ("file-too-large", 1, 1))
    let small = LoadLimits(maxFileSize: 10, maxDepth: 64, maxNodes: 100)
    #expect(only(load("code: \"1.000001\"\n", limits: small))?.0 == "file-too-large")
  }

  @Test func invalidUTF8IsLocated() {
    let document = load([UInt8]("a: b\nname: Đ".utf8) + [0xC3, 0x28] + [UInt8]("\n".utf8))
    #expect(only(document)! == ("invalid-utf8", 2, 8))
    // Overlong encoding of '/', an encoded surrogate, and a code point past U+10FFFF.
    for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
      #expect(only(load([UInt8]("x: ".utf8) + bad))! == ("invalid-utf8", 1, 4))
    }
  }

  @Test func utf16IsRefused() {
    let utf16LE: [UInt8] = [0xFF, 0xFE] + Array("a: b".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(only(load(utf16LE))! == ("utf16-input", 1, 1))
    let utf16BENoBOM: [UInt8] = Array("a: b".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(only(load(utf16BENoBOM))?.0 == "utf16-input")
  }

  @Test func nulAndControlCharactersAreRefused() {
    #expect(only(load("a: b\u{0}c\n"))! == ("forbidden-character", 1, 5))
    #expect(only(load("a: b\u{7}\n"))! == ("forbidden-character", 1, 5))
    #expect(only(load("a: \u{FFFE}\n"))! == ("forbidden-character", 1, 4))
  }

  @Test func controlCharactersFromEscapesAreRefused() {
    for escape in ["\\u0001", "\\x00", "\\0", "\\uFFFF", "\\e"] {
      let document = load("a: \"x\(escape)\"\n")
      #expect(only(document)! == ("forbidden-character", 1, 4), "escape \(escape)")
    }
    // Tab, newline and return escapes are fine.
    #expect(load("a: \"x\\ty\\nz\\r\"\n").diagnostics.isEmpty)
  }

  @Test func multipleDocumentsAreRefused() {
    #expect(only(load("a: 1\n---\nb: 2\n"))! == ("multiple-documents", 2, 1))
    #expect(load("---\na: 1\n...\n").diagnostics.isEmpty)
  }

  @Test func nonCoreTagsAreRefused() {
    #expect(only(load("a: !!python/object:os.system x\n"))! == ("unsupported-tag", 1, 4))
    #expect(only(load("a: !custom [1]\n"))! == ("unsupported-tag", 1, 4))
    #expect(only(load("a: !!int text\n"))?.0 == "unsupported-tag")
    let tagged = load("a: !!str 123\nb: !!int 7\n")
    #expect(tagged.diagnostics.isEmpty)
    #expect(tagged.root?["a"]?.scalar?.value == .string)
    #expect(tagged.root?["b"]?.scalar?.value == .int(7))
  }

  @Test func mergeKeysAreRefused() {
    let document = load("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n")
    #expect(only(document)! == ("merge-key", 3, 3))
    // The other keys are still read; a quoted "<<" is an ordinary key.
    #expect(document.root?["other"]?["y"] != nil)
    #expect(load("\"<<\": 1\n").diagnostics.isEmpty)
  }

  @Test func complexKeysAreRefused() {
    #expect(only(load("? [a, b]\n: 1\n"))! == ("complex-key", 1, 3))
    #expect(only(load("? {a: 1}\n: 1\n"))! == ("complex-key", 1, 3))
    #expect(only(load("a: &k x\n*k : 1\n"))! == ("complex-key", 2, 1))
    #expect(load("'quoted': 1\n\"double\": 2\n").diagnostics.isEmpty)
  }

  @Test func duplicateKeysPointAtBoth() {
    let document = load("code: a\nname: b\ncode: c\n")
    #expect(only(document)! == ("duplicate-key", 3, 1))
    let note = document.diagnostics.first?.notes.first?.location?.range.start
    #expect(note?.line == 1 && note?.column == 1)
    // The first value is kept.
    #expect(document.root?["code"]?.scalar?.text == "a")
  }

  @Test("duplicates in a mapping of 50,000 keys are found and point at the first key")
  func duplicatesInAWideMapping() {
    // Past a few keys the loader indexes them: finding duplicates must stay linear, not a
    // search of every earlier key per key (minutes on a 3 MB file of 300,000 keys).
    var text = ""
    for key in 0..<50_000 { text += "k\(key): 1\n" }
    text += "k7: 2\nk49999: 2\nk20: 2\nnew: 3\nk20: 4\n"
    let document = load(text)
    let duplicates = document.diagnostics.filter { $0.id == "duplicate-key" }
    #expect(duplicates.map(\.range.start.line) == [50_001, 50_002, 50_003, 50_005])
    #expect(duplicates.compactMap { $0.notes.first?.location?.range.start.line } == [8, 50_000, 21, 21])
    #expect(document.root?["k7"]?.scalar?.text == "1")
    #expect(document.root?.pairs?.count == 50_001)
  }

  @Test func recursiveAndUndefinedAliases() {
    #expect(only(load("a: &a [x, *a]\n"))! == ("recursive-alias", 1, 11))
    #expect(only(load("a: *nowhere\n"))! == ("undefined-alias", 1, 4))
  }

  @Test("a block collection whose last value is an alias ends at the alias, not at its anchor")
  func collectionEndingInAnAlias() throws {
    // An alias's node carries its anchor's span, which lies before the collection: its end was
    // once taken from there, so the mapping `b` ended before it began (found by the fuzzer).
    let document = load("a: &x [1]\nb:\n  c: 1\n  d: *x\nl:\n  - 2\n  - *x\n")
    #expect(document.diagnostics.isEmpty)
    let root = try #require(document.root)
    // `  d: *x` and `  - *x`: each ends after the alias's `x`.
    for (key, line, column) in [("b", 4, 8), ("l", 7, 7)] {
      let range = try #require(root[key]).range
      #expect(range.start.offset <= range.end.offset, "\(key): \(range)")
      #expect(range.end.line == line && range.end.column == column, "\(key): \(range)")
    }
  }

  @Test func emptyAndCommentOnlyFiles() {
    #expect(only(load(""))! == ("empty-file", 1, 1))
    #expect(only(load("# only a comment\n\n   \n"))! == ("empty-file", 1, 1))
  }

  @Test func rawLineSeparatorsAreRefused() {
    #expect(only(load("a: x\u{2028}y\n"))! == ("line-separator", 1, 5))
    #expect(only(load("a: x\u{2029}y\n"))! == ("line-separator", 1, 5))
    #expect(only(load("a: x\u{85}y\n"))! == ("line-separator", 1, 5))
    // Written as escapes they are intended: "\L" is U+2028.
    #expect(load("a: \"x\\Ly\"\n").diagnostics.isEmpty)
  }

  @Test func syntaxErrorsAreLocatedWithContext() {
    let document = load("a: [1, 2\nb: 3\n")
    #expect(document.diagnostics.first?.id == "yaml-syntax")
    #expect(document.diagnostics.first?.notes.isEmpty == false)
    #expect(only(load("a: b: c\n"))! == ("yaml-syntax", 1, 5))
  }

  @Test func positionsCountCodePointsAndBytes() {
    let document = load("tên: Đăng ký\nx: ỹ\n")
    let pair = document.root?.pair("x")
    #expect(pair?.keyRange.start == SourcePosition(line: 2, column: 1, offset: 17))
    let value = document.root?["x"]
    #expect(value?.range.start == SourcePosition(line: 2, column: 4, offset: 20))
    #expect(value?.range.end == SourcePosition(line: 2, column: 5, offset: 23))
    // A byte order mark is skipped but counted in offsets.
    let bom = load([0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8))
    #expect(bom.diagnostics.isEmpty)
    #expect(bom.root?["a"]?.range.start == SourcePosition(line: 1, column: 4, offset: 6))
  }

  @Test func textIsNormalizedToNFC() {
    let decomposed = "Đa\u{306}ng ky\u{301}"  // "Đăng ký" with combining marks
    let document = load("a: \(decomposed)\n\(decomposed): 1\n")
    #expect(document.root?["a"]?.scalar?.text == "Đăng ký")
    #expect(document.root?["Đăng ký"] != nil)
  }

  @Test("YAML 1.2 core schema: Norway-style scalars keep their YAML 1.2 value")
  func norwayScalars() {
    let document = load(
      """
      no: no
      off: off
      NO: NO
      yes: yes
      octal: 0755
      sexagesimal: 1:20
      version: 1.10
      true_: true
      False_: False
      null_: ~
      empty:
      hex: 0x1F
      octal12: 0o17
      float: 1e3
      dot: .5
      code: 1.001193
      """)
    #expect(document.diagnostics.isEmpty)
    func value(_ key: String) -> ScalarValue? { document.root?[key]?.scalar?.value }
    #expect(value("no") == .string)
    #expect(value("off") == .string)
    #expect(value("NO") == .string)
    #expect(value("yes") == .string)
    #expect(value("octal") == .int(755))
    #expect(value("sexagesimal") == .string)
    #expect(value("version") == .float(1.1))
    #expect(value("true_") == .bool(true))
    #expect(value("False_") == .bool(false))
    #expect(value("null_") == .null)
    #expect(value("empty") == .null)
    #expect(value("hex") == .int(31))
    #expect(value("octal12") == .int(15))
    #expect(value("float") == .float(1000))
    #expect(value("dot") == .float(0.5))
    #expect(document.root?["code"]?.scalar?.text == "1.001193")
  }

  @Test("a string field never receives a retyped value")
  func stringFieldsRefuseRetypedScalars() {
    let procedure = ExampleCatalog.procedure
      .replacingOccurrences(of: "code: \"1.000001\"", with: "code: 1.000010")
      .replacingOccurrences(of: "en: Birth registration}", with: "en: no}")
    let outcome = ExampleRunner.run(Example(procedure, path: "catalog/1.000010.yaml"), checkID: "wrong-type")
    // The code, written as a number, is refused (it would read as 1.00001), and `no` stays text.
    #expect(outcome.actual == [ExampleRunner.Marker(file: "catalog/1.000010.yaml", line: 1, column: 7)])
    let names = outcome.diagnostics.filter { $0.message.contains("'en'") }
    #expect(names.isEmpty)
  }
}

@Suite("Rendering long lines")
struct LongLineTests {
  @Test("a finding far along a long line shows a window around the span")
  func farWindow() {
    let text = "code: " + String(repeating: "[", count: 100_000) + "\n"
    let limits = LoadLimits(maxFileSize: 1 << 20, maxDepth: 500, maxNodes: 1_000_000)
    let document = YAMLLoader.load(Array(text.utf8), file: "f.yaml", limits: limits)
    let rendered = HumanRenderer(colored: false) { _ in Array(text.utf8) }.render(document.diagnostics)
    let lines = rendered.split(separator: "\n")
    #expect(lines[1].contains("| …[[[[") && lines[1].hasSuffix("[…"))
    let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
    let bar = lines[1].firstIndex(of: "|").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
    // Column 506 (the 500th `[`, the root mapping being the first level) is shown from column 466
    // on, after the "…": 41 characters after "| ".
    #expect(document.diagnostics.first?.range.start.column == 506)
    #expect(caret.map { $0 - bar! - 2 } == 41)
  }

  @Test("a finding on a very long line shows a window around the span, not the whole line")
  func window() {
    let text = "code: " + String(repeating: "[", count: 100_000) + "\n"
    let document = YAMLLoader.load(Array(text.utf8), file: "f.yaml")
    let rendered = HumanRenderer(colored: false) { _ in Array(text.utf8) }.render(document.diagnostics)
    #expect(rendered.count < 1_000)
    #expect(rendered.contains("[[[[…"))
    // The caret still sits under column 70, the 65th `[`.
    let lines = rendered.split(separator: "\n")
    let source = lines[1]
    let caret = lines[2]
    let caretIndex = caret.firstIndex(of: "^").map { caret.distance(from: caret.startIndex, to: $0) }
    let barIndex = source.firstIndex(of: "|").map { source.distance(from: source.startIndex, to: $0) }
    #expect(caretIndex != nil && barIndex != nil)
    if let caretIndex, let barIndex {
      #expect(caretIndex - barIndex - 2 == 69)
    }
  }
}
