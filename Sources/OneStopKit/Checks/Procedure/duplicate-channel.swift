/// `duplicate-channel`: one channel per kind.
struct DuplicateChannelCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "duplicate-channel", stage: .rule,
    summary: Localized(
      vi: "hai cách thức thực hiện của thủ tục trùng hình thức nộp",
      en: "two channels of a procedure have the same kind"),
    rationale: Localized(
      vi: """
        Thời hạn giải quyết và phí, lệ phí được ghi theo từng cách thức thực hiện; hai cách thức \
        trực tiếp cho người dân và Cổng Dịch vụ công hai câu trả lời cho cùng một câu hỏi.
        """,
      en: """
        Time and fee are given per channel; two in-person channels leave citizens and the portal with \
        two answers to one question.
        """),
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}}\n",
          with: "fee: {amount: 0, currency: VND}}\n  - ↓{kind: in-person, processing_time: {working_days: 2}}\n"))
    ],
    nonTriggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}}\n",
          with: "fee: {amount: 0, currency: VND}}\n  - {kind: postal, processing_time: {working_days: 2}}\n"))
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    var seen: [ChannelKind: SourceRange] = [:]
    for channel in procedure.channels {
      if let first = seen[channel.kind.value] {
        let kind = channel.kind.value
        findings.report(
          Self.self,
          findings.say(
            vi: "thủ tục có hai cách thức thực hiện '\(kind.rawValue)' (\(kind.vietnamese))",
            en: "procedure has two '\(kind.rawValue)' channels"),
          file: procedure.file, at: channel.range,
          notes: [
            DiagnosticNote(
              findings.say(vi: "cách thức thứ nhất ở đây", en: "the first one is here"),
              at: SourceLocation(file: procedure.file, range: first))
          ],
          help: findings.say(
            vi: "gộp thành một cách thức thực hiện; ghi điều kiện vào diễn giải phí, lệ phí hoặc thời hạn giải quyết",
            en: "merge them into one channel; put conditions in the fee or time text"))
      } else {
        seen[channel.kind.value] = channel.range
      }
    }
  }
}
