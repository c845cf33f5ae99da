/// CEL's grammar, by recursive descent with a depth guard, into `Node`s with macros expanded:
///
///     expr     = or ['?' or ':' expr]          or   = and {'||' and}      and = rel {'&&' rel}
///     rel      = add {('<'|'<='|'>='|'>'|'=='|'!='|'in') add}
///     add      = mul {('+'|'-') mul}           mul  = unary {('*'|'/'|'%') unary}
///     unary    = member | '!'+ member | '-'+ member
///     member   = primary {'.' IDENT ['(' args ')'] | '[' expr ']'}
///     primary  = ['.'] IDENT ['(' args ')'] | '(' expr ')' | '[' list ']' | '{' map '}' | literal
struct Parser {
  private var tokens: [Token]
  private var index = 0
  private var depth = 0
  private var nextID = 0
  private let limits: CELLimits
  private let macros: Bool

  static func parse(_ source: String, limits: CELLimits, macros: Bool = true) throws(CELError) -> Node {
    guard source.utf8.count <= limits.maxSourceBytes else {
      throw CELError(
        kind: .parse, vi: "biểu thức dài quá \(limits.maxSourceBytes) byte",
        en: "the expression is longer than \(limits.maxSourceBytes) bytes", offset: 0, length: 0)
    }
    var lexer = Lexer(source)
    var parser = Parser(tokens: try lexer.tokens(), limits: limits, macros: macros)
    let node = try parser.expression()
    guard case .end = parser.current.kind else {
      throw parser.unexpected()
    }
    try checkHeight(node, limits)
    return node
  }

  /// Refuses a tree taller than the depth limit (`1 + 1 + ... + 1` nests to the left without
  /// parentheses), so that checking and evaluating, which recurse, stay within the stack.
  private static func checkHeight(_ root: Node, _ limits: CELLimits) throws(CELError) {
    var stack: [(Node, Int)] = [(root, 1)]
    while let (node, height) = stack.popLast() {
      guard height <= limits.maxDepth * 2 else {
        throw CELError(
          kind: .parse, vi: "biểu thức lồng nhau quá sâu", en: "the expression nests too deeply", offset: node.offset,
          length: node.length)
      }
      switch node.kind {
      case .literal, .ident: break
      case .select(let operand, _, _): stack.append((operand, height + 1))
      case .call(_, let target, let arguments):
        if let target { stack.append((target, height + 1)) }
        for argument in arguments { stack.append((argument, height + 1)) }
      case .list(let elements): for element in elements { stack.append((element, height + 1)) }
      case .map(let entries):
        for (key, value) in entries {
          stack.append((key, height + 1))
          stack.append((value, height + 1))
        }
      case .comprehension(_, let range, _, let filter, let body):
        stack.append((range, height + 1))
        if let filter { stack.append((filter, height + 1)) }
        stack.append((body, height + 1))
      }
    }
  }

  private init(tokens: [Token], limits: CELLimits, macros: Bool) {
    self.tokens = tokens
    self.limits = limits
    self.macros = macros
  }

  private var current: Token { tokens[index] }

  private func isPunctuation(_ text: String) -> Bool {
    if case .punctuation(let p) = current.kind { return p == text }
    return false
  }

  private mutating func accept(_ text: String) -> Bool {
    guard isPunctuation(text) else { return false }
    index += 1
    return true
  }

  private mutating func expect(_ text: String) throws(CELError) {
    guard accept(text) else { throw unexpected(expecting: text) }
  }

  private func unexpected(expecting: String? = nil) -> CELError {
    let token = current
    let found: String
    switch token.kind {
    case .end: found = "end of expression"
    case .reserved(let word): found = "reserved word '\(word)'"
    case .punctuation(let p): found = "'\(p)'"
    case .identifier(let name): found = "'\(name)'"
    default: found = "a literal"
    }
    let foundVi =
      found == "end of expression"
      ? "hết biểu thức" : found.replacingOccurrences(of: "reserved word", with: "từ khóa dành riêng")
    if let expecting {
      return CELError(
        kind: .parse, vi: "cần '\(expecting)', nhưng gặp \(foundVi)", en: "expected '\(expecting)', found \(found)",
        offset: token.offset, length: max(1, token.length))
    }
    return CELError(
      kind: .parse, vi: "cú pháp không hợp lệ: gặp \(foundVi)", en: "syntax error: unexpected \(found)",
      offset: token.offset, length: max(1, token.length))
  }

