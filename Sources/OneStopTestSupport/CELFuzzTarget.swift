import OneStopCEL

/// Bytes as a CEL expression: parsed, type-checked against a few variables, and evaluated with a
/// small cost budget. Nothing may crash or run past the budget; an error points inside the
/// source; a value has the type the checker gave (when it gave a concrete one).
enum CELFuzzTarget {
  static let environment: CELEnvironment = {
    var limits = CELLimits()
    limits.costBudget = 20_000
    return CELEnvironment(
      variables: [
        "x": .int, "u": .uint, "d": .double, "s": .string, "b": .bytes, "l": .list(.int),
        "m": .map(key: .string, value: .int), "t": .timestamp, "any": .dyn,
      ], limits: limits)
  }()

  static let values: [String: CELValue] = [
    "x": .int(7), "u": .uint(3), "d": .double(2.5), "s": .string("Giấy khai sinh"), "b": .bytes([0xC3, 0xA1, 0xFF]),
    "l": .list([.int(1), .int(2), .int(3)]), "m": .map(CELMap([(.string("a"), .int(1)), (.string("b"), .int(2))])),
    "t": .timestamp(CELTimestamp(seconds: 1_234_567_890)), "any": .list([.string("x"), .null]),
  ]

  static func run(_ bytes: [UInt8], into report: inout FuzzReport) {
    let source = String(decoding: bytes, as: UTF8.self)
    let length = source.utf8.count
    for check in [true, false] {
      switch CELProgram.compile(source, environment: environment, check: check) {
      case .failure(let error):
        report.require(
          error.offset >= 0 && error.offset <= length && error.length >= 0,
          "\(error.kind) error outside the source: \(error.offset)+\(error.length) of \(length)")
        report.note("\(check ? "checked" : "unchecked"): \(error.kind.rawValue) error")
      case .success(let program):
        let result = program.evaluate(values)
        switch result {
        case .success(let value):
          report.note("\(check ? "checked" : "unchecked"): \(value.celType.runtimeName)")
          if check { report.require(agrees(value, program.resultType), "\(value) is not a \(program.resultType)") }
        case .failure(let error):
          report.require(
            error.offset >= 0 && error.offset <= length, "eval error outside the source: \(error.offset) of \(length)")
          report.note("\(check ? "checked" : "unchecked"): \(error.kind.rawValue) error")
        }
      }
    }
  }

  /// Whether a value is of a type the checker deduced (dyn, type parameters and parametrized
  /// containers accept anything of their kind).
  static func agrees(_ value: CELValue, _ type: CELType) -> Bool {
    switch (type, value) {
    case (.dyn, _), (.typeParameter, _), (.error, _): return true
    case (.null, .null), (.bool, .bool), (.int, .int), (.uint, .uint), (.double, .double), (.string, .string),
      (.bytes, .bytes), (.timestamp, .timestamp), (.duration, .duration), (.type, .type):
      return true
    case (.list(let element), .list(let items)): return items.allSatisfy { agrees($0, element) }
    case (.map, .map): return true
    case (.object(let name), .object(let object)): return object.celTypeName == name
    default: return false
    }
  }
}
