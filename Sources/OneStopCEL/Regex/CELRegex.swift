// CEL's `matches`: RE2 syntax, matched in linear time (issue 17, point 4).

/// A compiled regular expression in RE2 syntax over Unicode scalars. Matching runs a Thompson NFA
/// simulation: time proportional to the program size times the text length, for every pattern;
/// patterns RE2 refuses (backreferences, lookaround, possessive quantifiers) are refused here too.
public struct CELRegex: Sendable {
  public let pattern: String
  let program: RegexProgram

  /// The compiled program's size in instructions: a match costs at most this much per scalar of
  /// text, which a cost model may charge.
  public var programSize: Int { program.instructions.count }

  /// Compiles `pattern`; a refused pattern is an `.eval` error (CEL reports a bad pattern when the
  /// call runs) at a UTF-8 byte offset in the pattern.
  public static func compile(_ pattern: String, limits: CELLimits?) -> Result<CELRegex, CELError> {
    let limit = (limits ?? CELLimits()).maxRegexProgram
    let node: RegexNode
    switch RegexParser.parse(pattern) {
    case .success(let parsed): node = parsed
    case .failure(let error):
      return .failure(
        CELError(
          kind: .eval, vi: "biểu thức chính quy không hợp lệ: " + error.vi,
          en: "invalid regular expression: " + error.en, offset: error.offset, length: error.length))
    }
    do {
      return .success(CELRegex(pattern: pattern, program: try RegexProgram.compile(node, limit: limit)))
    } catch {
      return .failure(
        CELError(
          kind: .eval,
          vi: "biểu thức chính quy quá lớn: chương trình đã dịch vượt quá \(limit) lệnh",
          en: "regular expression too large: its compiled program exceeds \(limit) instructions",
          offset: 0, length: pattern.utf8.count))
    }
  }

  /// Whether the pattern matches anywhere in `text` (RE2's PartialMatch, CEL's `matches`).
  public func matches(_ text: String) -> Bool {
    PikeVM.search(program, in: text)
  }
}
