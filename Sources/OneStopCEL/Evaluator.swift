/// The state of one evaluation: the variables, the comprehension variables in scope, and the cost
/// spent. Every node evaluated costs one unit, and operations on text, bytes and lists cost in
/// proportion to their size (`CELCost`); past the budget evaluation stops with a `.cost` error.
struct Evaluator {
  /// The variables: a handful, found faster by a scan than by hashing their names.
  let variables: [(name: String, value: CELValue)]
  let container: String
  let limits: CELLimits
  let budget: Int
  var cost = 0
  /// The comprehension variables in scope, innermost last (slots fixed when the program is built).
  var locals: [CELValue] = []
  /// Whether a variable has a dotted name (`a.b`), which selections must then try first.
  let dotted: Bool

  init(variables: [(name: String, value: CELValue)], container: String, limits: CELLimits, budget: Int, checked: Bool) {
    self.variables = variables
    self.container = container
    self.limits = limits
    self.budget = budget
    dotted = !checked && variables.contains { $0.name.utf8.contains(UInt8(ascii: ".")) }
  }

  static func error(_ node: Node, vi: String, en: String) -> CELError {
    CELError(kind: .eval, vi: vi, en: en, offset: node.offset, length: node.length)
  }

  @inline(__always)
  mutating func charge(_ units: Int, _ node: Node) throws(CELError) {
    cost += units
    if cost > budget {
      throw CELError(
        kind: .cost, vi: "biểu thức vượt hạn mức chi phí \(budget)",
        en: "the expression spent its cost budget of \(budget)",
        offset: node.offset, length: node.length)
    }
  }

  func variable(_ name: String) -> CELValue? {
    for entry in variables where entry.name == name { return entry.value }
    if !container.isEmpty || name.hasPrefix(".") {
      for candidate in CELEnvironment(container: container).candidates(name) {
        for entry in variables where entry.name == candidate { return entry.value }
      }
    }
    return nil
  }

  static func select(_ field: String, of value: CELValue, testOnly: Bool, _ node: Node) throws(CELError) -> CELValue {
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
}

/// One node, compiled: a closure that evaluates it. A program is compiled once into closures,
/// which then run with no dispatch on the node's kind and no name resolution.
typealias Step = (inout Evaluator) throws(CELError) -> CELValue

/// Compiles checked (or only parsed) expressions into `Step`s. Errors follow CEL: `&&`, `||` and
/// the macros `all`/`exists` absorb an error when the other side decides.
enum Interpreter {
  static func compile(_ node: Node) -> Step {
    var scope: [String] = []
    return compile(node, &scope)
  }

  static func compile(_ node: Node, _ scope: inout [String]) -> Step {
    switch node.kind {
    case .literal(let value):
      return { e throws(CELError) in
        try e.charge(1, node)
        return value
      }
    case .ident(let name):
      if let slot = scope.lastIndex(of: name) {
        return { e throws(CELError) in
          try e.charge(1, node)
          return e.locals[slot]
        }
      }
      let type = CELType.named(name.hasPrefix(".") ? String(name.dropFirst()) : name)
      return { e throws(CELError) in
        try e.charge(1, node)
        if let value = e.variable(name) { return value }
        if let type { return .type(type) }
        throw Evaluator.error(node, vi: "không có biến '\(name)'", en: "no such attribute '\(name)'")
      }
    case .select(let operandNode, let field, let testOnly):
      let operand = compile(operandNode, &scope)
      let qualified = testOnly ? nil : node.qualifiedName
      return { e throws(CELError) in
        try e.charge(1, node)
        // A qualified variable name (`a.b`), when unchecked expressions meet such bindings.
        if e.dotted, let qualified, let value = e.variable(qualified) { return value }
        return try Evaluator.select(field, of: try operand(&e), testOnly: testOnly, node)
      }
    case .call(let name, let target, let arguments):
      return call(node, name, target, arguments, &scope)
    case .list(let elements):
      var steps: [Step] = []
      for element in elements { steps.append(compile(element, &scope)) }
      return { e throws(CELError) in
        try e.charge(1, node)
        var values: [CELValue] = []
        values.reserveCapacity(steps.count)
        for step in steps { values.append(try step(&e)) }
        return .list(values)
      }
    case .map(let entries):
      var steps: [(Step, Step, Node)] = []
      for (key, value) in entries { steps.append((compile(key, &scope), compile(value, &scope), key)) }
      return { e throws(CELError) in
        try e.charge(1, node)
        var map = CELMap()
        for (keyStep, valueStep, keyNode) in steps {
          let key = try keyStep(&e)
          let value = try valueStep(&e)
          switch key {
          case .bool, .int, .uint, .string: break
          default: throw Evaluator.error(keyNode, vi: "khóa bản đồ không hợp lệ", en: "unsupported key type")
          }
          guard map.insert(key, value) else {
            throw Evaluator.error(keyNode, vi: "khóa bản đồ bị lặp", en: "Failed with repeated key")
          }
        }
        return .map(map)
      }
    case .comprehension(let macro, let rangeNode, let name, let filterNode, let bodyNode):
      return comprehension(node, macro, rangeNode, name, filterNode, bodyNode, &scope)
    }
  }

