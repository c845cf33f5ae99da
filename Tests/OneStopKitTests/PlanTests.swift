import Foundation
import Testing

@testable import OneStopKit

/// `onestop plan` and the what-if: every action's counts are recomputed by carrying the action out
/// on a copy of the catalog and checking it again from the start.
@Suite("Plan")
struct PlanTests {
  static let root = PythonJSONSchema.packageRoot.path

  static func check(asOf: Day? = nil, whatIf: WhatIf? = nil) throws -> CheckResult {
    let storage = try #require(DiskStorage(root: root))
    var options = CompileOptions(asOf: asOf, jobs: 2)
    options.whatIf = whatIf
    options.language = .en
    return Compiler.check(storage, options: options)
  }

  /// What changed between two analyses of the same procedures: the plan's three figures.
  static func transitions(_ before: EliminationAnalysis, _ after: EliminationAnalysis) -> (Int, Int, [String]) {
    var (eliminated, partly, codes) = (0, 0, [String]())
    for (old, new) in zip(before.procedures, after.procedures) {
      #expect(old.code == new.code)
      var changed = false
      for (a, b) in zip(old.requirements, new.requirements) {
        if b.status == .eliminated, a.status != .eliminated {
          eliminated += 1
          changed = true
        } else if b.status == .partlyEliminated, a.status == .required {
          partly += 1
          changed = true
        }
      }
      if changed { codes.append(new.code) }
    }
    return (eliminated, partly, codes.sorted { Diagnostic.byteOrder($0, $1) < 0 })
  }

  /// Each action carried out on a copy: `connect` and `digitize` through the what-if of a fresh
  /// check (the command line's path), `list` by adding the source to every procedure that does
  /// not list it yet (those it frees nothing in count nothing).
  static func recount(_ action: Plan.Action, _ base: CheckResult, asOf: Day?) throws -> (Int, Int, [String]) {
    switch action.kind {
    case .connect:
      let source = try #require(action.source)
      let level = try #require(action.level)
      let assumed = try check(
        asOf: asOf, whatIf: WhatIf(connections: [WhatIf.Connection(source: source, level: level)]))
      #expect(assumed.whatIfProblems.isEmpty)
      return transitions(base.elimination, assumed.elimination)
    case .digitize:
      let code = try #require(action.procedure)
      let paper = try #require(action.paper)
      let assumed = try check(
        asOf: asOf, whatIf: WhatIf(digitizations: [WhatIf.Digitization(code: code, paper: paper)]))
      #expect(assumed.whatIfProblems.isEmpty)
      return transitions(base.elimination, assumed.elimination)
    case .list:
      let source = try #require(action.source)
      var catalog = base.catalog
      for index in catalog.procedures.indices
      where !catalog.procedures[index].dataSources.contains(where: { $0.value == source }) {
        catalog.procedures[index].dataSources.append(Located(source, catalog.procedures[index].range))
      }
      return transitions(base.elimination, EliminationAnalysis.analyze(catalog, jobs: 2))
    }
  }

  @Test(
    "every action's counts equal a recheck of the catalog with the action carried out",
    arguments: [
      nil, Day(year: 2023, month: 1, day: 1),
    ])
  func countsRecomputed(asOf: Day?) throws {
    let base = try Self.check(asOf: asOf)
    let plan = Plan.compute(base.catalog, analysis: base.elimination)
    #expect(!plan.actions.isEmpty)
    if asOf != nil {
      // Before the 2023-2025 connections, connecting is what frees most.
      #expect(plan.actions.contains { $0.kind == .connect && $0.eliminated > 0 })
      #expect(plan.actions.contains { $0.kind == .digitize })
    }
    for action in plan.actions {
      let (eliminated, partly, codes) = try Self.recount(action, base, asOf: asOf)
      #expect(action.eliminated == eliminated, "\(action)")
      #expect(action.partly == partly, "\(action)")
      #expect(action.codes == codes, "\(action)")
      #expect(action.procedures == codes.count)
    }
  }