  private mutating func node(_ offset: Int, _ length: Int, _ kind: Node.Kind) throws(CELError) -> Node {
    nextID += 1
    guard nextID <= limits.maxNodes else {
      throw CELError(
        kind: .parse, vi: "biểu thức có quá \(limits.maxNodes) nút",
        en: "the expression has more than \(limits.maxNodes) nodes",
        offset: offset, length: length)
    }
    return Node(id: nextID, offset: offset, length: length, kind: kind)
  }

  private mutating func enter(_ offset: Int) throws(CELError) {
    depth += 1
    guard depth <= limits.maxDepth else {
      throw CELError(
        kind: .parse, vi: "biểu thức lồng nhau quá \(limits.maxDepth) cấp",
        en: "the expression nests deeper than \(limits.maxDepth) levels", offset: offset, length: 1)
    }
  }

  private mutating func call(_ name: String, _ offset: Int, _ length: Int, target: Node? = nil, _ arguments: [Node])
    throws(CELError) -> Node
  {
    try node(offset, length, .call(name, target: target, arguments: arguments))
  }

  mutating func expression() throws(CELError) -> Node {
    try enter(current.offset)
    defer { depth -= 1 }
    let condition = try logicalOr()
    guard isPunctuation("?") else { return condition }
    let token = current
    index += 1
    let whenTrue = try logicalOr()
    try expect(":")
    let whenFalse = try expression()
    return try call("_?_:_", token.offset, token.length, [condition, whenTrue, whenFalse])
  }

  private mutating func logicalOr() throws(CELError) -> Node {
    var left = try logicalAnd()
    while isPunctuation("||") {
      let token = current
      index += 1
      try enter(token.offset)
      let right = try logicalAnd()
      depth -= 1
      left = try call("_||_", token.offset, token.length, [left, right])
    }
    return left
  }

  private mutating func logicalAnd() throws(CELError) -> Node {
    var left = try relation()
    while isPunctuation("&&") {
      let token = current
      index += 1
      try enter(token.offset)
      let right = try relation()
      depth -= 1
      left = try call("_&&_", token.offset, token.length, [left, right])
    }
    return left
  }

  private static let relations: [String: String] = [
    "<": "_<_", "<=": "_<=_", ">": "_>_", ">=": "_>=_", "==": "_==_", "!=": "_!=_",
  ]

  private mutating func relation() throws(CELError) -> Node {
    var left = try addition()
    while true {
      let token = current
      var name: String? = nil
      if case .punctuation(let p) = token.kind { name = Self.relations[p] }
      if case .identifier("in") = token.kind { name = "@in" }
      guard let name else { return left }
      index += 1
      try enter(token.offset)
      let right = try addition()
      depth -= 1
      left = try call(name, token.offset, token.length, [left, right])
    }
  }

  private mutating func addition() throws(CELError) -> Node {
    var left = try multiplication()
    while isPunctuation("+") || isPunctuation("-") {
      let token = current
      guard case .punctuation(let p) = token.kind else { break }
      index += 1
      try enter(token.offset)
      let right = try multiplication()
      depth -= 1
      left = try call("_\(p)_", token.offset, token.length, [left, right])
    }
    return left
  }

  private mutating func multiplication() throws(CELError) -> Node {
    var left = try unary()
    while isPunctuation("*") || isPunctuation("/") || isPunctuation("%") {
      let token = current
      guard case .punctuation(let p) = token.kind else { break }
      index += 1
      try enter(token.offset)
      let right = try unary()
      depth -= 1
      left = try call("_\(p)_", token.offset, token.length, [left, right])
    }
    return left
  }

