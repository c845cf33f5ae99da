/// `invalid-custom-check`: a check of `rules/checks.yaml` that cannot run: an expression that does
/// not parse or type-check, a message part that does not, an id taken by another check.
/// `CustomCheckSet.compile` reports them here.
struct InvalidCustomCheckCheck: Check {
  static let description = CheckDescription(
    id: "invalid-custom-check", severity: .error, stage: .rule,
    summary: Localized(
      vi: "quy tắc trong rules/checks.yaml không chạy được: biểu thức CEL sai cú pháp hoặc sai kiểu, mã trùng",
      en: "a check of rules/checks.yaml cannot run: a CEL expression that does not parse or type-check, a taken id"),
    rationale: Localized(
      vi: """
        Quy tắc của bộ, ngành chỉ có giá trị khi chạy được trên mọi thủ tục. Biểu thức được phân \
        tích và kiểm tra kiểu ngay khi đọc tệp, theo đúng kiểu dữ liệu của danh mục (docs/rules.md), \
        nên lỗi chính tả như `procedure.chanels` được báo tại đúng dòng, cột, kèm gợi ý, thay vì \
        lặng lẽ không phát hiện gì.
        """,
      en: """
        A ministry's rule is worth something only if it runs on every procedure. Expressions are \
        parsed and type-checked when the file is read, against the catalog's declared types \
        (docs/rules.md), so a typo such as `procedure.chanels` is reported at its line and column \
        with a suggestion instead of silently finding nothing.
        """),
    triggering: [
      Example(files: [
        CustomCheckExampleFiles.checks(assert: "procedure.↓chanels.all(c, c.kind == 'online')")
      ]),
      Example(files: [
        CustomCheckExampleFiles.checks(assert: "procedure.levels ↓+ 1 == 2")
      ]),
    ],
    nonTriggering: [
      Example(files: [
        CustomCheckExampleFiles.checks(
          assert: "!has(channel.processing_time.working_days) || channel.processing_time.working_days <= 1")
      ])
    ])

  /// Reports a problem of the check `id` at `range` of rules/checks.yaml.
  static func report(
    _ message: String, help: String?, at range: SourceRange, file: String, into findings: inout Findings
  ) {
    findings.report(Self.self, message, file: file, at: range, help: help)
  }
}
