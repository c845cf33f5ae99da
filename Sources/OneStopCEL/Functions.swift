/// The standard functions and operators at run time.
enum Functions {
  static func noOverload(_ name: String, _ values: [CELValue], _ node: Node) -> CELError {
    let shown = values.map { $0.celType.runtimeName }.joined(separator: ", ")
    let display = Checker.display(name)
    return Evaluator.error(
      node, vi: "không có dạng nào của '\(display)' nhận (\(shown))",
      en: "no such overload: '\(display)' applied to (\(shown))")
  }

  static func overflow(_ node: Node) -> CELError {
    Evaluator.error(node, vi: "tràn số nguyên", en: "return error for overflow")
  }

  static func apply(
    _ function: Builtin, _ values: [CELValue], receiver: Bool, _ node: Node, _ evaluator: inout Evaluator
  ) throws(CELError) -> CELValue {
    let name = function.rawValue
    switch (function, values.count) {
    case (.add, 2): return try add(values[0], values[1], node, &evaluator)
    case (.subtract, 2): return try subtract(values[0], values[1], node)
    case (.multiply, 2), (.divide, 2), (.modulo, 2): return try arithmetic(name, values[0], values[1], node)
    case (.negate, 1):
      switch values[0] {
      case .int(let x):
        guard x != Int64.min else { throw overflow(node) }
        return .int(-x)
      case .double(let x): return .double(-x)
      default: throw noOverload(name, values, node)
      }
    case (.not, 1):
      guard case .bool(let x) = values[0] else { throw noOverload(name, values, node) }
      return .bool(!x)
    case (.equals, 2): return .bool(values[0] == values[1])
    case (.notEquals, 2): return .bool(!(values[0] == values[1]))
    case (.less, 2), (.lessOrEqual, 2), (.greater, 2), (.greaterOrEqual, 2):
      guard let order = compare(values[0], values[1]) else {
        if case .double(let x) = values[0], x.isNaN, values[1].celType.isNumeric { return .bool(false) }
        if case .double(let y) = values[1], y.isNaN, values[0].celType.isNumeric { return .bool(false) }
        throw noOverload(name, values, node)
      }
      switch function {
      case .less: return .bool(order < 0)
      case .lessOrEqual: return .bool(order <= 0)
      case .greater: return .bool(order > 0)
      default: return .bool(order >= 0)
      }
    case (.index, 2): return try index(values[0], values[1], node)
    case (.member, 2):
      switch values[1] {
      case .list(let list):
        try evaluator.charge(list.count / 8, node)
        return .bool(list.contains { $0 == values[0] })
      case .map(let map): return .bool(map[values[0]] != nil)
      default: throw noOverload(name, values, node)
      }
    case (.size, 1):
      switch values[0] {
      case .string(let s): return .int(Int64(s.unicodeScalars.count))
      case .bytes(let b): return .int(Int64(b.count))
      case .list(let l): return .int(Int64(l.count))
      case .map(let m): return .int(Int64(m.count))
      default: throw noOverload(name, values, node)
      }
    case (.contains, 2), (.startsWith, 2), (.endsWith, 2):
      guard receiver, case .string(let s) = values[0], case .string(let t) = values[1] else {
        throw noOverload(name, values, node)
      }
      try evaluator.charge((s.utf8.count + t.utf8.count) / 32, node)
      let a = Array(s.utf8)
      let b = Array(t.utf8)
      switch function {
      case .startsWith: return .bool(a.starts(with: b))
      case .endsWith: return .bool(a.count >= b.count && a[(a.count - b.count)...].elementsEqual(b))
      default: return .bool(b.isEmpty || contains(a, b))
      }
    case (.matches, 2):
      guard case .string(let text) = values[0], case .string(let pattern) = values[1] else {
        throw noOverload(name, values, node)
      }
      let regex: CELRegex
      if let compiled = node.regex, compiled.pattern == pattern {
        regex = compiled
      } else {
        switch CELRegex.compile(pattern, limits: evaluator.limits) {
        case .success(let compiled): regex = compiled
        case .failure(var error):
          error.offset = node.offset
          error.length = node.length
          throw error
        }
      }
      // A match costs at most the program's size for each scalar of the text.
      try evaluator.charge(regex.programSize * (text.utf8.count + 1) / 64, node)
      return .bool(regex.matches(text))
    case (.dyn, 1): return values[0]
    case (.type, 1): return .type(values[0].celType)
    case (.int, 1), (.uint, 1), (.double, 1), (.string, 1), (.bytes, 1), (.bool, 1), (.timestamp, 1), (.duration, 1):
      return try Conversions.convert(name, values[0], node)
    default:
      if let accessor = TimeFunctions.accessors[name], values.count == 1 || values.count == 2, receiver {
        return try TimeFunctions.access(accessor, name, values, node)
      }
      throw noOverload(name, values, node)
    }
  }

