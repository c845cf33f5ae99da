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
  /// `VND`, `VNĐ` or `đ`. Read on the UTF-8 bytes: every fee text of a national catalog passes here.
  static func amounts(in text: String) -> [Double] {
    let bytes = Array(text.utf8)
    guard bytes.contains(where: isDigit) else { return [] }
    var found: [Double] = []
    var index = 0
    while index < bytes.count {
      // A number starts at a digit that does not continue a word, a number or a reference (281/2016).
      guard isDigit(bytes[index]), index == 0 || !continuesWord(bytes[index - 1]) else {
        index += 1
        continue
      }
      var end = index
      var value = 0.0
      while end < bytes.count {
        let byte = bytes[end]
        if isDigit(byte) {
          value = value * 10 + Double(byte - 0x30)
        } else if byte == 0x2E || byte == 0x2C, end + 1 < bytes.count, isDigit(bytes[end + 1]) {
          // a separator between digits
        } else {
          break
        }
        end += 1
      }
      var rest = end
      while rest < bytes.count && bytes[rest] == 0x20 { rest += 1 }
      if namesDong(bytes, at: rest) { found.append(value) }
      index = max(end, index + 1)
    }
    return found
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// A letter (any non-ASCII byte belongs to one here), a digit or `/`.
  private static func continuesWord(_ byte: UInt8) -> Bool {
    byte >= 0x80 || isDigit(byte) || byte == 0x2F || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  /// `đồng`, `VND`, `VNĐ` (any case) or a lone `đ` at `at`.
  private static func namesDong(_ bytes: [UInt8], at start: Int) -> Bool {
    func has(_ word: [UInt8]) -> Bool {
      guard start + word.count <= bytes.count else { return false }
      for (offset, byte) in word.enumerated() {
        let actual = bytes[start + offset]
        guard actual == byte || (byte < 0x80 && actual | 0x20 == byte | 0x20) else { return false }
      }
      return true
    }
    let dong: [UInt8] = [0xC4, 0x91, 0xE1, 0xBB, 0x93, 0x6E, 0x67]  // đồng
    let vnd: [UInt8] = [0x76, 0x6E, 0x64]  // vnd
    let vnDStroke: [UInt8] = [0x76, 0x6E, 0xC4, 0x90]  // vnĐ
    let vnDStrokeSmall: [UInt8] = [0x76, 0x6E, 0xC4, 0x91]  // vnđ
    if has(dong) || has(vnd) || has(vnDStroke) || has(vnDStrokeSmall) { return true }
    // A lone đ: not the start of another word.
    guard has([0xC4, 0x91]) else { return false }
    let next = start + 2
    return next >= bytes.count || !continuesWord(bytes[next]) || isDigit(bytes[next])
  }
}
