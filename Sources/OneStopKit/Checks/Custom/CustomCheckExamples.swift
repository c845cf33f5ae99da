/// The `rules/checks.yaml` files the examples of the custom-check group share.
enum CustomCheckExampleFiles {
  /// A `rules/checks.yaml` holding one check with `assert` (and optional extra lines).
  static func checks(assert: String, extra: String = "") -> (path: String, text: String) {
    (
      "rules/checks.yaml",
      """
      checks:
        - id: one-day-channels
          scope: channel
          assert: "\(assert)"
          message: {vi: "Thời hạn quá dài", en: "The time is too long"}
          rationale: {vi: "Thủ tục hộ tịch giải quyết trong ngày", en: "Civil status procedures settle on the day"}
      \(extra)
      """
    )
  }
}
