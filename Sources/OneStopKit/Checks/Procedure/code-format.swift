/// `code-format`: the code must match the policy's pattern.
struct CodeFormatCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "code-format", stage: .rule,
    summary: Localized(
      vi: "mã thủ tục không khớp mẫu mã thủ tục trong rules/policy.yaml",
      en: "procedure code does not match the policy's code pattern"),
    rationale: Localized(
      vi: """
        Cơ sở dữ liệu quốc gia về thủ tục hành chính, cổng dịch vụ công của các tỉnh và người dân \
        tìm thủ tục theo mã: 1.001193 cho thủ tục cấp trung ương, 1.012753.H19 cho thủ tục riêng của \
        một tỉnh. Mã không khớp mẫu trong rules/policy.yaml thì không công bố được.
        """,
      en: """
        Codes are how the national database, provincial portals and citizens find a procedure: \
        1.001193 for a national procedure, 1.012753.H19 for a provincial variant. A code outside the \
        pattern in rules/policy.yaml cannot be published.
        """),
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(of: "code: \"1.000001\"", with: "code: ↓\"1-000001\""),
        path: "catalog/1-000001.yaml")
    ],
    nonTriggering: [
      Example(ExampleCatalog.procedure),
      Example(
        ExampleCatalog.procedure.replacingOccurrences(of: "1.000001", with: "1.000001.H19"),
        path: "catalog/1.000001.H19.yaml"),
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    let code = procedure.code
    guard !code.value.isEmpty, let pattern = catalog.codePattern else { return }
    if !pattern.matches(code.value) {
      findings.report(
        Self.self,
        findings.say(
          vi: "mã thủ tục '\(code.value)' không khớp mẫu `\(pattern.source)`",
          en: "code '\(code.value)' does not match the pattern \(pattern.source)"),
        file: procedure.file, at: code.range,
        help: findings.say(
          vi: "dùng mã do Cơ sở dữ liệu quốc gia về thủ tục hành chính cấp, ví dụ 1.001193",
          en: "use the code the national database gives, like 1.001193"))
    }
  }
}