  /// The common one-value functions without an argument array; nil: ask `apply`.
  @inline(__always)
  static func unary(_ function: Builtin, _ a: CELValue, _ node: Node, _ evaluator: inout Evaluator) throws(CELError)
    -> CELValue?
  {
    switch (function, a) {
    case (.not, .bool(let x)): return .bool(!x)
    case (.size, .list(let l)): return .int(Int64(l.count))
    default: return nil
    }
  }

  /// The common two-value operators without an argument array; nil: ask `apply`.
  @inline(__always)
  static func binary(_ function: Builtin, _ a: CELValue, _ b: CELValue, _ node: Node, _ evaluator: inout Evaluator)
    throws(CELError) -> CELValue?
  {
    switch function {
    case .equals: return .bool(a == b)
    case .notEquals: return .bool(!(a == b))
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      guard let order = compare(a, b) else { return nil }
      switch function {
      case .less: return .bool(order < 0)
      case .lessOrEqual: return .bool(order <= 0)
      case .greater: return .bool(order > 0)
      default: return .bool(order >= 0)
      }
    case .add: return try add(a, b, node, &evaluator)
    case .subtract: return try subtract(a, b, node)
    case .index: return try index(a, b, node)
    case .member:
      switch b {
      case .list(let list):
        try evaluator.charge(list.count / 8, node)
        return .bool(list.contains { $0 == a })
      case .map(let map): return .bool(map[a] != nil)
      default: return nil
      }
    default: return nil
    }
  }

  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
      if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
    }
    return false
  }

  /// The order of two values of one kind (numbers across kinds); nil when they do not compare.
  static func compare(_ a: CELValue, _ b: CELValue) -> Int? {
    if let order = Numbers.compare(a, b) { return order }
    switch (a, b) {
    case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
    case (.string(let x), .string(let y)):
      if x.utf8.elementsEqual(y.utf8) { return 0 }
      return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : 1
    case (.bytes(let x), .bytes(let y)):
      if x == y { return 0 }
      return x.lexicographicallyPrecedes(y) ? -1 : 1
    case (.timestamp(let x), .timestamp(let y)): return x < y ? -1 : x == y ? 0 : 1
    case (.duration(let x), .duration(let y)): return x < y ? -1 : x == y ? 0 : 1
    default: return nil
    }
  }

  static func add(_ a: CELValue, _ b: CELValue, _ node: Node, _ evaluator: inout Evaluator) throws(CELError)
    -> CELValue
  {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      let (sum, overflow) = x.addingReportingOverflow(y)
      if overflow { throw Self.overflow(node) }
      return .int(sum)
    case (.uint(let x), .uint(let y)):
      let (sum, overflow) = x.addingReportingOverflow(y)
      if overflow { throw Self.overflow(node) }
      return .uint(sum)
    case (.double(let x), .double(let y)): return .double(x + y)
    case (.string(let x), .string(let y)):
      try evaluator.charge((x.utf8.count + y.utf8.count) / 32, node)
      return .string(x + y)
    case (.bytes(let x), .bytes(let y)):
      try evaluator.charge((x.count + y.count) / 32, node)
      return .bytes(x + y)
    case (.list(let x), .list(let y)):
      try evaluator.charge((x.count + y.count) / 8, node)
      return .list(x + y)
    case (.timestamp(let t), .duration(let d)), (.duration(let d), .timestamp(let t)):
      guard let result = TimeFunctions.add(t, d) else { throw TimeFunctions.rangeError(node) }
      return .timestamp(result)
    case (.duration(let x), .duration(let y)):
      guard let result = TimeFunctions.add(x, y) else { throw TimeFunctions.rangeError(node) }
      return .duration(result)
    default:
      throw noOverload("_+_", [a, b], node)
    }
  }

  static func subtract(_ a: CELValue, _ b: CELValue, _ node: Node) throws(CELError) -> CELValue {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      let (difference, overflow) = x.subtractingReportingOverflow(y)
      if overflow { throw Self.overflow(node) }
      return .int(difference)
    case (.uint(let x), .uint(let y)):
      let (difference, overflow) = x.subtractingReportingOverflow(y)
      if overflow { throw Self.overflow(node) }
      return .uint(difference)
    case (.double(let x), .double(let y)): return .double(x - y)
    case (.timestamp(let x), .timestamp(let y)):
      guard let result = TimeFunctions.difference(x, y) else { throw TimeFunctions.rangeError(node) }
      return .duration(result)
    case (.timestamp(let t), .duration(let d)):
      guard let result = TimeFunctions.add(t, CELDuration(seconds: -d.seconds, nanos: -d.nanos)) else {
        throw TimeFunctions.rangeError(node)
      }
      return .timestamp(result)
    case (.duration(let x), .duration(let y)):
      guard let result = TimeFunctions.add(x, CELDuration(seconds: -y.seconds, nanos: -y.nanos)) else {
        throw TimeFunctions.rangeError(node)
      }
      return .duration(result)
    default:
      throw noOverload("_-_", [a, b], node)
    }
  }

  static func arithmetic(_ name: String, _ a: CELValue, _ b: CELValue, _ node: Node) throws(CELError) -> CELValue {
    switch (a, b) {
    case (.int(let x), .int(let y)):
      switch name {
      case "_*_":
        let (product, overflow) = x.multipliedReportingOverflow(by: y)
        if overflow { throw Self.overflow(node) }
        return .int(product)
      case "_/_":
        guard y != 0 else { throw Evaluator.error(node, vi: "chia cho 0", en: "divide by zero") }
        let (quotient, overflow) = x.dividedReportingOverflow(by: y)
        if overflow { throw Self.overflow(node) }
        return .int(quotient)
      default:
        guard y != 0 else { throw Evaluator.error(node, vi: "chia lấy dư cho 0", en: "modulus by zero") }
        let (remainder, overflow) = x.remainderReportingOverflow(dividingBy: y)
        if overflow { throw Self.overflow(node) }
        return .int(remainder)
      }
    case (.uint(let x), .uint(let y)):
      switch name {
      case "_*_":
        let (product, overflow) = x.multipliedReportingOverflow(by: y)
        if overflow { throw Self.overflow(node) }
        return .uint(product)
      case "_/_":
        guard y != 0 else { throw Evaluator.error(node, vi: "chia cho 0", en: "divide by zero") }
        return .uint(x / y)
      default:
        guard y != 0 else { throw Evaluator.error(node, vi: "chia lấy dư cho 0", en: "modulus by zero") }
        return .uint(x % y)
      }
    case (.double(let x), .double(let y)) where name != "_%_":
      return .double(name == "_*_" ? x * y : x / y)
    default:
      throw noOverload(name, [a, b], node)
    }
  }

  static func index(_ container: CELValue, _ key: CELValue, _ node: Node) throws(CELError) -> CELValue {
    switch container {
    case .list(let list):
      let position: Int64
      switch key {
      case .int(let i): position = i
      case .uint(let u): position = u > UInt64(Int64.max) ? Int64.max : Int64(u)
      case .double(let d) where d == d.rounded() && abs(d) < 9e18: position = Int64(d)
      default: throw noOverload("_[_]", [container, key], node)
      }
      guard position >= 0 && position < list.count else {
        throw Evaluator.error(
          node, vi: "chỉ số \(position) nằm ngoài danh sách \(list.count) phần tử",
          en: "index out of range: \(position)")
      }
      return list[Int(position)]
    case .map(let map):
      switch key {
      case .bool, .int, .uint, .string, .double: break
      default: throw noOverload("_[_]", [container, key], node)
      }
      guard let value = map[key] else {
        throw Evaluator.error(node, vi: "không có khóa \(key.celType.runtimeName) trong bản đồ", en: "no such key")
      }
      return value
    default:
      throw noOverload("_[_]", [container, key], node)
    }
  }
}
