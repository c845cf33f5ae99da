/// Evaluates a checked (or only parsed) expression. Every node evaluated costs one unit, and
/// operations on text, bytes and lists cost in proportion to their size (`CELCost`); past the
/// budget evaluation stops with a `.cost` error. Errors follow CEL: `&&`, `||` and the macros
/// `all`/`exists` absorb an error when the other side decides.
struct Evaluator {
  let variables: [String: CELValue]
  let container: String
  let limits: CELLimits
  let budget: Int
  var cost = 0
  private var locals: [(String, CELValue)] = []

  init(variables: [String: CELValue], container: String, limits: CELLimits, budget: Int) {
    self.variables = variables
    self.container = container
    self.limits = limits
    self.budget = budget
  }

  static func error(_ node: Node, vi: String, en: String) -> CELError {
    CELError(kind: .eval, vi: vi, en: en, offset: node.offset, length: node.length)
  }

  mutating func charge(_ units: Int, _ node: Node) throws(CELError) {
    cost += units
    if cost > budget {
      throw CELError(
        kind: .cost, vi: "biểu thức vượt hạn mức chi phí \(budget)",
        en: "the expression spent its cost budget of \(budget)",
        offset: node.offset, length: node.length)
    }
  }

  private func lookup(_ name: String) -> CELValue? {
    for index in locals.indices.reversed() where locals[index].0 == name { return locals[index].1 }
    if let value = variables[name] { return value }
    if !container.isEmpty || name.hasPrefix(".") {
      for candidate in CELEnvironment(container: container).candidates(name) {
        if let value = variables[candidate] { return value }
      }
    }
    return nil
  }

  mutating func evaluate(_ node: Node) throws(CELError) -> CELValue {
    try charge(1, node)
    switch node.kind {
    case .literal(let value):
      return value
    case .ident(let name):
      if let value = lookup(name) { return value }
      if let type = CELType.named(name.hasPrefix(".") ? String(name.dropFirst()) : name) { return .type(type) }
      throw Self.error(node, vi: "không có biến '\(name)'", en: "no such attribute '\(name)'")
    case .select(let operand, let field, let testOnly):
      // A qualified variable name (`a.b`), when unchecked expressions meet such bindings.
      if !testOnly, let qualified = node.qualifiedName, qualified.contains("."), let value = lookup(qualified) {
        return value
      }
      let value = try evaluate(operand)
      return try select(field, of: value, testOnly: testOnly, node)
    case .call(let name, let target, let arguments):
      return try call(node, name, target, arguments)
    case .list(let elements):
      var values: [CELValue] = []
      values.reserveCapacity(elements.count)
      for element in elements { values.append(try evaluate(element)) }
      return .list(values)
    case .map(let entries):
      var map = CELMap()
      for (keyNode, valueNode) in entries {
        let key = try evaluate(keyNode)
        let value = try evaluate(valueNode)
        switch key {
        case .bool, .int, .uint, .string: break
        default:
          throw Self.error(keyNode, vi: "khóa bản đồ không hợp lệ", en: "unsupported key type")
        }
        guard map.insert(key, value) else {
          throw Self.error(keyNode, vi: "khóa bản đồ bị lặp", en: "Failed with repeated key")
        }
      }
      return .map(map)
    case .comprehension(let macro, let range, let name, let filter, let body):
      return try comprehension(node, macro, range, name, filter, body)
    }
  }

  mutating func select(_ field: String, of value: CELValue, testOnly: Bool, _ node: Node) throws(CELError)
    -> CELValue
  {
    switch value {
    case .object(let object):
      let found = object.celField(field)
      if testOnly { return .bool(found != nil) }
      guard let found else {
        throw Self.error(node, vi: "không có trường '\(field)'", en: "no such key: \(field)")
      }
      return found
    case .map(let map):
      let found = map[string: field]
      if testOnly { return .bool(found != nil) }
      guard let found else { throw Self.error(node, vi: "không có khóa '\(field)'", en: "no such key: \(field)") }
      return found
    default:
      throw Self.error(
        node, vi: "không chọn được trường '\(field)' trên \(value.celType)",
        en: "no such overload: field selection '\(field)' on \(value.celType)")
    }
  }

