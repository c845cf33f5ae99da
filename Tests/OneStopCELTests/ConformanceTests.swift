import Foundation
import Testing

@testable import OneStopCEL

/// cel-spec's simple conformance tests (../shared/cel-spec, converted to JSON; see its README):
/// every test that needs no protocol buffer message runs, and the pass rate of each file is
/// printed. Issue 17's target: at least 95% on each measured file.
@Suite("CEL conformance (cel-spec simple tests)")
struct ConformanceTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/cel-spec")

  static let measured = [
    "basic", "comparisons", "conversions", "fp_math", "integer_math", "lists", "logic", "macros", "parse",
    "plumbing", "string", "timestamps",
  ]

  struct Outcome {
    var passed = 0
    var failed: [String] = []
    var total: Int { passed + failed.count }
  }

  /// Runs one test; nil when it passes, else why not.
  static func run(_ test: [String: Any]) -> String? {
    guard let expression = test["expr"] as? String else { return "no expression" }
    var variables: [String: CELType] = [:]
    var values: [String: CELValue] = [:]
    for declaration in test["typeEnv"] as? [[String: Any]] ?? [] {
      guard let name = declaration["name"] as? String, let ident = declaration["ident"] as? [String: Any] else {
        continue
      }
      variables[name] = ident["type"].flatMap(CELProtoJSON.type(from:)) ?? .dyn
    }
    for (name, binding) in test["bindings"] as? [String: Any] ?? [:] {
      guard let value = (binding as? [String: Any])?["value"] else { return "binding \(name) has no value" }
      switch CELProtoJSON.value(from: value) {
      case .success(let decoded): values[name] = decoded
      case .failure(let error): return "binding \(name): \(error.en)"
      }
      if variables[name] == nil { variables[name] = .dyn }
    }
    let environment = CELEnvironment(variables: variables, container: test["container"] as? String ?? "")
    let program: CELProgram
    switch CELProgram.compile(
      expression, environment: environment, check: !(test["disableCheck"] as? Bool ?? false),
      macros: !(test["disableMacros"] as? Bool ?? false))
    {
    case .success(let compiled): program = compiled
    case .failure(let error):
      return "compile: \(error.kind.rawValue): \(error.en)"
    }
    if test["checkOnly"] as? Bool ?? false { return nil }
    let result = program.evaluate(values)
    if test["evalError"] != nil || test["anyEvalErrors"] != nil {
      if case .success(let value) = result { return "expected an error, got \(value)" }
      return nil
    }
    let expectedJSON =
      test["value"] ?? (test["typedResult"] as? [String: Any])?["result"] ?? ["boolValue": true]
    guard case .success(let expected) = CELProtoJSON.value(from: expectedJSON) else { return "unreadable expectation" }
    switch result {
    case .failure(let error): return "eval: \(error.en)"
    case .success(let value):
      return strictlyEqual(value, expected) ? nil : "got \(value), expected \(expected)"
    }
  }

  /// Equal values of the same kinds (CEL equality would call 1 and 1.0 equal); NaN matches NaN.
  static func strictlyEqual(_ a: CELValue, _ b: CELValue) -> Bool {
    switch (a, b) {
    case (.double(let x), .double(let y)): return (x.isNaN && y.isNaN) || (x == y && x.sign == y.sign)
    case (.int, .int), (.uint, .uint), (.bool, .bool), (.string, .string), (.bytes, .bytes), (.null, .null),
      (.type, .type):
      return a == b
    case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy(strictlyEqual)
    case (.map(let x), .map(let y)):
      guard x.count == y.count else { return false }
      for (key, value) in zip(x.keys, x.values) {
        guard let other = y[key], strictlyEqual(value, other) else { return false }
      }
      return true
    default: return false
    }
  }

  static func runFile(_ name: String) -> Outcome? {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name + ".json").path),
      let file = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return nil }
    var outcome = Outcome()
    for section in file["section"] as? [[String: Any]] ?? [] {
      for test in section["test"] as? [[String: Any]] ?? [] {
        if test["needsProto"] as? Bool ?? false { continue }
        if test["unknown"] != nil || test["anyUnknowns"] != nil { continue }
        if let problem = run(test) {
          outcome.failed.append("\(section["name"] ?? "")/\(test["name"] ?? ""): \(test["expr"] ?? "") → \(problem)")
        } else {
          outcome.passed += 1
        }
      }
    }
    return outcome
  }

  @Test("every measured file passes at least 95% of its tests that need no protocol buffer message")
  func measuredFiles() throws {
    let present = FileManager.default.fileExists(atPath: Self.folder.path)
    if !present && ProcessInfo.processInfo.environment["CI"] == nil {
      print("skipped: \(Self.folder.path) is missing")
      return
    }
    #expect(present, "\(Self.folder.path) is missing")
    var table = "file | passed | tests | rate\n"
    for name in Self.measured {
      let outcome = try #require(Self.runFile(name), "\(name).json is unreadable")
      let rate = outcome.total == 0 ? 1 : Double(outcome.passed) / Double(outcome.total)
      table += "\(name) | \(outcome.passed) | \(outcome.total) | \(String(format: "%.1f%%", rate * 100))\n"
      let failures = outcome.failed.joined(separator: "\n")
      #expect(rate >= 0.95, "\(name): \(outcome.passed)/\(outcome.total)\n\(failures)")
      if ProcessInfo.processInfo.environment["CEL_CONFORMANCE_VERBOSE"] != nil {
        for failure in outcome.failed { print("  \(name): \(failure)") }
      }
    }
    // The other files (extensions, protobuf-free parts of the rest), for the record.
    for name in Self.others {
      guard let outcome = Self.runFile(name), outcome.total > 0 else { continue }
      table += "\(name) (not measured) | \(outcome.passed) | \(outcome.total)\n"
    }
    print(table)
  }

  static let others = [
    "bindings_ext", "block_ext", "encoders_ext", "fields", "macros2", "math_ext", "namespace", "network_ext",
    "optionals", "string_ext", "type_deduction",
  ]
}
