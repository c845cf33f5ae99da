import Testing

@testable import OneStopCEL

/// The language's behaviour beyond the conformance files: located errors, limits, the cost
/// budget, declared object types, and host objects.
@Suite("CEL")
struct CELTests {
  struct Item: CELObject {
    var fields: [String: CELValue]
    var celTypeName: String { "Item" }
    func celField(_ name: String) -> CELValue? { fields[name] }
  }

  static let itemType = CELObjectType(
    name: "Item",
    fields: [
      ("code", CELFieldDeclaration(type: .string)), ("days", CELFieldDeclaration(type: .double, optional: true)),
      ("parts", CELFieldDeclaration(type: .list(.object("Item")))),
    ])
  static let environment = CELEnvironment(variables: ["item": .object("Item")], objectTypes: [itemType])

  static func value(_ source: String, _ variables: [String: CELValue] = [:]) -> Result<CELValue, CELError> {
    CELProgram.compile(source, environment: environment).flatMap { $0.evaluate(variables) }
  }

  @Test("a misspelt field of a declared type is a check error at the field, with a suggestion")
  func misspeltField() throws {
    let error = try #require(
      CELProgram.compile("item.parts.all(p, p.cod != '')", environment: Self.environment).failure)
    #expect(error.kind == .check)
    #expect(error.offset == 20 && error.length == 3)
    #expect(error.suggestion == "code")
    let variable = try #require(CELProgram.compile("iten.code", environment: Self.environment).failure)
    #expect(variable.suggestion == "item" && variable.offset == 0)
  }

  @Test("host objects: fields built on demand, has() on absent fields, errors on selecting them")
  func hostObjects() throws {
    let item = CELValue.object(Item(fields: ["code": .string("1.001193"), "parts": .list([])]))
    #expect(try Self.value("!has(item.days) && item.code.startsWith('1.')", ["item": item]).get() == .bool(true))
    let missing = try #require(Self.value("item.days > 1.0", ["item": item]).failure)
    #expect(missing.kind == .eval && missing.en.contains("days"))
    #expect(try Self.value("has(item.days) && item.days > 1.0 || true", ["item": item]).get() == .bool(true))
  }

  @Test("hostile sources are refused quickly, located, and never overflow the stack")
  func hostileSources() {
    for source in [
      String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
      String(repeating: "1 + ", count: 5_000) + "1",
      String(repeating: "!", count: 100_000) + "true",
      String(repeating: "[", count: 10_000),
    ] {
      var limits = CELLimits()
      limits.maxSourceBytes = 2 << 20
      let result = CELProgram.compile(source, environment: CELEnvironment(limits: limits))
      guard case .failure(let error) = result else {
        Issue.record("accepted a hostile source of \(source.utf8.count) bytes")
        continue
      }
      #expect(error.kind == .parse && error.offset <= source.utf8.count)
    }
    let long = CELProgram.compile("'" + String(repeating: "a", count: 1 << 20) + "'", environment: CELEnvironment())
    #expect(long.failure?.en.contains("longer than") == true)
  }

  @Test("runaway evaluation stops at the budget with a cost error")
  func costBudget() throws {
    let loops =
      "[0,1,2,3,4,5,6,7,8,9].all(a, [0,1,2,3,4,5,6,7,8,9].all(b, [0,1,2,3,4,5,6,7,8,9].all(c, a + b + c >= 0)))"
    let program = try CELProgram.compile(loops, environment: CELEnvironment()).get()
    #expect(try program.evaluate([:]).get() == .bool(true))
    let error = try #require(program.evaluate([:], budget: 500).failure)
    #expect(error.kind == .cost)
    // Doubling a string: each `+` charges for its size, so the budget stops it long before memory runs out.
    let doubling =
      "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30].map(i, 'ab' + 'cd').size() > 0"
    #expect(try CELProgram.compile(doubling, environment: CELEnvironment()).get().evaluate([:]).get() == .bool(true))
  }

  @Test("a hostile regular expression runs in linear time, and a bad one is a check error at the pattern")
  func regularExpressions() throws {
    let text = String(repeating: "a", count: 20_000) + "!"
    let matching = try CELProgram.compile("s.matches('(a+)+$')", environment: CELEnvironment(variables: ["s": .string]))
      .get()
    #expect(try matching.evaluate(["s": .string(text)]).get() == .bool(false))
    let error = try #require(CELProgram.compile("'x'.matches('(a')", environment: CELEnvironment()).failure)
    #expect(error.kind == .check && error.offset >= 12)
    let backreference = try #require(
      CELProgram.compile("'x'.matches('(a)\\\\1')", environment: CELEnvironment()).failure)
    #expect(backreference.kind == .check)
  }

  @Test("errors are absorbed by && and || and by all/exists when the other side decides")
  func errorAbsorption() throws {
    #expect(try Self.value("false && 1 / 0 > 1").get() == .bool(false))
    #expect(try Self.value("1 / 0 > 1 || true").get() == .bool(true))
    #expect(try Self.value("[0, 1].exists(i, 1 / i > 0)").get() == .bool(true))
    #expect(Self.value("[0, 1].all(i, 1 / i > 0)").failure?.en == "divide by zero")
    #expect(Self.value("{'a': 1, 'a': 2}").failure != nil)
  }
}

extension Result {
  var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
