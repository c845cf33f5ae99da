/// The type checker: every node gets a type from the environment's declarations, names resolve
/// (qualified names and the container included), and each call finds an overload. A mistake is a
/// `.check` error at the node, with a suggestion for a misspelt name.
struct Checker {
  let environment: CELEnvironment
  private var scopes: [(String, CELType)] = []

  init(_ environment: CELEnvironment) {
    self.environment = environment
  }

  static func error(_ node: Node, vi: String, en: String, suggestion: String? = nil) -> CELError {
    CELError(kind: .check, vi: vi, en: en, offset: node.offset, length: node.length, suggestion: suggestion)
  }

  /// The name `name` resolves to among the declared variables, with the container.
  private func variable(_ name: String) -> (String, CELType)? {
    for candidate in environment.candidates(name) {
      if let type = environment.variables[candidate] { return (candidate, type) }
    }
    return nil
  }

  private func local(_ name: String) -> CELType? {
    scopes.last { $0.0 == name }?.1
  }

  mutating func check(_ node: Node) throws(CELError) -> CELType {
    switch node.kind {
    case .literal(let value):
      return value.celType
    case .ident(let name):
      if let type = local(name) { return type }
      if let (resolved, type) = variable(name) {
        node.kind = .ident(resolved)
        return type
      }
      if let type = CELType.named(name.hasPrefix(".") ? String(name.dropFirst()) : name) { return .type(type) }
      let names = Array(environment.variables.keys) + scopes.map(\.0)
      let suggestion = Suggestion.closest(to: name, in: names)
      throw Self.error(
        node, vi: "tên '\(name)' chưa được khai báo", en: "undeclared reference to '\(name)'", suggestion: suggestion)
    case .select(let operand, let field, let testOnly):
      if !testOnly, let qualified = node.qualifiedName,
        operand.qualifiedName.map({ local(rootName($0)) == nil }) == true
      {
        if let (resolved, type) = variable(qualified) {
          node.kind = .ident(resolved)
          return type
        }
        if let type = CELType.named(qualified) {
          node.kind = .ident(qualified)
          return .type(type)
        }
      }
      let operandType = try check(operand)
      let fieldType = try select(field, on: operandType, node)
      return testOnly ? .bool : fieldType
    case .call(let name, let target, let arguments):
      return try call(node, name, target, arguments)
    case .list(let elements):
      var element: CELType? = nil
      for item in elements {
        let type = try check(item)
        element = element.map { join($0, type) } ?? type
      }
      return .list(element ?? .dyn)
    case .map(let entries):
      var key: CELType? = nil
      var value: CELType? = nil
      for (k, v) in entries {
        let keyType = try check(k)
        switch keyType {
        case .bool, .int, .uint, .string, .dyn, .error, .typeParameter: break
        default:
          throw Self.error(
            k, vi: "khóa của bản đồ không được có kiểu \(keyType)", en: "a map key cannot be of type \(keyType)")
        }
        key = key.map { join($0, keyType) } ?? keyType
        let valueType = try check(v)
        value = value.map { join($0, valueType) } ?? valueType
      }
      return .map(key: key ?? .dyn, value: value ?? .dyn)
    case .comprehension(let macro, let range, let name, let filter, let body):
      let rangeType = try check(range)
      let variableType: CELType
      switch rangeType {
      case .list(let element): variableType = element
      case .map(let key, _): variableType = key
      case .dyn, .error, .typeParameter: variableType = .dyn
      default:
        throw Self.error(
          range, vi: "\(macro.rawValue)() cần một danh sách hoặc bản đồ, không phải `\(rangeType)`",
          en: "\(macro.rawValue)() needs a list or a map, not `\(rangeType)`")
      }
      scopes.append((name, variableType))
      defer { scopes.removeLast() }
      if let filter { try expectBool(filter, "\(macro.rawValue)()") }
      switch macro {
      case .all, .exists, .existsOne:
        try expectBool(body, "\(macro.rawValue)()")
        return .bool
      case .map:
        return .list(try check(body))
      case .filter:
        try expectBool(body, "filter()")
        return .list(variableType)
      }
    }
  }

