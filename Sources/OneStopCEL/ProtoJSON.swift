import Foundation

/// Values and types in the proto3 JSON form of `cel.expr.Value` and `cel.expr.Type`, as
/// ../shared/cel-spec/README.md describes: for the conformance tests and `onestop eval --jsonl`.
public enum CELProtoJSON {
  static func invalid(_ what: String) -> CELError {
    CELError(kind: .eval, vi: "giá trị JSON không hợp lệ: \(what)", en: "invalid JSON value: \(what)", offset: 0)
  }

  /// A `cel.expr.Value` (a JSONSerialization object) as a value.
  public static func value(from json: Any) -> Result<CELValue, CELError> {
    do throws(CELError) {
      return .success(try decode(json, depth: 0))
    } catch {
      return .failure(error)
    }
  }

  /// Lists and maps nest at most this deep.
  static let maxDepth = 100

  static func decode(_ json: Any, depth: Int) throws(CELError) -> CELValue {
    guard depth < maxDepth else { throw invalid("lists and maps nested deeper than \(maxDepth)") }
    guard let object = json as? [String: Any], object.count == 1, let (kind, body) = object.first else {
      throw invalid("expected an object with one key")
    }
    switch kind {
    case "nullValue": return .null
    case "boolValue":
      guard let bool = body as? Bool else { throw invalid("boolValue") }
      return .bool(bool)
    case "int64Value":
      if let text = body as? String, let int = Int64(text) { return .int(int) }
      if let number = body as? NSNumber, let int = Int64(exactly: number.doubleValue) { return .int(int) }
      throw invalid("int64Value")
    case "uint64Value":
      if let text = body as? String, let uint = UInt64(text) { return .uint(uint) }
      if let number = body as? NSNumber, let uint = UInt64(exactly: number.doubleValue) { return .uint(uint) }
      throw invalid("uint64Value")
    case "doubleValue":
      if let number = body as? NSNumber { return .double(number.doubleValue) }
      switch body as? String {
      case "NaN": return .double(.nan)
      case "Infinity": return .double(.infinity)
      case "-Infinity": return .double(-.infinity)
      default:
        if let text = body as? String, let double = Double(text) { return .double(double) }
        throw invalid("doubleValue")
      }
    case "stringValue":
      guard let text = body as? String else { throw invalid("stringValue") }
      return .string(text)
    case "bytesValue":
      guard let text = body as? String, let data = Data(base64Encoded: text) else { throw invalid("bytesValue") }
      return .bytes(Array(data))
    case "listValue":
      let values = (body as? [String: Any])?["values"] as? [Any] ?? []
      var list: [CELValue] = []
      for item in values { list.append(try decode(item, depth: depth + 1)) }
      return .list(list)
    case "mapValue":
      let entries = (body as? [String: Any])?["entries"] as? [Any] ?? []
      var map = CELMap()
      for entry in entries {
        guard let entry = entry as? [String: Any], let key = entry["key"], let value = entry["value"] else {
          throw invalid("mapValue entry")
        }
        guard map.insert(try decode(key, depth: depth + 1), try decode(value, depth: depth + 1)) else {
          throw invalid("mapValue key")
        }
      }
      return .map(map)
    case "typeValue":
      guard let name = body as? String, let type = CELType.named(name) ?? (name == "dyn" ? .dyn : nil) else {
        throw invalid("typeValue")
      }
      return .type(type)
    default:
      throw invalid("unsupported kind '\(kind)'")
    }
  }

  /// A value as a `cel.expr.Value` (a JSONSerialization object). Host objects and timestamps or
  /// durations, which proto3 JSON writes as messages, are given as their CEL text form.
  public static func json(_ value: CELValue) -> Any {
    switch value {
    case .null: return ["nullValue": NSNull()]
    case .bool(let bool): return ["boolValue": bool]
    case .int(let int): return ["int64Value": String(int)]
    case .uint(let uint): return ["uint64Value": String(uint)]
    case .double(let double):
      if double.isNaN { return ["doubleValue": "NaN"] }
      if double.isInfinite { return ["doubleValue": double > 0 ? "Infinity" : "-Infinity"] }
      return ["doubleValue": double]
    case .string(let text): return ["stringValue": text]
    case .bytes(let bytes): return ["bytesValue": Data(bytes).base64EncodedString()]
    case .list(let items): return ["listValue": items.isEmpty ? [:] : ["values": items.map(json)]]
    case .map(let map):
      return [
        "mapValue": map.count == 0
          ? [:] : ["entries": map.entries.map { ["key": json($0.key), "value": json($0.value)] }]
      ]
    case .timestamp(let timestamp): return ["stringValue": TimeFunctions.format(timestamp)]
    case .duration(let duration): return ["stringValue": TimeFunctions.format(duration)]
    case .type(let type): return ["typeValue": type.runtimeName]
    case .object(let object): return ["stringValue": object.celTypeName]
    }
  }

  /// A `cel.expr.Type` (a typeEnv declaration's type) as a type; nil for message types.
  public static func type(from json: Any) -> CELType? {
    guard let object = json as? [String: Any], let (kind, body) = object.first else { return nil }
    switch kind {
    case "primitive":
      switch body as? String {
      case "BOOL": return .bool
      case "INT64": return .int
      case "UINT64": return .uint
      case "DOUBLE": return .double
      case "STRING": return .string
      case "BYTES": return .bytes
      default: return nil
      }
    case "wellKnown":
      switch body as? String {
      case "TIMESTAMP": return .timestamp
      case "DURATION": return .duration
      case "ANY": return .dyn
      default: return nil
      }
    case "dyn": return .dyn
    case "null": return .null
    case "listType":
      guard let element = (body as? [String: Any])?["elemType"] else { return .list(.dyn) }
      return type(from: element).map { .list($0) }
    case "mapType":
      guard let body = body as? [String: Any], let key = body["keyType"].flatMap(type(from:)),
        let value = body["valueType"].flatMap(type(from:))
      else { return nil }
      return .map(key: key, value: value)
    case "typeParam": return (body as? String).map { .typeParameter($0) }
    case "type": return type(from: body).map { .type($0) } ?? .type(.dyn)
    default: return nil
    }
  }
}
