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

  init(id: Int, offset: Int, length: Int, kind: Kind) {
    self.id = id
    self.offset = offset
    self.length = length
    self.kind = kind
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
