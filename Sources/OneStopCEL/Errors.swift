/// The bounds of an expression: how large it may be written, how deep it may nest, and what one
/// evaluation may cost. Past them is an error, never a hang or a stack overflow.
public struct CELLimits: Sendable, Equatable {
  /// Longer sources are a parse error.
  public var maxSourceBytes = 8192
  /// Nesting depth of the parse (parentheses, calls, operators): the recursion guard.
  public var maxDepth = 100
  /// Nodes of the parsed expression, macros expanded.
  public var maxNodes = 4000
  /// Cost units one `evaluate` may spend (see `CELCost`).
  public var costBudget = 1_000_000
  /// The largest compiled regular expression program, in instructions.
  public var maxRegexProgram = 10_000

  public init() {}
}

/// A located error: its kind, its message in Vietnamese and English, the UTF-8 byte offset (and
/// length) in the source it points at, and a suggestion when one is known (did-you-mean).
public struct CELError: Error, Sendable, Equatable {
  public enum Kind: String, Sendable {
    case parse, check, eval, cost
  }

  public var kind: Kind
  public var vi: String
  public var en: String
  public var offset: Int
  public var length: Int
  public var suggestion: String?

  public init(kind: Kind, vi: String, en: String, offset: Int, length: Int = 0, suggestion: String? = nil) {
    self.kind = kind
    self.vi = vi
    self.en = en
    self.offset = offset
    self.length = length
    self.suggestion = suggestion
  }
}
