import Foundation
import Testing

@testable import OneStopKit

/// Checks written in CEL in rules/checks.yaml: located compile errors, findings at each scope's
/// node, messages, examples, bounds, and their part in policy, suppressions and outputs.
@Suite("Custom checks (rules/checks.yaml)")
struct CustomCheckTests {
  /// The example catalog with `checks` as rules/checks.yaml and `files` laid over it.
  static func check(_ checks: String, _ files: [String: String] = [:], language: Language = .en) -> CheckResult {
    var all: [String: [UInt8]] = [:]
    for (path, text) in ExampleCatalog.rules { all[path] = Array(text.utf8) }
    all["catalog/1.000001.yaml"] = Array(ExampleCatalog.procedure.utf8)
    all["rules/checks.yaml"] = Array(checks.utf8)
    for (path, text) in files { all[path] = Array(text.utf8) }
    var options = CompileOptions(jobs: 1)
    options.language = language
    return Compiler.check(MemoryStorage(files: all), options: options)
  }

  static func rule(
    id: String = "custom", scope: String = "procedure", when: String? = nil, assert: String,
    message: String = "Procedure {procedure.code}", severity: String = "warning", extra: String = ""
  ) -> String {
    var text = "checks:\n  - id: \(id)\n    severity: \(severity)\n    scope: \(scope)\n"
    if let when { text += "    when: \"\(when)\"\n" }
    text += "    assert: \"\(assert)\"\n"
    text += "    message: {vi: \"Thủ tục {procedure.code}\", en: \"\(message)\"}\n"
    text += "    rationale: {vi: \"Lý do\", en: \"Why\"}\n" + extra
    return text
  }

  static func findings(_ result: CheckResult, _ id: String) -> [Diagnostic] {
    result.diagnostics.filter { $0.id == id }
  }

  @Test("a misspelt field is an error at its line and column in rules/checks.yaml, with did-you-mean")
  func misspeltField() {
    let result = Self.check(Self.rule(assert: "size(procedure.chanels) > 0"))
    let found = Self.findings(result, "invalid-custom-check")
    #expect(found.count == 1)
    guard let finding = found.first else { return }
    #expect(finding.file == "rules/checks.yaml")
    // `    assert: "size(procedure.chanels) > 0"`: `chanels` starts at column 29.
    #expect(finding.range.start.line == 5)
    #expect(finding.range.start.column == 29, "\(finding.range.start)")
    #expect(finding.help?.contains("channels") == true, "\(finding.help ?? "")")
    #expect(Self.findings(result, "custom").isEmpty)
  }

  @Test("type errors, non-bool conditions and bad message parts are invalid; the check does not run")
  func typeErrors() {
    for (assert, message) in [
      ("procedure.levels + 1 == 2", "Procedure {procedure.code}"),
      ("procedure.code", "Procedure {procedure.code}"),
      ("true", "Procedure {procedure.cod}"),
      ("true", "Procedure {procedure.code"),
      ("1 +", "Procedure"),
    ] {
      let result = Self.check(Self.rule(assert: assert, message: message))
      #expect(Self.findings(result, "invalid-custom-check").count == 1, "\(assert) / \(message)")
      #expect(result.diagnostics.allSatisfy { $0.id != "custom" })
    }
  }

  @Test("an id of a built-in check, or one used twice, is refused")
  func takenIDs() {
    let builtIn = Self.check(Self.rule(id: "missing-channel", assert: "true"))
    #expect(Self.findings(builtIn, "invalid-custom-check").count == 1)
    let twice = Self.check(
      Self.rule(assert: "true")
        + "  - {id: custom, assert: \"true\", message: {vi: a, en: b}, rationale: {vi: a, en: b}}\n")
    #expect(Self.findings(twice, "invalid-custom-check").count == 1)
  }

