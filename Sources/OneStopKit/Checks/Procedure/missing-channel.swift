/// `missing-channel`: a procedure can be filed some way.
struct MissingChannelCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "missing-channel", stage: .rule,
    summary: "procedure lists no channel to file it through",
    rationale: """
      Every published procedure says how to file it (in person, online, by post) with the time and \
      fee of each channel; without one, citizens cannot use it and the portal cannot show it.
      """,
    triggering: [
      Example(
        "↓"
          + ExampleCatalog.procedure.replacingOccurrences(
            of:
              "channels:\n  - {kind: in-person, processing_time: {working_days: 1}, fee: {amount: 0, currency: VND}}\n",
            with: ""))
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    if procedure.channels.isEmpty {
      // A file whose code is missing or was refused still gets the finding, without an empty name.
      let subject = procedure.code.value.isEmpty ? "this procedure" : "procedure '\(procedure.code.value)'"
      findings.report(
        Self.self, "\(subject) lists no channel", file: procedure.file,
        at: procedure.channelsRange ?? SourceRange(at: procedure.range.start),
        help: "add `channels:` with at least one of in-person, online, postal, each with its time and fee")
    }
  }
}