  private mutating func comprehension(
    _ node: Node, _ macro: Node.Macro, _ rangeNode: Node, _ name: String, _ filter: Node?, _ body: Node
  ) throws(CELError) -> CELValue {
    let range = try evaluate(rangeNode)
    let items: [CELValue]
    switch range {
    case .list(let list): items = list
    case .map(let map): items = map.keys
    default:
      throw Self.error(
        rangeNode, vi: "\(macro.rawValue)() cần một danh sách hoặc bản đồ",
        en: "no such overload: \(macro.rawValue)() over \(range.celType)")
    }
    locals.append((name, .null))
    let slot = locals.count - 1
    defer { locals.removeLast() }
    switch macro {
    case .all, .exists:
      let decisive = macro == .exists
      var pending: CELError? = nil
      for item in items {
        locals[slot].1 = item
        do {
          switch try evaluate(body) {
          case .bool(let value):
            if value == decisive { return .bool(decisive) }
          default:
            pending = pending ?? Self.error(body, vi: "cần giá trị bool", en: "no such overload: expected bool")
          }
        } catch let error where error.kind != .cost {
          pending = pending ?? error
        }
      }
      if let pending { throw pending }
      return .bool(!decisive)
    case .existsOne:
      var count = 0
      for item in items {
        locals[slot].1 = item
        switch try evaluate(body) {
        case .bool(let value): if value { count += 1 }
        default: throw Self.error(body, vi: "cần giá trị bool", en: "no such overload: expected bool")
        }
      }
      return .bool(count == 1)
    case .map, .filter:
      var result: [CELValue] = []
      for item in items {
        locals[slot].1 = item
        if let filter {
          guard case .bool(let keep) = try evaluate(filter) else {
            throw Self.error(filter, vi: "cần giá trị bool", en: "no such overload: expected bool")
          }
          if !keep { continue }
        }
        if macro == .map {
          result.append(try evaluate(body))
        } else {
          guard case .bool(let keep) = try evaluate(body) else {
            throw Self.error(body, vi: "cần giá trị bool", en: "no such overload: expected bool")
          }
          if keep { result.append(item) }
        }
      }
      return .list(result)
    }
  }

  // MARK: Calls

  private mutating func call(_ node: Node, _ name: String, _ target: Node?, _ arguments: [Node]) throws(CELError)
    -> CELValue
  {
    switch name {
    case "_&&_", "_||_":
      let decisive = name == "_||_"
      var pending: CELError? = nil
      for argument in arguments {
        do {
          let value = try evaluate(argument)
          guard case .bool(let bool) = value else {
            pending =
              pending
              ?? Self.error(
                argument, vi: "cần giá trị bool", en: "no matching overload for '\(decisive ? "||" : "&&")'")
            continue
          }
          if bool == decisive { return .bool(decisive) }
        } catch let error where error.kind != .cost {
          pending = pending ?? error
        }
      }
      if let pending { throw pending }
      return .bool(!decisive)
    case "_?_:_":
      guard case .bool(let condition) = try evaluate(arguments[0]) else {
        throw Self.error(arguments[0], vi: "điều kiện phải là bool", en: "no matching overload for '?:'")
      }
      return try evaluate(condition ? arguments[1] : arguments[2])
    default:
      break
    }
    var values: [CELValue] = []
    values.reserveCapacity(arguments.count + 1)
    if let target { values.append(try evaluate(target)) }
    for argument in arguments { values.append(try evaluate(argument)) }
    return try Functions.apply(name, values, receiver: target != nil, node, &self)
  }
}
