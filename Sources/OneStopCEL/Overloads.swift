/// The standard functions' signatures, for the type checker: name, whether it is called on a
/// receiver (`s.size()`), parameter types (type parameters `A`, `B`, `K`, `V`), result type.
struct Overload {
  var receiver: Bool
  var parameters: [CELType]
  var result: CELType
}

enum Overloads {
  static let a = CELType.typeParameter("A")
  static let k = CELType.typeParameter("K")
  static let v = CELType.typeParameter("V")
  static let numbers: [CELType] = [.int, .uint, .double]
  static let ordered: [CELType] = [.bool, .int, .uint, .double, .string, .bytes, .timestamp, .duration]

  static func global(_ parameters: [CELType], _ result: CELType) -> Overload {
    Overload(receiver: false, parameters: parameters, result: result)
  }

  static func member(_ parameters: [CELType], _ result: CELType) -> Overload {
    Overload(receiver: true, parameters: parameters, result: result)
  }

  static let table: [String: [Overload]] = {
    var table: [String: [Overload]] = [:]
    func add(_ name: String, _ overloads: [Overload]) { table[name, default: []] += overloads }
    add(
      "_+_",
      [
        global([.int, .int], .int), global([.uint, .uint], .uint), global([.double, .double], .double),
        global([.string, .string], .string), global([.bytes, .bytes], .bytes), global([.list(a), .list(a)], .list(a)),
        global([.timestamp, .duration], .timestamp), global([.duration, .timestamp], .timestamp),
        global([.duration, .duration], .duration),
      ])
    add(
      "_-_",
      [
        global([.int, .int], .int), global([.uint, .uint], .uint), global([.double, .double], .double),
        global([.timestamp, .timestamp], .duration), global([.timestamp, .duration], .timestamp),
        global([.duration, .duration], .duration),
      ])
    for name in ["_*_", "_/_"] {
      add(name, [global([.int, .int], .int), global([.uint, .uint], .uint), global([.double, .double], .double)])
    }
    add("_%_", [global([.int, .int], .int), global([.uint, .uint], .uint)])
    add("-_", [global([.int], .int), global([.double], .double)])
    add("!_", [global([.bool], .bool)])
    for name in ["_<_", "_<=_", "_>_", "_>=_"] {
      add(name, ordered.map { global([$0, $0], .bool) })
      for x in numbers { for y in numbers where x != y { add(name, [global([x, y], .bool)]) } }
    }
    add("_[_]", [global([.list(a), .int], a), global([.list(a), .uint], a), global([.map(key: k, value: v), k], v)])
    add("@in", [global([a, .list(a)], .bool), global([k, .map(key: k, value: v)], .bool)])
    add(
      "size",
      [.string, .bytes, .list(a), .map(key: k, value: v)].flatMap { [global([$0], .int), member([$0], .int)] })
    for name in ["contains", "startsWith", "endsWith"] { add(name, [member([.string, .string], .bool)]) }
    add("matches", [global([.string, .string], .bool), member([.string, .string], .bool)])
    add("int", [.int, .uint, .double, .string, .timestamp].map { global([$0], .int) })
    add("uint", [.int, .uint, .double, .string].map { global([$0], .uint) })
    add("double", [.int, .uint, .double, .string].map { global([$0], .double) })
    add(
      "string",
      [.int, .uint, .double, .bool, .string, .bytes, .timestamp, .duration].map { global([$0], .string) })
    add("bytes", [.bytes, .string].map { global([$0], .bytes) })
    add("bool", [.bool, .string].map { global([$0], .bool) })
    add("dyn", [global([a], .dyn)])
    add("type", [global([a], .type(a))])
    add("timestamp", [.timestamp, .string, .int].map { global([$0], .timestamp) })
    add("duration", [.duration, .string].map { global([$0], .duration) })
    for name in [
      "getFullYear", "getMonth", "getDate", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "getHours",
      "getMinutes", "getSeconds", "getMilliseconds",
    ] {
      add(name, [member([.timestamp], .int), member([.timestamp, .string], .int)])
    }
    for name in ["getHours", "getMinutes", "getSeconds", "getMilliseconds"] {
      add(name, [member([.duration], .int)])
    }
    return table
  }()
}
