import Foundation
import Testing

@testable import OneStopKit

/// docs/rules.md's variables, types and limits come from the declarations the type checker uses
/// (`CustomCheckTypes`): these tests fail when the page is stale, and check its examples run.
@Suite("docs/rules.md")
struct RulesDocumentationTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let page = root.appendingPathComponent("docs/rules.md")

  @Test("the generated parts are current (UPDATE_GOLDEN=1 rewrites them)")
  func partsAreCurrent() throws {
    let text = try String(contentsOf: Self.page, encoding: .utf8)
    let (updated, problems) = RulesDocumentation.updating(text)
    #expect(problems.isEmpty, "docs/rules.md: \(problems.joined(separator: "; "))")
    guard updated != text else { return }
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try updated.write(to: Self.page, atomically: true, encoding: .utf8)
      return
    }
    Issue.record("docs/rules.md is stale: run `UPDATE_GOLDEN=1 swift test --filter RulesDocumentationTests`")
  }

  @Test("every declared object type is documented and reachable from a variable")
  func typesAreReachable() {
    var reached: Set<String> = []
    var pending = CustomCheckTypes.variables.map(\.type)
    while let type = pending.popLast() {
      switch type {
      case .object(let name):
        guard reached.insert(name).inserted else { continue }
        pending += CustomCheckTypes.objects.first { $0.name == name }?.fields.map(\.type) ?? []
      case .list(let element): pending.append(element)
      case .map(let key, let value): pending += [key, value]
      default: break
      }
    }
    #expect(reached == Set(CustomCheckTypes.objects.map(\.name)))
    for object in CustomCheckTypes.objects {
      #expect(
        object.fields.map(\.name) == object.fields.map(\.name).sorted(), "\(object.name): catalog.json's key order")
      for field in object.fields {
        #expect(!field.meaning.vi.isEmpty && !field.meaning.en.isEmpty, "\(object.name).\(field.name)")
      }
    }
  }

  @Test("the page's examples of `onestop eval` give what it says, on the shipped catalog")
  func evalExamples() throws {
    let storage = try #require(DiskStorage(root: Self.root.path))
    var options = CompileOptions()
    options.language = .en
    let result = Compiler.check(storage, options: options)
    let index = try #require(ExpressionEvaluation.procedureIndex("1.001193", in: result.catalog))
    let text = try String(contentsOf: Self.page, encoding: .utf8)
    for (expression, expected) in [
      (
        "procedure.requirements.filter(r, r.status == 'eliminated').map(r, r.id)",
        "[\"requester-identity\", \"residence\"]"
      ),
      ("size(procedure.channels) > 2 && 'commune' in procedure.levels", "true"),
    ] {
      #expect(text.contains(expression) && text.contains(expected), "\(expression)")
      let value = try ExpressionEvaluation.evaluate(expression, procedure: index, in: result).get()
      #expect(ExpressionEvaluation.display(value) == expected)
    }
    let weekday = try ExpressionEvaluation.evaluate(
      "timestamp('2025-07-01T00:00:00Z').getDayOfWeek()", procedure: nil, in: nil
    ).get()
    #expect(ExpressionEvaluation.display(weekday) == "2")
  }
}