  @Test("each scope reports at its node, with the message interpolated in the run's language")
  func scopes() {
    let procedure = Self.check(Self.rule(assert: "size(procedure.channels) > 1"))
    let found = Self.findings(procedure, "custom")
    #expect(found.map(\.message) == ["Procedure 1.000001"])
    #expect(found.first?.range.start.line == 1)
    #expect(found.first?.severity == .warning)
    #expect(found.first?.notes.first?.location?.file == "rules/checks.yaml")
    let values = Self.check(
      Self.rule(assert: "false", message: "{timestamp('2009-02-13T23:31:30Z')} {duration('90s')} { {'k': [1, 2.5]} }"))
    #expect(Self.findings(values, "custom").map(\.message) == ["2009-02-13T23:31:30Z 90s {k: [1, 2.5]}"])
    let vietnamese = Self.check(Self.rule(assert: "false"), language: .vi)
    #expect(Self.findings(vietnamese, "custom").map(\.message) == ["Thủ tục 1.000001"])

    let channel = Self.check(
      Self.rule(scope: "channel", assert: "channel.kind == 'online'", message: "{channel.kind} {channel.fee.amount}"))
    #expect(Self.findings(channel, "custom").map(\.message) == ["in-person 0"])
    #expect(Self.findings(channel, "custom").first?.range.start.line == 6)

    let requirement = Self.check(
      Self.rule(
        scope: "requirement", when: "requirement.status == 'required'", assert: "requirement.id != 'birth-notice'",
        message: "{requirement.id} {requirement.levels.map(l, l.level)}"))
    #expect(Self.findings(requirement, "custom").map(\.message) == ["birth-notice [commune]"])
    #expect(Self.findings(requirement, "custom").first?.range.start.line == 11)

    let result = Self.check(Self.rule(scope: "result", assert: "!result.digitized", message: "{result.paper}"))
    #expect(Self.findings(result, "custom").map(\.message) == ["birth-certificate"])
    #expect(Self.findings(result, "custom").first?.range.start.line == 13)

    let legal = Self.check(
      Self.rule(scope: "legal-basis", assert: "legal_basis.ref.endsWith('QH14')", message: "{legal_basis.title.vi}"))
    #expect(Self.findings(legal, "custom").map(\.message) == ["Luật Hộ tịch"])
  }

  @Test("rules and as_of are bound: ids resolve in rules, dates compare as text")
  func globals() {
    let found = Self.check(
      Self.rule(
        scope: "requirement", when: "has(requirement.paper)",
        assert: "rules.papers[requirement.paper].kind == 'form' || as_of < '2026-01-01'",
        message: "{requirement.paper} {rules.papers[requirement.paper].name.en}"))
    #expect(Self.findings(found, "custom").map(\.message) == ["birth-notice Birth notice"])
  }

  @Test("a failing expression and a runaway one are located findings, and the run goes on")
  func failures() {
    let division = Self.check(Self.rule(assert: "100 / size(procedure.cases) > 0"))
    let failed = Self.findings(division, "custom-check-failed")
    #expect(failed.count == 1)
    #expect(failed.first?.file == "catalog/1.000001.yaml")
    let loops = String(repeating: "[0,1,2,3,4,5,6,7,8,9].all(x, ", count: 8) + "true" + String(repeating: ")", count: 8)
    let runaway = Self.check(Self.rule(assert: loops))
    #expect(Self.findings(runaway, "custom-check-failed").count == 1)
    let hostile = Self.check(Self.rule(assert: "!('a' + 'a'.repeat(1)).matches('(a+)+$')"))
    #expect(Self.findings(hostile, "invalid-custom-check").count == 1)
    let regex = Self.check(
      Self.rule(assert: "!procedure.name.vi.matches('^(Đ|đ)(a+|ă+|[a-zà-ỹ ]+)+$')", message: "matched"))
    #expect(Self.findings(regex, "custom").map(\.message) == ["matched"])
  }

