/// The shape of `rules/checks.yaml`, the optional file of checks written in CEL (docs/rules.md).
extension FormatSchema {
  static let customCheckExamples = ObjectShape(
    name: "examples", title: "CustomCheckExamples",
    description: "Procedure files the check is tested on at every run, with `↓` where a finding must start.",
    fields: [
      field(
        "triggering", .list(.text(.free), minItems: 0),
        "Whole procedure files, each with at least one `↓` before the node a finding lands on."),
      field("non_triggering", .list(.text(.free), minItems: 0), "Whole procedure files that must give no finding."),
    ])

  static let customCheck = ObjectShape(
    name: "custom check", title: "CustomCheck",
    description: "A check written in CEL: a finding where `when` holds and `assert` does not.",
    fields: [
      field(
        "id", .text(.id), required: true, "The check's id, in kebab-case.",
        details: "It must not be a built-in check's id or another custom check's (`invalid-custom-check`)."),
      field(
        "severity", .choice(Severity.allCases.map(\.rawValue)), "The finding's severity.", default: "warning"),
      field(
        "scope", .choice(CustomCheckScope.allCases.map(\.rawValue)),
        "What the check looks at, one at a time: the procedure, or each requirement, channel, result or "
          + "legal reference of it.", default: "procedure"),
      field("when", .text(.free), "A CEL condition: the check applies only where it is true.", default: "true"),
      field("assert", .text(.free), required: true, "The CEL condition that must hold; a finding where it is false."),
      field(
        "message", .localized, required: true, "The finding's message; `{expression}` parts are CEL, interpolated.",
        details: "`{{` and `}}` write a brace."),
      field("rationale", .localized, required: true, "Why the rule exists: `onestop explain` shows it."),
      field("legal_basis", .list(.text(.free), minItems: 1), "The legal texts the rule comes from."),
      field("examples", .object(customCheckExamples), "The check's tests, run on every `check`."),
    ])

  /// The optional rules file of checks written in CEL.
  public static let checksFile: (path: String, shape: ObjectShape) = (
    "rules/checks.yaml", listFile("checks", customCheck, "Checks written in CEL (docs/rules.md).")
  )
}

/// What a custom check looks at, one at a time.
public enum CustomCheckScope: String, Sendable, CaseIterable {
  case procedure
  case requirement
  case channel
  case result
  case legalBasis = "legal-basis"
}
