/// `duplicate-channel`: one channel per kind.
struct DuplicateChannelCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "duplicate-channel", stage: .rule,
    summary: "two channels of a procedure have the same kind",
    rationale: """
      Time and fee are given per channel; two in-person channels leave citizens and the portal with \
      two answers to one question.
      """,
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
        findings.report(
          Self.self, "procedure has two '\(channel.kind.value.rawValue)' channels", file: procedure.file,
          at: channel.range,
          notes: [DiagnosticNote("the first one is here", at: SourceLocation(file: procedure.file, range: first))],
          help: "merge them into one channel; put conditions in the fee or time text")
      } else {
        seen[channel.kind.value] = channel.range
      }
    }
  }
}
