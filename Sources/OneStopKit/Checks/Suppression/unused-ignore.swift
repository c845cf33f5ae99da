/// `unused-ignore`: an ignore comment that silences nothing. `Suppressions.apply` finds them and
/// reports them here.
struct UnusedIgnoreCheck: Check {
  static let description = CheckDescription(
    id: "unused-ignore", severity: .warning, stage: .rule,
    summary: "an ignore comment silences nothing on the next line",
    rationale: """
      A suppression outlives the problem it hid; left in place it would silence the next, \
      different problem on that line. Remove it once the finding is gone.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "name: {vi:", with: "↓# onestop: ignore[missing-translation] English name pending\nname: {vi:"))
    ],
    nonTriggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "name: {vi: Đăng ký khai sinh, en: Birth registration}",
          with: "# onestop: ignore[missing-translation] English name pending\nname: {vi: Đăng ký khai sinh}"))
    ])

  /// Reports `ignore`, a valid comment that silenced no finding.
  static func report(_ ignore: IgnoreComment, into findings: inout Findings) {
    findings.report(
      Self.self,
      "ignore comment for \(ignore.checkIDs.map { "'\($0)'" }.joined(separator: ", ")) silences nothing on the next line",
      file: ignore.file, at: ignore.range, help: "remove the comment: the finding it silenced is gone")
  }
}