  private func rootName(_ qualified: String) -> String {
    String(qualified.prefix { $0 != "." })
  }

  mutating func expectBool(_ node: Node, _ context: String) throws(CELError) {
    let type = try check(node)
    guard type == .bool || type.isDynamic else {
      throw Self.error(
        node, vi: "\(context) cần giá trị `bool`, không phải `\(type)`", en: "\(context) needs a `bool`, not `\(type)`")
    }
  }

  private func select(_ field: String, on type: CELType, _ node: Node) throws(CELError) -> CELType {
    switch type {
    case .object(let name):
      guard let object = environment.objectTypes[name] else { return .dyn }
      if let declaration = object.fields[field] { return declaration.type }
      throw Self.error(
        node, vi: "kiểu `\(name)` không có trường '\(field)'", en: "type `\(name)` has no field '\(field)'",
        suggestion: Suggestion.closest(to: field, in: object.fieldOrder))
    case .map(let key, let value):
      guard key == .string || key.isDynamic else {
        throw Self.error(
          node, vi: "không chọn được trường '\(field)' trên \(type)", en: "cannot select field '\(field)' on \(type)")
      }
      return value
    case .dyn, .error, .typeParameter:
      return .dyn
    default:
      throw Self.error(
        node, vi: "không chọn được trường '\(field)' trên giá trị kiểu `\(type)`",
        en: "cannot select field '\(field)' on a value of type `\(type)`")
    }
  }

  /// The common type of two: equal types stay, anything else becomes dyn.
  func join(_ a: CELType, _ b: CELType) -> CELType {
    if a == b { return a }
    switch (a, b) {
    case (.list(let x), .list(let y)): return .list(join(x, y))
    case (.map(let k1, let v1), .map(let k2, let v2)): return .map(key: join(k1, k2), value: join(v1, v2))
    default: return .dyn
    }
  }

  private mutating func call(_ node: Node, _ name: String, _ target: Node?, _ arguments: [Node]) throws(CELError)
    -> CELType
  {
    switch name {
    case "_&&_", "_||_":
      for argument in arguments { try expectBool(argument, name == "_&&_" ? "&&" : "||") }
      return .bool
    case "_?_:_":
      try expectBool(arguments[0], "?:")
      return join(try check(arguments[1]), try check(arguments[2]))
    case "_==_", "_!=_":
      let left = try check(arguments[0])
      let right = try check(arguments[1])
      guard comparable(left, right) else {
        throw Self.error(
          node, vi: "không so sánh bằng được \(left) với \(right)",
          en: "no matching overload for '\(name == "_==_" ? "==" : "!=")' applied to (\(left), \(right))")
      }
      return .bool
    default:
      break
    }
    var types: [CELType] = []
    if let target { types.append(try check(target)) }
    for argument in arguments { types.append(try check(argument)) }
    if name == "matches", let pattern = arguments.last, case .literal(.string(let text)) = pattern.kind {
      switch CELRegex.compile(text, limits: environment.limits) {
      case .success(let regex): node.regex = regex
      case .failure(let error):
        throw CELError(
          kind: .check, vi: error.vi, en: error.en, offset: pattern.offset + 1 + error.offset,
          length: max(1, error.length))
      }
    }
    guard let overloads = Overloads.table[name] else {
      throw Self.error(node, vi: "không có hàm '\(name)'", en: "undeclared reference to function '\(name)'")
    }
    var results: [CELType] = []
    for overload in overloads where overload.receiver == (target != nil) && overload.parameters.count == types.count {
      var bindings: [String: CELType] = [:]
      if zip(overload.parameters, types).allSatisfy({ unify($0, $1, &bindings) }) {
        results.append(substitute(overload.result, bindings))
      }
    }
    guard let first = results.first else {
      let shown = types.map { "`\($0)`" }.joined(separator: ", ")
      let display = Self.display(name)
      throw Self.error(
        node, vi: "không có dạng nào của '\(display)' nhận (\(shown))",
        en: "no matching overload for '\(display)' applied to (\(shown))")
    }
    return results.dropFirst().allSatisfy { $0 == first } ? first : .dyn
  }

