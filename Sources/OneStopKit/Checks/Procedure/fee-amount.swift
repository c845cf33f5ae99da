/// `fee-amount`: a VND amount is a whole number written without separators. YAML reads `100.000`
/// as the decimal number 100, so a fee written the Vietnamese way would publish 100 VND for a
/// 100,000 VND fee in the checklists, catalog.json and the portal XML.
struct FeeAmountCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "fee-amount", stage: .rule,
    summary: Localized(
      vi:
        "số tiền phí, lệ phí bằng đồng Việt Nam không phải số nguyên, hoặc được viết với dấu chấm phân cách hàng nghìn",
      en: "a VND amount is not a whole number, or is written with thousands separators"),
    rationale: Localized(
      vi: """
        Đồng Việt Nam không có đơn vị lẻ, và trong YAML dấu chấm là dấu thập phân: `amount: 100.000` \\
        được đọc là 100 đồng, nên danh sách giấy tờ, catalog.json và tệp XML cho Cổng sẽ công bố \\
        100 đồng cho một khoản lệ phí 100.000 đồng.
        """,
      en: """
        The đồng has no subunit, and in YAML a dot is a decimal point: `amount: 100.000` reads as \\
        100 VND, so the checklists, catalog.json and the portal XML would publish 100 VND for a \\
        100,000 VND fee.
        """),
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}", with: "fee: {amount: ↓100.000, currency: VND}")),
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}", with: "fee: {amount: ↓12.5, currency: VND}")),
    ],
    nonTriggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}", with: "fee: {amount: 100000, currency: VND}")),
      // Not VND: cents are real.
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}", with: "fee: {amount: 12.5, currency: USD}")),
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    for channel in procedure.channels {
      guard let fee = channel.fee, let amount = fee.amount, let written = fee.amountWritten else { continue }
      guard fee.currency == nil || fee.currency == "VND" else { continue }
      let text = written.value
      if let meant = Self.thousandsSeparated(text) {
        let read = Wording(language: "en").decimal(amount)
        findings.report(
          Self.self,
          findings.say(
            vi:
              "số tiền '\(text)' được đọc là \(Wording(language: "vi").decimal(amount)) đồng: trong YAML, dấu chấm là dấu thập phân",
            en: "amount '\(text)' reads as \(read) VND: in YAML a dot is a decimal point"),
          file: procedure.file, at: written.range,
          help: findings.say(
            vi: "viết `amount: \(meant)` (\(Self.grouped(meant, ".")) đồng)",
            en: "write `amount: \(meant)` (\(Self.grouped(meant, ",")) VND)"))
      } else if amount.value != amount.value.rounded() {
        findings.report(
          Self.self,
          findings.say(
            vi: "số tiền '\(text)' không phải số nguyên đồng", en: "amount '\(text)' is not a whole number of đồng"),
          file: procedure.file, at: written.range,
          help: findings.say(
            vi: "viết số nguyên đồng, không có dấu phân cách: 1.500 đồng là `amount: 1500`",
            en: "write the whole number of đồng, without separators: 1,500 VND is `amount: 1500`"))
      }
    }
  }

  /// The amount `100.000` or `1.500.000` means when its dots separate thousands, as Vietnamese
  /// writes them: digits in groups of three after the first group of one to three.
  static func thousandsSeparated(_ text: String) -> String? {
    let groups = text.split(separator: ".", omittingEmptySubsequences: false)
    guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count),
      groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      groups.dropFirst().allSatisfy({ $0.count == 3 })
    else { return nil }
    let digits = groups.joined()
    let trimmed = digits.drop { $0 == "0" }
    return trimmed.isEmpty ? "0" : String(trimmed)
  }

  /// `1500000` as `1.500.000` or `1,500,000`.
  static func grouped(_ digits: String, _ separator: String) -> String {
    var out = ""
    for (index, character) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out += separator }
      out.append(character)
    }
    return out
  }
}