  @Test("actions are ranked by eliminated, then partly, then kind, source, level, procedure, paper")
  func ranking() throws {
    let base = try Self.check(asOf: Day(year: 2023, month: 1, day: 1))
    let actions = Plan.compute(base.catalog, analysis: base.elimination).actions
    for (a, b) in zip(actions, actions.dropFirst()) {
      #expect(Plan.ranks(a, b) || !Plan.ranks(b, a), "\(a) before \(b)")
      #expect(a.eliminated >= b.eliminated)
      if a.eliminated == b.eliminated { #expect(a.partly >= b.partly) }
    }
    // A connect candidate is a source not connected at the level by the day.
    for action in actions where action.kind == .connect {
      let source = try #require(base.catalog.sources[action.source ?? ""])
      let since = source.connectedSince(level: action.level ?? "")
      #expect(since == nil || since! > base.catalog.asOf)
    }
  }

  @Test("the JSON has the documented shape and --top keeps the first actions")
  func json() throws {
    let base = try Self.check(asOf: Day(year: 2023, month: 1, day: 1))
    let plan = Plan.compute(base.catalog, analysis: base.elimination)
    let text = plan.top(3).render(.json, catalog: base.catalog)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["as_of"] as? String == "2023-01-01")
    #expect(object["what_if"] == nil)
    let actions = try #require(object["actions"] as? [[String: Any]])
    #expect(actions.count == 3)
    for (json, action) in zip(actions, plan.actions) {
      #expect(json["kind"] as? String == action.kind.rawValue)
      #expect(json["eliminated"] as? Int == action.eliminated)
      #expect(json["partly"] as? Int == action.partly)
      #expect(json["procedures"] as? Int == action.codes.count)
      #expect(json["codes"] as? [String] == action.codes)
      switch action.kind {
      case .connect: #expect(json["source"] != nil && json["level"] != nil && json["procedure"] == nil)
      case .list: #expect(json["source"] != nil && json["level"] == nil)
      case .digitize: #expect(json["procedure"] != nil && json["paper"] != nil && json["source"] == nil)
      }
    }
  }

  @Test("a what-if is judged, named in the plan's JSON and worded in both languages")
  func whatIf() throws {
    let whatIf = WhatIf(connections: [WhatIf.Connection(source: "land", level: "central")])
    let assumed = try Self.check(whatIf: whatIf)
    #expect(assumed.whatIfProblems.isEmpty)
    #expect(assumed.catalog.whatIf == whatIf)
    #expect(assumed.catalog.sources["land"]?.connectedSince(level: "central") == assumed.catalog.asOf)
    let plan = Plan.compute(assumed.catalog, analysis: assumed.elimination)
    #expect(plan.render(.json, catalog: assumed.catalog).contains("\"--assume-connected land@central\""))
    var catalog = assumed.catalog
    catalog.language = .vi
    #expect(
      plan.render(.md, catalog: catalog).contains("Giả định (what-if): Cơ sở dữ liệu quốc gia về đất đai"))
  }

  @Test("a what-if naming what the catalog lacks is refused, with a suggestion")
  func whatIfProblems() throws {
    let result = try Self.check(
      whatIf: WhatIf(
        connections: [WhatIf.Connection(source: "lnd", level: "central"), .init(source: "land", level: "centrl")],
        digitizations: [.init(code: "9.999999", paper: "passport"), .init(code: "1.001456", paper: "pasport")]))
    #expect(result.whatIfProblems.count == 4)
    #expect(result.whatIfProblems[0].contains("did you mean 'land'?"))
    #expect(result.whatIfProblems[1].contains("did you mean 'central'?"))
    #expect(result.whatIfProblems[2].contains("9.999999"))
    #expect(result.whatIfProblems[3].contains("did you mean 'passport'?"))
  }

  @Test(
    "the command line's forms of an assumption",
    arguments: [
      ("land@commune", "land", "commune", nil as String?),
      ("land@commune=2026-01-01", "land", "commune", "2026-01-01"),
    ])
  func parsing(text: String, source: String, level: String, date: String?) throws {
    let connection = try #require(WhatIf.Connection(parsing: text))
    #expect(connection.source == source && connection.level == level)
    #expect(connection.since?.description == date)
    #expect(connection.text == text)
  }

  @Test("malformed assumptions are refused")
  func malformed() {
    for text in ["land", "@commune", "land@", "land@commune=2026-13-01", "land@commune="] {
      #expect(WhatIf.Connection(parsing: text) == nil, "\(text)")
    }
    for text in ["1.001456", ":passport", "1.001456:"] {
      #expect(WhatIf.Digitization(parsing: text) == nil, "\(text)")
    }
    #expect(
      WhatIf.Digitization(parsing: "1.001456:passport") == WhatIf.Digitization(code: "1.001456", paper: "passport"))
  }
}
