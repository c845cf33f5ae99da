/// `custom-check-failed`: a check of `rules/checks.yaml` whose expression fails on a procedure (an
/// error such as a division by zero, or its cost budget spent). `CustomCheckSet.check` reports
/// them here, at the node the check was looking at.
struct CustomCheckFailedCheck: Check {
  static let description = CheckDescription(
    id: "custom-check-failed", severity: .error, stage: .rule,
    summary: Localized(
      vi: "một quy tắc trong rules/checks.yaml không đánh giá được trên thủ tục này",
      en: "a check of rules/checks.yaml could not judge this procedure"),
    rationale: Localized(
      vi: """
        Biểu thức có thể gặp lỗi khi chạy (chia cho 0, tràn số, khóa không có trong bản đồ) hoặc \
        vượt hạn mức chi phí tính toán. Khi đó quy tắc không kết luận được, và việc im lặng sẽ \
        giống như thủ tục đạt yêu cầu; phát hiện này chỉ ra thủ tục và quy tắc để sửa biểu thức.
        """,
      en: """
        An expression can fail while running (a division by zero, an overflow, a missing map key) \
        or spend its cost budget. The rule then cannot conclude, and silence would look like a \
        pass; this finding names the procedure and the rule so the expression can be fixed.
        """),
    triggering: [
      Example(files: [
        CustomCheckExampleFiles.checks(assert: "1 / (size(procedure.cases) - 0) > 0"),
        (
          "catalog/1.000001.yaml",
          ExampleCatalog.procedure.replacingOccurrences(
            of: "  - {kind: in-person", with: "  - ↓{kind: in-person")
        ),
      ])
    ],
    nonTriggering: [
      Example(files: [
        CustomCheckExampleFiles.checks(assert: "size(procedure.cases) == 0 || 1 / size(procedure.cases) > 0")
      ])
    ])

  /// Reports that the check `id` failed at `range` of `file`.
  static func report(
    id: String, _ problem: String, file: String, at range: SourceRange, rule: SourceLocation,
    into findings: inout Findings
  ) {
    findings.report(
      Self.self,
      findings.say(
        vi: "quy tắc '\(id)' không đánh giá được: \(problem)",
        en: "check '\(id)' could not judge this: \(problem)"),
      file: file, at: range,
      notes: [
        DiagnosticNote(findings.say(vi: "quy tắc được khai ở đây", en: "the check is declared here"), at: rule)
      ],
      help: findings.say(
        vi: "sửa biểu thức trong rules/checks.yaml để nó luôn cho giá trị đúng hoặc sai",
        en: "fix the expression in rules/checks.yaml so that it always gives true or false"))
  }
}