  private static func expectedBool(_ node: Node) -> CELError {
    Evaluator.error(node, vi: "cần giá trị bool", en: "no such overload: expected bool")
  }

  private static func comprehension(
    _ node: Node, _ macro: Node.Macro, _ rangeNode: Node, _ name: String, _ filterNode: Node?, _ bodyNode: Node,
    _ scope: inout [String]
  ) -> Step {
    let range = compile(rangeNode, &scope)
    scope.append(name)
    let filter = filterNode.map { compile($0, &scope) }
    let body = compile(bodyNode, &scope)
    scope.removeLast()
    return { e throws(CELError) in
      try e.charge(1, node)
      let items: [CELValue]
      switch try range(&e) {
      case .list(let list): items = list
      case .map(let map): items = map.keys
      case let other:
        throw Evaluator.error(
          rangeNode, vi: "\(macro.rawValue)() cần một danh sách hoặc bản đồ",
          en: "no such overload: \(macro.rawValue)() over \(other.celType)")
      }
      e.locals.append(.null)
      let slot = e.locals.count - 1
      defer { e.locals.removeLast() }
      switch macro {
      case .all, .exists:
        let decisive = macro == .exists
        var pending: CELError? = nil
        for item in items {
          e.locals[slot] = item
          do throws(CELError) {
            if case .bool(let value) = try body(&e) {
              if value == decisive { return .bool(decisive) }
            } else {
              pending = pending ?? expectedBool(bodyNode)
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
          e.locals[slot] = item
          guard case .bool(let value) = try body(&e) else { throw expectedBool(bodyNode) }
          if value { count += 1 }
        }
        return .bool(count == 1)
      case .map, .filter:
        var result: [CELValue] = []
        for item in items {
          e.locals[slot] = item
          if let filter {
            guard case .bool(let keep) = try filter(&e) else { throw expectedBool(filterNode ?? node) }
            if !keep { continue }
          }
          if macro == .map {
            result.append(try body(&e))
          } else {
            guard case .bool(let keep) = try body(&e) else { throw expectedBool(bodyNode) }
            if keep { result.append(item) }
          }
        }
        return .list(result)
      }
    }
  }

  private static func call(
    _ node: Node, _ name: String, _ target: Node?, _ arguments: [Node], _ scope: inout [String],
  ) -> Step {
    guard let function = node.function else {
      return { e throws(CELError) in
        try e.charge(1, node)
        throw Evaluator.error(node, vi: "không có hàm '\(name)'", en: "no such overload: unknown function '\(name)'")
      }
    }
    var steps: [Step] = []
    if let target { steps.append(compile(target, &scope)) }
    for argument in arguments { steps.append(compile(argument, &scope)) }
    let receiver = target != nil
    switch function {
    case .and, .or:
      let decisive = function == .or
      let operands = Array(zip(steps, arguments))
      return { e throws(CELError) in
        try e.charge(1, node)
        var pending: CELError? = nil
        for (step, argument) in operands {
          do throws(CELError) {
            guard case .bool(let bool) = try step(&e) else {
              pending =
                pending
                ?? Evaluator.error(
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
      }
    case .conditional where steps.count == 3:
      let (condition, whenTrue, whenFalse) = (steps[0], steps[1], steps[2])
      return { e throws(CELError) in
        try e.charge(1, node)
        guard case .bool(let value) = try condition(&e) else {
          throw Evaluator.error(arguments[0], vi: "điều kiện phải là bool", en: "no matching overload for '?:'")
        }
        return try value ? whenTrue(&e) : whenFalse(&e)
      }
    default:
      break
    }
    // Most calls take one or two values: those go without an argument array.
    switch steps.count {
    case 1:
      let a = steps[0]
      return { e throws(CELError) in
        try e.charge(1, node)
        let x = try a(&e)
        if let value = try Functions.unary(function, x, node, &e) { return value }
        return try Functions.apply(function, [x], receiver: receiver, node, &e)
      }
    case 2:
      let (a, b) = (steps[0], steps[1])
      return { e throws(CELError) in
        try e.charge(1, node)
        let x = try a(&e)
        let y = try b(&e)
        if let value = try Functions.binary(function, x, y, node, &e) { return value }
        return try Functions.apply(function, [x, y], receiver: receiver, node, &e)
      }
    default:
      return { e throws(CELError) in
        try e.charge(1, node)
        var values: [CELValue] = []
        values.reserveCapacity(steps.count)
        for step in steps { values.append(try step(&e)) }
        return try Functions.apply(function, values, receiver: receiver, node, &e)
      }
    }
  }
}
