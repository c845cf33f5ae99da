/// `invalid-ignore`: an ignore comment without a reason, or naming no valid check.
/// `Suppressions.apply` asks it about every comment before using one.
struct InvalidIgnoreCheck: Check {
  static let description = CheckDescription(
    id: "invalid-ignore", stage: .rule,
    summary: "an ignore comment gives no reason, or names an unknown check or an input error",
    rationale: """
      Every suppression must say why, so that reviewers can judge it later; input errors (YAML, \
      types, keys) cannot be silenced because the file would not mean what it says.
      """,
    triggering: [
      Example(
        ignoredProcedure.replacingOccurrences(
          of: "name: {vi:", with: "↓# onestop: ignore[missing-translation]\nname: {vi:")),
      Example(
        ignoredProcedure.replacingOccurrences(
          of: "name: {vi:", with: "↓# onestop: ignore[missing-translaton] pending\nname: {vi:")),
    ],
    nonTriggering: [
      Example(
        ignoredProcedure.replacingOccurrences(
          of: "name: {vi:", with: "# onestop: ignore[missing-translation] English name pending\nname: {vi:"))
    ])

  /// The example procedure with a finding to silence: its name has no English text.
  private static let ignoredProcedure = ExampleCatalog.procedure.replacingOccurrences(
    of: "name: {vi: Đăng ký khai sinh, en: Birth registration}",
    with: "name: {vi: Đăng ký khai sinh}")

  /// Whether `ignore` names only checks it may silence (`known` and `configurable` ids) and gives a
  /// reason; if not, reports it.
  static func isValid(
    _ ignore: IgnoreComment, known: Set<String>, configurable: Set<String>, into findings: inout Findings
  ) -> Bool {
    let problems =
      ignore.checkIDs.isEmpty
      ? ["names no check: write `# onestop: ignore[check-id] reason`"]
      : ignore.checkIDs.compactMap { id -> String? in
        if !known.contains(id) {
          return "names unknown check '\(id)'"
            + (Suggest.closest(to: id, in: known).map { " (did you mean '\($0)'?)" } ?? "")
        }
        if !configurable.contains(id) { return "cannot silence '\(id)': input errors are always errors" }
        return nil
      }
    if let problem = problems.first {
      findings.report(
        Self.self, "ignore comment \(problem)", file: ignore.file, at: ignore.range,
        help: "fix the check id, or remove the comment")
      return false
    }
    if ignore.reason.isEmpty {
      findings.report(
        Self.self, "ignore comment gives no reason", file: ignore.file, at: ignore.range,
        help: "say why after the brackets: `# onestop: ignore[\(ignore.checkIDs[0])] the decree keeps this paper`")
      return false
    }
    return true
  }
}
