import Foundation
import OneStopCEL

/// `onestop eval`: an expression's value, for rule writers (against one procedure of a checked
/// catalog, or with no variables) and for conformance runs (`--jsonl`).
public enum ExpressionEvaluation {
  /// The value of `expression` with no variables, or against `procedure` of `result`'s catalog
  /// (with `procedure`, `rules` and `as_of` bound, as in a check of scope `procedure`).
  public static func evaluate(_ expression: String, procedure index: Int?, in result: CheckResult?) -> Result<
    CELValue, CELError
  > {
    guard let index, let result, result.catalog.procedures.indices.contains(index) else {
      return CELProgram.compile(expression, environment: CELEnvironment(limits: CustomCheckTypes.limits))
        .flatMap { $0.evaluate([:]) }
    }
    let catalog = result.catalog
    var variables: [String: CELValue] = [
      "rules": CustomCheckValues.rules(catalog.rules), "as_of": .string(catalog.asOf.description),
    ]
    variables["procedure"] = .object(
      CustomCheckValues.ProcedureObject(
        procedure: catalog.procedures[index], result: result.elimination.procedures[index]))
    return CELProgram.compile(expression, environment: CustomCheckTypes.environment(for: .procedure))
      .flatMap { $0.evaluate(variables) }
  }

  /// The index of the procedure whose file (relative to the root) or code is `name`.
  public static func procedureIndex(_ name: String, in catalog: Catalog) -> Int? {
    let trimmed = name.hasPrefix("./") ? String(name.dropFirst(2)) : name
    return catalog.procedures.firstIndex { $0.file == trimmed || $0.code.value == trimmed }
      ?? catalog.procedures.firstIndex { trimmed.hasSuffix("/" + $0.file) }
  }

  /// A value as `onestop eval` prints it: CEL's own notation (`"text"`, `1u`, `[1, 2]`,
  /// `{"a": 1}`, `timestamp("2024-01-01T00:00:00Z")`).
  public static func display(_ value: CELValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let bool): return bool ? "true" : "false"
    case .int(let int): return String(int)
    case .uint(let uint): return "\(uint)u"
    case .double(let double):
      if double.isNaN { return "double(\"NaN\")" }
      if double.isInfinite { return double > 0 ? "double(\"Infinity\")" : "double(\"-Infinity\")" }
      let text = "\(double)"
      return text.contains(".") || text.contains("e") ? text : text + ".0"
    case .string(let text): return quote(text)
    case .bytes(let bytes): return "b" + quote(String(decoding: bytes, as: UTF8.self))
    case .list(let items): return "[" + items.map(display).joined(separator: ", ") + "]"
    case .map(let map):
      return "{" + map.entries.map { display($0.key) + ": " + display($0.value) }.joined(separator: ", ") + "}"
    case .timestamp(let timestamp): return "timestamp(\(quote(timestamp.text)))"
    case .duration(let duration): return "duration(\(quote(duration.text)))"
    case .type(let type): return type.description
    case .object(let object):
      let type = CustomCheckTypes.objects.first { $0.name == object.celTypeName }
      let fields = (type?.fields ?? []).compactMap { field in
        object.celField(field.name).map { "\(field.name): \(display($0))" }
      }
      return object.celTypeName + "{" + fields.joined(separator: ", ") + "}"
    }
  }

  private static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 {
          out += String(format: "\\x%02x", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// One line of `onestop eval --jsonl`: `{"expr": "...", "bindings": {"x": VALUE}, "container":
  /// "..."}` in, `{"value": VALUE}` or `{"error": {"kind": ..., "message": ...}}` out (one line).
  public static func jsonLine(_ line: String, language: Language = .en) -> String {
    func error(_ kind: String, _ message: String) -> String {
      encode(["error": ["kind": kind, "message": message]])
    }
    guard let data = line.data(using: .utf8),
      let parsed = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    else {
      return error(
        "input",
        language == .vi
          ? "dòng không phải JSON hợp lệ (hoặc lồng nhau quá sâu)" : "the line is not valid JSON (or nests too deeply)")
    }
    guard let object = parsed as? [String: Any], let expression = object["expr"] as? String else {
      return error(
        "input",
        language == .vi
          ? "dòng không phải là một đối tượng JSON có khóa \"expr\" kiểu chuỗi"
          : "the line is not a JSON object with a string \"expr\"")
    }
    var variables: [String: CELValue] = [:]
    var types: [String: CELType] = [:]
    if let bindings = object["bindings"] as? [String: Any] {
      for (name, value) in bindings {
        switch CELProtoJSON.value(from: value) {
        case .success(let decoded):
          variables[name] = decoded
          types[name] = .dyn
        case .failure(let problem):
          return error("input", "\(name): " + (language == .vi ? problem.vi : problem.en))
        }
      }
    }
    let container = object["container"] as? String ?? ""
    let environment = CELEnvironment(variables: types, container: container, limits: CustomCheckTypes.limits)
    switch CELProgram.compile(expression, environment: environment) {
    case .failure(let problem):
      return error(problem.kind == .parse ? "parse" : "check", language == .vi ? problem.vi : problem.en)
    case .success(let program):
      switch program.evaluate(variables) {
      case .success(let value): return encode(["value": CELProtoJSON.json(value)])
      case .failure(let problem): return error("eval", language == .vi ? problem.vi : problem.en)
      }
    }
  }

  private static func encode(_ object: [String: Any]) -> String {
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
    else { return "{\"error\":{\"kind\":\"eval\",\"message\":\"unencodable value\"}}" }
    return String(decoding: data, as: UTF8.self)
  }
}
