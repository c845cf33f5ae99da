import Testing

@testable import OneStopKit

/// libyaml's raw syntax messages come with a help line in plain words naming the likely cause,
/// and the line above quoted when the cause is there.
@Suite("Syntax help")
struct SyntaxHelpTests {
  static func load(_ text: String) -> Diagnostic? {
    YAMLLoader.load(Array(text.utf8), file: "catalog/1.000001.yaml").diagnostics.first { $0.id == "yaml-syntax" }
  }

  @Test func colonInsideUnquotedText() throws {
    let found = try #require(Self.load("code: \"1.000001\"\nname: Thủ tục: đăng ký\n"))
    #expect(found.help?.contains("the text after 'name:' holds ': '") == true)
    #expect(found.notes.isEmpty)
  }

  @Test func deeperIndentationUnderAValueQuotesTheLineAbove() throws {
    let found = try #require(Self.load("name:\n  vi: Thủ tục\n   en: Procedure\n"))
    #expect(found.help?.contains("line 3 is indented deeper than line 2") == true)
    let note = try #require(found.notes.last)
    #expect(note.message == "line 2 above:   vi: Thủ tục")
    #expect(note.location?.range.start.line == 2)
  }

  @Test func listItemsOutOfLine() throws {
    let found = try #require(Self.load("papers:\n  - id: a\n    paper: citizen-id\n   - id: b\n"))
    #expect(found.help?.contains("the items of one list start with '- ' in the same column") == true)
    #expect(found.notes.contains { $0.message.hasPrefix("line 3 above:") && $0.location?.range.start.line == 3 })
  }

  @Test func keysOutOfLine() throws {
    let found = try #require(Self.load("name:\n  vi: x\n en: y\n"))
    #expect(found.help?.contains("the keys of one mapping start in the same column: line 3 starts at column 2") == true)
  }

  @Test func tabIndentation() throws {
    let found = try #require(Self.load("name:\n\tvi: x\n"))
    #expect(found.help?.contains("indented with a tab") == true)
  }

  @Test func colonInsideFlowMapping() throws {
    let found = try #require(Self.load("agency: {vi: Ủy ban: cấp xã, en: x}\n"))
    #expect(found.help?.contains("inside { } or [ ]") == true)
  }

  @Test func unclosedBracket() throws {
    let found = try #require(Self.load("code: \"1.000001\"\nname: {vi: x, en: y\nfield: civil-status\n"))
    #expect(found.help?.contains("the bracket opened on line 2 is never closed: add '}'") == true)
    #expect(found.notes.contains { $0.message == "line 2 above: name: {vi: x, en: y" })
  }

  @Test func unclosedQuote() throws {
    let found = try #require(Self.load("code: \"1.000001\nname: x\n"))
    #expect(found.help == "a quoted text is never closed: add the closing quote")
  }

  /// Near miss: a colon without a space after it is text, not a key; the file loads.
  @Test func colonWithoutSpaceIsText() {
    #expect(Self.load("name: Thủ tục:đăng ký\nref: 163/QĐ-BTP\n") == nil)
  }

  /// The Vietnamese wording exists for every cause.
  @Test func everyHelpHasVietnamese() {
    let problems = [
      "mapping values are not allowed in this context", "did not find expected key",
      "did not find expected '-' indicator", "did not find expected ',' or '}'", "could not find expected ':'",
      "found unknown escape character", "found character that cannot start any token",
    ]
    for problem in problems {
      let help = SyntaxHelp.explain(problem: problem, line: 2, column: 3, contextLine: 1) { $0 == 1 ? "a: b" : "  c" }
      let text = help.help
      #expect(text != nil, "\(problem)")
      #expect(text?.vi != text?.en, "\(problem)")
    }
  }
}

/// A fee written the Vietnamese way with two dots (`1.500.000`) is text to YAML: the wrong-type
/// error says the number it probably means.
@Suite("Thousands separators")
struct ThousandsSeparatorTests {
  @Test func twoDotsIsTextAndTheHelpSaysTheNumber() throws {
    var files: [String: [UInt8]] = [:]
    for (path, text) in ExampleCatalog.rules { files[path] = Array(text.utf8) }
    files["catalog/1.000001.yaml"] = Array(
      ExampleCatalog.procedure.replacingOccurrences(
        of: "fee: {amount: 0, currency: VND}", with: "fee: {amount: 1.500.000, currency: VND}"
      ).utf8)
    for language in Language.allCases {
      var options = CompileOptions(jobs: 1)
      options.language = language
      let result = Compiler.check(MemoryStorage(files: files), options: options)
      let found = try #require(result.diagnostics.first { $0.id == "wrong-type" })
      #expect(found.help?.contains("`1500000`") == true, "\(language)")
      #expect(found.help?.contains(language == .vi ? "1.500.000" : "1,500,000") == true)
    }
  }

  @Test func amountsAFeeTextNames() {
    #expect(FeeTextMismatchCheck.amounts(in: "Lệ phí: 20.000 đồng/lần") == [20000])
    #expect(FeeTextMismatchCheck.amounts(in: "Fee: 20,000 VND per issue") == [20000])
    #expect(FeeTextMismatchCheck.amounts(in: "50.000đ; miễn cho hộ nghèo") == [50000])
    #expect(FeeTextMismatchCheck.amounts(in: "100000 VNĐ hoặc 200.000 vnđ") == [100000, 200000])
    #expect(FeeTextMismatchCheck.amounts(in: "Thông tư số 281/2016/TT-BTC ngày 14/11/2016") == [])
    #expect(FeeTextMismatchCheck.amounts(in: "3 đổi mới, 4 bản") == [])
    #expect(FeeTextMismatchCheck.amounts(in: "Miễn phí") == [])
  }

  @Test func amountsTheDotsMean() {
    #expect(FeeAmountCheck.thousandsSeparated("100.000") == "100000")
    #expect(FeeAmountCheck.thousandsSeparated("1.500.000") == "1500000")
    #expect(FeeAmountCheck.thousandsSeparated("1.5") == nil)
    #expect(FeeAmountCheck.thousandsSeparated("1000.000") == nil)
    #expect(FeeAmountCheck.thousandsSeparated("12.50") == nil)
  }
}