  @Test("examples run on every check: one that misbehaves is an error at the example")
  func examples() {
    let procedure = ExampleCatalog.procedure.split(separator: "\n").map { "          " + $0 }.joined(separator: "\n")
    let marked = procedure.replacingOccurrences(of: "code: \"1.000001\"", with: "code: ↓\"1.000001\"")
    func examples(triggering: String, nonTriggering: String) -> String {
      "    examples:\n      triggering:\n        - |\n\(triggering)\n      non_triggering:\n        - |\n\(nonTriggering)\n"
    }
    let good = Self.check(
      Self.rule(
        assert: "size(procedure.channels) > 1",
        extra: examples(
          triggering: marked,
          nonTriggering: procedure.replacingOccurrences(
            of: "          channels:\n", with: "          channels:\n            - {kind: postal}\n"))))
    #expect(Self.findings(good, "custom-check-example").isEmpty, "\(good.diagnostics.map(\.message))")
    let bad = Self.check(
      Self.rule(assert: "size(procedure.channels) > 1", extra: examples(triggering: procedure, nonTriggering: marked)))
    let found = Self.findings(bad, "custom-check-example")
    #expect(found.count == 2, "\(found.map(\.message)) \(bad.diagnostics.map(\.message))")
    #expect(found.allSatisfy { $0.file == "rules/checks.yaml" })
  }

  @Test("policy severities, overrides, off and ignore comments apply to custom checks")
  func policy() {
    let policy = ExampleCatalog.rules["rules/policy.yaml"]! + "\nchecks:\n  custom: error\n"
    let raised = Self.check(Self.rule(assert: "false"), ["rules/policy.yaml": policy])
    #expect(Self.findings(raised, "custom").first?.severity == .error)
    let off = Self.check(
      Self.rule(assert: "false"),
      ["rules/policy.yaml": ExampleCatalog.rules["rules/policy.yaml"]! + "\nchecks:\n  custom: off\n"])
    #expect(Self.findings(off, "custom").isEmpty)
    #expect(Self.findings(off, "unknown-reference").isEmpty)
    let ignored = Self.check(
      Self.rule(assert: "false"),
      ["catalog/1.000001.yaml": "# onestop: ignore[custom] pending review\n" + ExampleCatalog.procedure])
    #expect(Self.findings(ignored, "custom").isEmpty)
    #expect(Self.findings(ignored, "unused-ignore").isEmpty && Self.findings(ignored, "invalid-ignore").isEmpty)
  }

  @Test("SARIF lists a custom check as a rule with its rationale")
  func sarif() {
    let result = Self.check(Self.rule(assert: "false"))
    let sarif = MachineFormats.sarif(
      result.diagnostics, language: .en, custom: result.catalog.customChecks.descriptions)
    #expect(sarif.contains("\"id\" : \"custom\"") || sarif.contains("\"id\":\"custom\""))
    #expect(sarif.contains("Why"))
  }

  @Test("the shipped rules/checks.yaml compiles, its examples pass, and it finds things on the shipped catalog")
  func shipped() throws {
    let root = Golden.fixtures.deletingLastPathComponent().deletingLastPathComponent()
    let storage = try #require(DiskStorage(root: root.path))
    var options = CompileOptions()
    options.language = .en
    let result = Compiler.check(storage, options: options)
    let custom = result.catalog.customChecks
    #expect(custom.ids.count >= 8)
    for id in ["invalid-custom-check", "custom-check-example", "custom-check-failed"] {
      #expect(Self.findings(result, id).isEmpty, "\(Self.findings(result, id).map(\.message))")
    }
    for description in custom.descriptions {
      #expect(!description.triggering.isEmpty && !description.nonTriggering.isEmpty, "\(description.id)")
      #expect(description.rationale(.vi) != description.rationale(.en), "\(description.id)")
    }
  }

  @Test("message templates: braces, escapes, and strings holding braces")
  func templates() throws {
    #expect(
      try MessageTemplate.split("a {x} {{b}} {'}' + y}").get() == [
        .text("a "), .expression("x", offset: 3), .text(" {b} "), .expression("'}' + y", offset: 13),
      ])
    #expect((try? MessageTemplate.split("a {x").get()) == nil)
    #expect((try? MessageTemplate.split("a } b").get()) == nil)
    #expect((try? MessageTemplate.split("a { } b").get()) == nil)
  }
}
