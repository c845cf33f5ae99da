// Stand-ins for the cel branch's CELLimits and CELError, so the regular expression engine builds
// on its own branch. The lead deletes this one file when the branches merge.

public struct CELLimits: Sendable {
  /// The largest compiled regular expression program, in instructions.
  public var maxRegexProgram = 10_000
  public init() {}
}

public struct CELError: Error, Sendable, Equatable {
  public enum Kind: String, Sendable { case parse, check, eval, cost }
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
