/// `unused-ignore`: an ignore comment that silences nothing. `Suppressions.apply` finds them and
/// reports them here.
struct UnusedIgnoreCheck: Check {
  static let description = CheckDescription(
    id: "unused-ignore", severity: .warning, stage: .rule,
    summary: Localized(
      vi: "chú thích bỏ qua không bỏ qua phát hiện nào ở dòng kế tiếp",
      en: "an ignore comment silences nothing on the next line"),
    rationale: Localized(
      vi: """
        Chú thích bỏ qua tồn tại lâu hơn vấn đề mà nó che; nếu để nguyên, nó sẽ che mất vấn đề \
        tiếp theo, khác hẳn, ở dòng đó. Hãy xóa chú thích khi phát hiện đã hết.
        """,
      en: """
        A suppression outlives the problem it hid; left in place it would silence the next, \
        different problem on that line. Remove it once the finding is gone.
        """),
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
    let ids = ignore.checkIDs.map { "'\($0)'" }.joined(separator: ", ")
    findings.report(
      Self.self,
      findings.say(
        vi: "chú thích bỏ qua cho \(ids) không bỏ qua phát hiện nào ở dòng kế tiếp",
        en: "ignore comment for \(ids) silences nothing on the next line"),
      file: ignore.file, at: ignore.range,
      help: findings.say(
        vi: "xóa chú thích: phát hiện mà nó bỏ qua không còn nữa",
        en: "remove the comment: the finding it silenced is gone"
      ))
  }
}
