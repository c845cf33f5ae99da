/// `fee-text-mismatch`: a fee's text, where it names amounts in đồng, names the fee's `amount`.
struct FeeTextMismatchCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "fee-text-mismatch", severity: .warning, stage: .rule,
    summary: Localized(
      vi: "diễn giải phí, lệ phí nêu một số tiền khác với `amount`",
      en: "a fee's text names a different amount than `amount`"),
    rationale: Localized(
      vi: """
        Người dân đọc cả số tiền lẫn diễn giải; khi diễn giải ghi 20.000 đồng mà `amount` là 10.000, \\
        một trong hai đã sai và Cổng sẽ công bố hai mức phí khác nhau cho cùng một cách thức thực hiện.
        """,
      en: """
        Citizens read both the amount and its text; when the text says 20,000 VND and `amount` says \\
        10,000, one of them is wrong and the portal publishes two fees for one channel.
        """),
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}",
          with: "fee: {amount: 10000, currency: VND, text: ↓{vi: \"Lệ phí: 20.000 đồng/lần\", en: \"Fee: 20,000 VND\"}}"
        ))
    ],
    nonTriggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}",
          with: "fee: {amount: 20000, currency: VND, text: {vi: \"Lệ phí: 20.000 đồng/lần\", en: \"Fee: 20,000 VND\"}}")
      ),
      // Numbers that are not amounts in đồng (a circular's number, a date) are not compared.
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}",
          with:
            "fee: {amount: 0, currency: VND, text: {vi: \"Theo Thông tư số 281/2016/TT-BTC ngày 14/11/2016\", en: \"Per Circular 281/2016/TT-BTC\"}}"
        )),
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    for channel in procedure.channels {
      guard let fee = channel.fee, let amount = fee.amount, let text = fee.text else { continue }
      guard fee.currency == nil || fee.currency == "VND", amount.value == amount.value.rounded() else { continue }
      let named = text.entries.flatMap { Self.amounts(in: $0.text) }
      guard !named.isEmpty, !named.contains(amount.value) else { continue }
      let first = named[0]
      let vi = Wording(language: "vi")
      let en = Wording(language: "en")
      findings.report(
        Self.self,
        findings.say(
          vi: "diễn giải phí nêu \(vi.decimal(Number(first))) đồng, còn `amount` là \(vi.decimal(amount)) đồng",
          en: "the fee's text names \(en.decimal(Number(first))) VND, but `amount` is \(en.decimal(amount)) VND"),
        file: procedure.file, at: text.range,
        notes: fee.amountWritten.map {
          [
            DiagnosticNote(
              findings.say(vi: "số tiền được ghi ở đây", en: "the amount is here"),
              at: SourceLocation(file: procedure.file, range: $0.range))
          ]
        } ?? [],
        help: findings.say(
          vi: "sửa `amount` hoặc diễn giải cho khớp nhau", en: "make `amount` and the text say the same amount"))
    }
  }

  /// The amounts in đồng a text names: a number (`20.000`, `20,000`, `20000`) followed by `đồng`,
  /// `VND`, `VNĐ` or `đ`.
  static func amounts(in text: String) -> [Double] {
    let characters = Array(text)
    var found: [Double] = []
    var index = 0
    while index < characters.count {
      guard characters[index].isASCII, characters[index].isNumber,
        index == 0
          || !(characters[index - 1].isLetter || characters[index - 1].isNumber || characters[index - 1] == "/")
      else {
        index += 1
        continue
      }
      var end = index
      var digits = ""
      while end < characters.count {
        let c = characters[end]
        if c.isASCII && c.isNumber {
          digits.append(c)
        } else if c == "." || c == ",", end + 1 < characters.count, characters[end + 1].isASCII,
          characters[end + 1].isNumber
        {
          // a separator between digits
        } else {
          break
        }
        end += 1
      }
      var rest = end
      while rest < characters.count && characters[rest] == " " { rest += 1 }
      let tail = String(characters[rest..<min(characters.count, rest + 4)]).lowercased()
      if tail.hasPrefix("đồng") || tail.hasPrefix("vnd") || tail.hasPrefix("vnđ")
        || (tail.hasPrefix("đ") && !(tail.dropFirst().first?.isLetter ?? false))
      {
        if let value = Double(digits) { found.append(value) }
      }
      index = max(end, index + 1)
    }
    return found
  }
}