  private mutating func unary() throws(CELError) -> Node {
    let token = current
    if isPunctuation("!") {
      var count = 0
      while accept("!") { count += 1 }
      try enter(token.offset)
      var operand = try member()
      depth -= 1
      for _ in 0..<count { operand = try call("!_", token.offset, token.length, [operand]) }
      return operand
    }
    if isPunctuation("-") {
      var count = 0
      while accept("-") { count += 1 }
      // `-9223372036854775808` is the smallest int: fold the sign into a number literal.
      let literal = current
      var operand: Node
      switch literal.kind {
      case .int(let magnitude) where count % 2 == 1 && !isMemberFollowing(at: index + 1):
        index += 1
        guard magnitude <= UInt64(Int64.max) + 1 else {
          throw CELError(
            kind: .parse, vi: "số nguyên tràn khoảng int", en: "integer literal overflows int",
            offset: literal.offset, length: literal.length)
        }
        let value = magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        operand = try node(token.offset, literal.offset + literal.length - token.offset, .literal(.int(value)))
        count -= 1
      case .double(let value) where count % 2 == 1 && !isMemberFollowing(at: index + 1):
        index += 1
        operand = try node(token.offset, literal.offset + literal.length - token.offset, .literal(.double(-value)))
        count -= 1
      default:
        try enter(token.offset)
        operand = try member()
        depth -= 1
      }
      for _ in 0..<count { operand = try call("-_", token.offset, token.length, [operand]) }
      return operand
    }
    return try member()
  }

  private func isMemberFollowing(at position: Int) -> Bool {
    guard position < tokens.count, case .punctuation(let p) = tokens[position].kind else { return false }
    return p == "." || p == "["
  }

  private mutating func member() throws(CELError) -> Node {
    var operand = try primary()
    while true {
      let token = current
      if accept(".") {
        let name: String
        switch current.kind {
        case .identifier(let identifier): name = identifier
        // Reserved words are field and method names after a dot: `m.as`, `a.while()`.
        case .reserved(let word): name = word
        default: throw unexpected(expecting: "field name")
        }
        let nameToken = current
        index += 1
        let field = name.hasPrefix("`") ? String(name.dropFirst()) : name
        if isPunctuation("(") {
          index += 1
          let arguments = try argumentList(closing: ")")
          operand = try receiverCall(field, target: operand, arguments, nameToken)
        } else {
          operand = try node(nameToken.offset, nameToken.length, .select(operand, field, testOnly: false))
        }
      } else if accept("[") {
        try enter(token.offset)
        let subscriptNode = try expression()
        depth -= 1
        try expect("]")
        operand = try call("_[_]", token.offset, token.length, [operand, subscriptNode])
      } else if isPunctuation("{"), operand.qualifiedName != nil {
        throw CELError(
          kind: .parse, vi: "không hỗ trợ tạo thông điệp protobuf", en: "message construction is not supported",
          offset: token.offset, length: 1)
      } else {
        return operand
      }
    }
  }

  private mutating func argumentList(closing: String) throws(CELError) -> [Node] {
    var arguments: [Node] = []
    if accept(closing) { return arguments }
    while true {
      try enter(current.offset)
      arguments.append(try expression())
      depth -= 1
      if accept(closing) { return arguments }
      try expect(",")
    }
  }

