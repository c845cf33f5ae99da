import Foundation
import Testing

@testable import OneStopKit

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
    // A long text, normalized whole.
    let long = String(repeating: "Vie\u{323}\u{302}t Nam, ", count: 400)
    #expect(Array(Normalization.nfc(long).utf8) == Array(long.precomposedStringWithCanonicalMapping.utf8))
    let decomposed = "Vie\u{323}\u{302}t Nam"
    #expect(Normalization.nfc(decomposed) == "Việt Nam")
    #expect(Array(Normalization.nfc(decomposed).utf8) == Array("Vi\u{1EC7}t Nam".utf8))
  }
}

/// Each shortcut taken for speed (a sort with `memcmp`, byte-level tests on names, markers, blank
/// text and keys) against the plain definition it stands in for.
@Suite("Shortcuts equal their plain definitions")
struct ShortcutEquivalenceTests {
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

  @Test("the search for `onestop:` before parsing ignore comments finds it anywhere, and nothing else")
  func markerSearch() {
    let marker = Array("onestop:".utf8)
    #expect(Suppressions.contains(Array("onestop: ignore".utf8), marker))
    #expect(Suppressions.contains(Array("code: 1\n# onestop:".utf8), marker))
    #expect(Suppressions.contains(Array("tên: Đăng ký\n  # onestop: ignore[x] lý do\n".utf8), marker))
    #expect(!Suppressions.contains(Array("code: 1\n# onestop ignore\n".utf8), marker))
    #expect(!Suppressions.contains(Array("# onestop".utf8), marker))
    #expect(!Suppressions.contains([], marker))
    #expect(!Suppressions.contains(Array("anything".utf8), []))
  }

  @Test("a blank text is empty or white space only, Unicode spaces included")
  func blankText() {
    for text in ["", " ", "\t", "  \n ", "\u{3000}", "\u{A0}\u{2003}"] {
      #expect(Validator.isBlank(text), "\(text.debugDescription)")
    }
    for text in ["a", " a", "Đăng ký", "\u{3000}x", "-", "\u{7F}"] {
      #expect(!Validator.isBlank(text), "\(text.debugDescription)")
    }
  }

  @Test("keys of different byte counts differ; NFC keys compare as `==` does")
  func sameKey() {
    let keys = ["code", "cod", "codes", "", "tên", "Đ", "đ", "levels", "level"]
    for a in keys {
      for b in keys { #expect(a.isSameKey(b) == (a == b), "\(a) \(b)") }
    }
  }
}