  static func display(_ name: String) -> String {
    switch name {
    case "@in": return "in"
    case "_[_]": return "[]"
    case "-_": return "-"
    case "!_": return "!"
    default:
      if name.hasPrefix("_") && name.hasSuffix("_") && name.count > 2 { return String(name.dropFirst().dropLast()) }
      return name
    }
  }

  private func comparable(_ a: CELType, _ b: CELType) -> Bool {
    if a.isDynamic || b.isDynamic || a == b { return true }
    if a.isNumeric && b.isNumeric { return true }
    if a == .null || b == .null { return true }
    switch (a, b) {
    case (.list(let x), .list(let y)): return comparable(x, y)
    case (.map(let k1, let v1), .map(let k2, let v2)): return comparable(k1, k2) && comparable(v1, v2)
    case (.type, .type): return true
    default: return false
    }
  }

  private func unify(_ parameter: CELType, _ argument: CELType, _ bindings: inout [String: CELType]) -> Bool {
    if argument == .error { return true }
    switch parameter {
    case .typeParameter(let name):
      if let bound = bindings[name] {
        if bound.isDynamic || argument.isDynamic { return true }
        if bound == argument { return true }
        if let joined = joinable(bound, argument) {
          bindings[name] = joined
          return true
        }
        return false
      }
      bindings[name] = argument
      return true
    case .dyn:
      return true
    case .list(let element):
      switch argument {
      case .list(let actual): return unify(element, actual, &bindings)
      case .dyn, .typeParameter: return true
      default: return false
      }
    case .map(let key, let value):
      switch argument {
      case .map(let actualKey, let actualValue):
        return unify(key, actualKey, &bindings) && unify(value, actualValue, &bindings)
      case .dyn, .typeParameter: return true
      default: return false
      }
    case .type:
      if case .type = argument { return true }
      return argument.isDynamic
    default:
      return argument.isDynamic || parameter == argument
    }
  }

  /// Two types a type parameter may take at once: lists or maps whose elements are dyn.
  private func joinable(_ a: CELType, _ b: CELType) -> CELType? {
    switch (a, b) {
    case (.list(let x), .list(let y)):
      if x.isDynamic { return b }
      if y.isDynamic { return a }
      return joinable(x, y).map { .list($0) }
    case (.map(let k1, let v1), .map(let k2, let v2)):
      guard let key = k1 == k2 ? k1 : (k1.isDynamic ? k2 : k2.isDynamic ? k1 : nil) else { return nil }
      guard let value = v1 == v2 ? v1 : (v1.isDynamic ? v2 : v2.isDynamic ? v1 : nil) else { return nil }
      return .map(key: key, value: value)
    default:
      if a == .null { return b }
      if b == .null { return a }
      return nil
    }
  }

  private func substitute(_ type: CELType, _ bindings: [String: CELType]) -> CELType {
    switch type {
    case .typeParameter(let name): return bindings[name] ?? .dyn
    case .list(let element): return .list(substitute(element, bindings))
    case .map(let key, let value): return .map(key: substitute(key, bindings), value: substitute(value, bindings))
    case .type(let inner): return .type(substitute(inner, bindings))
    default: return type
    }
  }
}

/// The closest name to a misspelt one (Levenshtein distance, at most a third of its length).
enum Suggestion {
  static func closest(to word: String, in candidates: [String]) -> String? {
    let target = Array(word.unicodeScalars)
    var best: (String, Int)? = nil
    for candidate in candidates.sorted() where candidate != word {
      let other = Array(candidate.unicodeScalars)
      let distance = Self.distance(target, other)
      let limit = max(1, max(target.count, other.count) / 3)
      if distance <= limit && (best == nil || distance < best!.1) { best = (candidate, distance) }
    }
    return best?.0
  }

  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
