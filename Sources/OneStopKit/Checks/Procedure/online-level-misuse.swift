/// `online-level-misuse`: `online_level` belongs to online channels, and every online channel has one.
struct OnlineLevelMisuseCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "online-level-misuse", stage: .rule,
    summary: "`online_level` on a channel that is not online, or an online channel without it",
    rationale: """
      Whether a service is fully online (toàn trình) or partly (một phần) is what Decision 468's \
      online targets count; the level means nothing on a desk or postal channel.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "{kind: in-person, processing_time", with: "{kind: in-person, online_level: ↓full, processing_time")),
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}}\n",
          with: "fee: {amount: 0, currency: VND}}\n  - ↓{kind: online, processing_time: {working_days: 1}}\n")),
    ],
    nonTriggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}}\n",
          with:
            "fee: {amount: 0, currency: VND}}\n  - {kind: online, online_level: full, processing_time: {working_days: 1}}\n"
        ))
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    for channel in procedure.channels {
      if let level = channel.onlineLevel, channel.kind.value != .online {
        findings.report(
          Self.self, "'\(channel.kind.value.rawValue)' channel has an online level", file: procedure.file,
          at: level.range, help: "remove `online_level`: only online channels have one")
      } else if channel.onlineLevel == nil, channel.kind.value == .online {
        findings.report(
          Self.self, "online channel does not say whether it is full or partial", file: procedure.file,
          at: channel.range, help: "add `online_level: full` (toàn trình) or `online_level: partial` (một phần)")
      }
    }
  }
}