  private mutating func primary() throws(CELError) -> Node {
    let token = current
    switch token.kind {
    case .int(let magnitude):
      index += 1
      guard magnitude <= UInt64(Int64.max) else {
        throw CELError(
          kind: .parse, vi: "số nguyên tràn khoảng int", en: "integer literal overflows int", offset: token.offset,
          length: token.length)
      }
      return try node(token.offset, token.length, .literal(.int(Int64(magnitude))))
    case .uint(let value):
      index += 1
      return try node(token.offset, token.length, .literal(.uint(value)))
    case .double(let value):
      index += 1
      return try node(token.offset, token.length, .literal(.double(value)))
    case .string(let value):
      index += 1
      return try node(token.offset, token.length, .literal(.string(value)))
    case .bytes(let value):
      index += 1
      return try node(token.offset, token.length, .literal(.bytes(value)))
    case .identifier(let name):
      index += 1
      switch name {
      case "true": return try node(token.offset, token.length, .literal(.bool(true)))
      case "false": return try node(token.offset, token.length, .literal(.bool(false)))
      case "null": return try node(token.offset, token.length, .literal(.null))
      case "in": throw unexpectedAt(token)
      default: break
      }
      if name.hasPrefix("`") { throw unexpectedAt(token) }
      if accept("(") {
        let arguments = try argumentList(closing: ")")
        return try globalCall(name, arguments, token)
      }
      return try node(token.offset, token.length, .ident(name))
    case .punctuation("."):
      // A name from the root: `.x`.
      index += 1
      guard case .identifier(let name) = current.kind, !name.hasPrefix("`") else {
        throw unexpected(expecting: "identifier")
      }
      let nameToken = current
      index += 1
      if accept("(") {
        let arguments = try argumentList(closing: ")")
        return try globalCall(name, arguments, nameToken)
      }
      return try node(token.offset, nameToken.offset + nameToken.length - token.offset, .ident("." + name))
    case .punctuation("("):
      index += 1
      try enter(token.offset)
      let inner = try expression()
      depth -= 1
      try expect(")")
      return inner
    case .punctuation("["):
      index += 1
      var elements: [Node] = []
      if !accept("]") {
        while true {
          try enter(current.offset)
          elements.append(try expression())
          depth -= 1
          if accept("]") { break }
          try expect(",")
          if accept("]") { break }
        }
      }
      return try node(token.offset, 1, .list(elements))
    case .punctuation("{"):
      index += 1
      var entries: [(Node, Node)] = []
      if !accept("}") {
        while true {
          try enter(current.offset)
          let key = try expression()
          try expect(":")
          let value = try expression()
          depth -= 1
          entries.append((key, value))
          if accept("}") { break }
          try expect(",")
          if accept("}") { break }
        }
      }
      return try node(token.offset, 1, .map(entries))
    default:
      throw unexpectedAt(token)
    }
  }

  private func unexpectedAt(_ token: Token) -> CELError {
    var copy = self
    copy.index = tokens.firstIndex { $0.offset == token.offset } ?? index
    return copy.unexpected()
  }

  // MARK: Macros

  private mutating func globalCall(_ name: String, _ arguments: [Node], _ token: Token) throws(CELError) -> Node {
    if macros && name == "has" && arguments.count == 1 {
      guard case .select(let operand, let field, testOnly: false) = arguments[0].kind else {
        throw CELError(
          kind: .parse, vi: "has() cần một phép chọn trường, như has(a.b)",
          en: "has() needs a field selection, such as has(a.b)", offset: arguments[0].offset,
          length: arguments[0].length)
      }
      return try node(token.offset, token.length, .select(operand, field, testOnly: true))
    }
    return try call(name, token.offset, token.length, arguments)
  }

  private mutating func receiverCall(_ name: String, target: Node, _ arguments: [Node], _ token: Token) throws(CELError)
    -> Node
  {
    guard macros, let macro = Node.Macro(rawValue: name) else {
      return try call(name, token.offset, token.length, target: target, arguments)
    }
    let expected = macro == .map ? [2, 3] : [2]
    guard expected.contains(arguments.count) else {
      return try call(name, token.offset, token.length, target: target, arguments)
    }
    guard case .ident(let variable) = arguments[0].kind, !variable.hasPrefix(".") else {
      throw CELError(
        kind: .parse, vi: "đối số đầu của \(name)() phải là tên biến",
        en: "the first argument of \(name)() must be a variable name",
        offset: arguments[0].offset, length: arguments[0].length)
    }
    let filter = arguments.count == 3 ? arguments[1] : nil
    return try node(
      token.offset, token.length,
      .comprehension(macro, range: target, variable: variable, filter: filter, body: arguments[arguments.count - 1]))
  }
}
