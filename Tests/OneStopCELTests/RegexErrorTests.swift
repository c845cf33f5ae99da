import Testing

@testable import OneStopCEL

/// A refused pattern: the UTF-8 byte offset and length of the located error, and a word its
/// English message must contain.
struct RegexRefusal: Sendable, CustomTestStringConvertible {
  var pattern: String
  var offset: Int
  var length: Int
  var mentions: String
  var testDescription: String { "/\(pattern)/ refused at \(offset)" }

  init(_ pattern: String, _ offset: Int, _ length: Int, _ mentions: String) {
    self.pattern = pattern
    self.offset = offset
    self.length = length
    self.mentions = mentions
  }
}

let regexRefusals: [RegexRefusal] = [
  // Backreferences.
  RegexRefusal(#"(a)\1"#, 3, 2, "backreference"),
  RegexRefusal(#"(a)\9"#, 3, 2, "backreference"),
  RegexRefusal(#"(?P<x>a)(?P=x)"#, 8, 4, "backreference"),
  // Lookaround.
  RegexRefusal("a(?=b)", 1, 3, "lookaround"),
  RegexRefusal("a(?!b)", 1, 3, "lookaround"),
  RegexRefusal("(?<=a)b", 0, 4, "lookaround"),
  RegexRefusal("(?<!a)b", 0, 4, "lookaround"),
  // Possessive and doubled quantifiers.
  RegexRefusal("a*+", 2, 1, "possessive"),
  RegexRefusal("a++", 2, 1, "possessive"),
  RegexRefusal("a?+", 2, 1, "possessive"),
  RegexRefusal("a{2}+", 4, 1, "possessive"),
  RegexRefusal("a**", 2, 1, "repetition"),
  RegexRefusal("a*??", 3, 1, "repetition"),
  RegexRefusal("a{2}{3}", 4, 3, "repetition"),
  // Repetition without an argument, bad counts.
  RegexRefusal("*a", 0, 1, "missing argument"),
  RegexRefusal("a|*", 2, 1, "missing argument"),
  RegexRefusal("(+)", 1, 1, "missing argument"),
  RegexRefusal("(?i)*", 4, 1, "missing argument"),
  RegexRefusal("a{1001}", 1, 6, "exceeds 1000"),
  RegexRefusal("a{2,1001}", 1, 8, "exceeds 1000"),
  RegexRefusal("a{3,2}", 1, 5, "minimum exceeds"),
  // Parentheses.
  RegexRefusal("(ab", 0, 1, "missing )"),
  RegexRefusal("a(b(c)", 1, 1, "missing )"),
  RegexRefusal("ab)", 2, 1, "unexpected )"),
  RegexRefusal("())", 2, 1, "unexpected )"),
  RegexRefusal("(?", 0, 2, "missing )"),
  RegexRefusal("(?i", 0, 3, "missing )"),
  // Group syntax.
  RegexRefusal("(?x)a", 0, 3, "group syntax"),
  RegexRefusal("(?)", 0, 3, "group syntax"),
  RegexRefusal("(?i-)", 0, 5, "group syntax"),
  RegexRefusal("(?#comment)", 0, 3, "group syntax"),
  RegexRefusal("(?P<>a)", 0, 5, "group name"),
  RegexRefusal("(?P<a-b>c)", 0, 6, "group name"),
  RegexRefusal("(?P<n>a)(?P<n>b)", 8, 6, "duplicate group name"),
  // Character classes.
  RegexRefusal("[z-a]", 1, 3, "bad character class range"),
  RegexRefusal("x[ỹ-à]", 2, 6, "bad character class range"),
  RegexRefusal(#"[a-\d]"#, 1, 4, "bad character class range"),
  RegexRefusal("[abc", 0, 1, "missing ]"),
  RegexRefusal("[]", 0, 1, "missing ]"),
  RegexRefusal("[[:alfa:]]", 1, 8, "POSIX class"),
  // Escapes.
  RegexRefusal(#"a\"#, 1, 1, "trailing backslash"),
  RegexRefusal(#"\y"#, 0, 2, "invalid escape"),
  RegexRefusal(#"\Z"#, 0, 2, "invalid escape"),
  RegexRefusal(#"\C"#, 0, 2, "any byte"),
  RegexRefusal(#"[\b]"#, 1, 2, "invalid escape"),
  RegexRefusal(#"\xZZ"#, 0, 2, "hexadecimal"),
  RegexRefusal(#"\x{110000}"#, 0, 10, "hexadecimal"),
  RegexRefusal(#"\x{D800}"#, 0, 8, "hexadecimal"),
  RegexRefusal(#"\x{}"#, 0, 3, "hexadecimal"),
  RegexRefusal(#"\p{Klingon}"#, 0, 11, "Unicode class"),
  RegexRefusal(#"\p{L"#, 0, 4, "missing }"),
  RegexRefusal(#"ấ\pX"#, 3, 3, "Unicode class"),
  // Too large or too deep.
  RegexRefusal("(a{1000}){1000}", 0, 15, "too large"),
  RegexRefusal("((a{1000}){1000}){1000}", 0, 23, "too large"),
  RegexRefusal("[a-z]{1000}[0-9]{1000}(x{100}){100}", 0, 35, "too large"),
  RegexRefusal(String(repeating: "(", count: 201) + "a" + String(repeating: ")", count: 201), 200, 1, "nested"),
]

@Suite("Regex refusals")
struct RegexErrorTests {
  @Test(arguments: regexRefusals)
  func refused(_ row: RegexRefusal) {
    switch CELRegex.compile(row.pattern, limits: nil) {
    case .success:
      Issue.record("compiled, expected a refusal")
    case .failure(let error):
      #expect(error.kind == .eval)
      #expect(error.offset == row.offset)
      #expect(error.length == row.length)
      #expect(error.en.contains(row.mentions), "\(error.en)")
      #expect(error.en.hasPrefix("invalid regular expression") || error.en.hasPrefix("regular expression too large"))
      #expect(error.vi.hasPrefix("biểu thức chính quy"))
      #expect(error.vi != error.en)
    }
  }

  /// The program size limit comes from CELLimits.
  @Test func limitIsConfigurable() throws {
    var small = CELLimits()
    small.maxRegexProgram = 10
    #expect(throws: CELError.self) { try CELRegex.compile("a{20}", limits: small).get() }
    #expect(try CELRegex.compile("a{8}", limits: small).get().matches("aaaaaaaa"))
    #expect(try CELRegex.compile("a{20}", limits: nil).get().matches(String(repeating: "a", count: 20)))
  }

  /// Nesting up to the limit compiles and matches (the compiler recurses on nesting, within bounds).
  @Test func deepNestingWithinTheLimit() throws {
    let depth = RegexParser.maxNesting
    let pattern = String(repeating: "(?:a", count: depth) + String(repeating: ")*", count: depth)
    let regex = try CELRegex.compile("^" + pattern + "$", limits: nil).get()
    #expect(regex.matches("aaaa"))
    #expect(!regex.matches("aab"))
  }
}
