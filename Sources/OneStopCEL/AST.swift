/// A node of a parsed expression, with where it was written (UTF-8 byte offset and length).
final class Node: @unchecked Sendable {
  enum Kind {
    case literal(CELValue)
    /// A name: a variable, a comprehension's variable, or a type name (`int`, `google.protobuf.Timestamp`).
    case ident(String)
    /// `operand.field`; with `testOnly`, `has(operand.field)`.
    case select(Node, String, testOnly: Bool)
    /// A function or operator (`_+_`, `_[_]`, `!_`, `size`...), with its receiver for `a.f(b)`.
    case call(String, target: Node?, arguments: [Node])
    case list([Node])
    case map([(Node, Node)])
    /// `all`, `exists`, `exists_one`, `map`, `filter` over `range`, binding `variable`.
    case comprehension(Macro, range: Node, variable: String, filter: Node?, body: Node)
  }

  enum Macro: String {
    case all, exists
    case existsOne = "exists_one"
    case map, filter
  }

  let id: Int
  let offset: Int
  let length: Int
  var kind: Kind
  /// For a `matches` call whose pattern is a literal: the pattern compiled once.
  var regex: CELRegex?
  /// A call's function, resolved once (nil: a name no standard function has).
  var function: Builtin?

  init(id: Int, offset: Int, length: Int, kind: Kind) {
    self.id = id
    self.offset = offset
    self.length = length
    self.kind = kind
    if case .call(let name, _, _) = kind { function = Builtin(rawValue: name) }
  }

  /// The dotted name of an ident or select chain (`a.b.c`), for qualified variable names.
  var qualifiedName: String? {
    switch kind {
    case .ident(let name): return name
    case .select(let operand, let field, testOnly: false):
      return operand.qualifiedName.map { $0 + "." + field }
    default: return nil
    }
  }
}

/// The standard functions and operators, by the names calls carry.
enum Builtin: String {
  case and = "_&&_", or = "_||_", conditional = "_?_:_"
  case add = "_+_", subtract = "_-_", multiply = "_*_", divide = "_/_", modulo = "_%_", negate = "-_", not = "!_"
  case equals = "_==_", notEquals = "_!=_", less = "_<_", lessOrEqual = "_<=_", greater = "_>_"
  case greaterOrEqual = "_>=_", index = "_[_]", member = "@in"
  case size, contains, startsWith, endsWith, matches, dyn, type
  case int, uint, double, string, bytes, bool, timestamp, duration
  case getFullYear, getMonth, getDate, getDayOfMonth, getDayOfWeek, getDayOfYear, getHours, getMinutes, getSeconds
  case getMilliseconds
}
