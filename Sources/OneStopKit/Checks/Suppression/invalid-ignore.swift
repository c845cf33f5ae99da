/// `invalid-ignore`: an ignore comment without a reason, or naming no valid check.
/// `Suppressions.apply` asks it about every comment before using one.
struct InvalidIgnoreCheck: Check {
  static let description = CheckDescription(
    id: "invalid-ignore", stage: .rule,
    summary: Localized(
      vi: "chú thích bỏ qua không nêu lý do, hoặc nêu quy tắc kiểm tra không tồn tại hay một lỗi dữ liệu đầu vào",
      en: "an ignore comment gives no reason, or names an unknown check or an input error"),
    rationale: Localized(
      vi: """
        Mỗi chú thích bỏ qua phải nói rõ lý do để người rà soát đánh giá được về sau; lỗi dữ liệu \
        đầu vào (cú pháp YAML, kiểu giá trị, khóa) không bỏ qua được vì khi đó tệp không còn mang \
        đúng nội dung nó ghi.
        """,
      en: """
        Every suppression must say why, so that reviewers can judge it later; input errors (YAML, \
        types, keys) cannot be silenced because the file would not mean what it says.
        """),
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
    // Only the first problem is worded.
    let problem: String?
    if ignore.checkIDs.isEmpty {
      problem = findings.say(
        vi: "chú thích bỏ qua không nêu quy tắc kiểm tra nào: viết `# onestop: ignore[mã-quy-tắc] lý do`",
        en: "ignore comment names no check: write `# onestop: ignore[check-id] reason`")
    } else if let id = ignore.checkIDs.first(where: { !known.contains($0) || !configurable.contains($0) }) {
      if !known.contains(id) {
        let suggestion = Suggest.closest(to: id, in: known)
        problem = findings.say(
          vi: "chú thích bỏ qua nêu quy tắc kiểm tra không tồn tại '\(id)'"
            + (suggestion.map { " (có phải là '\($0)'?)" } ?? ""),
          en: "ignore comment names unknown check '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
      } else {
        problem = findings.say(
          vi: "chú thích bỏ qua nêu '\(id)', nhưng lỗi dữ liệu đầu vào luôn là lỗi và không bỏ qua được",
          en: "ignore comment cannot silence '\(id)': input errors are always errors")
      }
    } else {
      problem = nil
    }
    if let problem {
      findings.report(
        Self.self, problem, file: ignore.file, at: ignore.range,
        help: findings.say(
          vi: "sửa mã quy tắc kiểm tra, hoặc xóa chú thích", en: "fix the check id, or remove the comment"))
      return false
    }
    if ignore.reason.isEmpty {
      findings.report(
        Self.self, findings.say(vi: "chú thích bỏ qua không nêu lý do", en: "ignore comment gives no reason"),
        file: ignore.file, at: ignore.range,
        help: findings.say(
          vi: "ghi lý do sau dấu ngoặc vuông: `# onestop: ignore[\(ignore.checkIDs[0])] nghị định giữ lại giấy tờ này`",
          en: "say why after the brackets: `# onestop: ignore[\(ignore.checkIDs[0])] the decree keeps this paper`"))
      return false
    }
    return true
  }
}
