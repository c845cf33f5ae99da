/// `online-level-misuse`: `online_level` belongs to online channels, and every online channel has one.
struct OnlineLevelMisuseCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "online-level-misuse", stage: .rule,
    summary: Localized(
      vi: "`online_level` ở cách thức thực hiện không phải trực tuyến, hoặc cách thức trực tuyến thiếu `online_level`",
      en: "`online_level` on a channel that is not online, or an online channel without it"),
    rationale: Localized(
      vi: """
        Dịch vụ công trực tuyến toàn trình hay một phần là điều các chỉ tiêu trực tuyến của Quyết \
        định 468 đếm; mức độ này không có nghĩa với cách thức nộp trực tiếp hay qua dịch vụ bưu chính.
        """,
      en: """
        Whether a service is fully online (toàn trình) or partly (một phần) is what Decision 468's \
        online targets count; the level means nothing on a desk or postal channel.
        """),
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
        let kind = channel.kind.value
        findings.report(
          Self.self,
          findings.say(
            vi: "cách thức thực hiện '\(kind.rawValue)' (\(kind.vietnamese)) có mức độ trực tuyến",
            en: "'\(kind.rawValue)' channel has an online level"),
          file: procedure.file, at: level.range,
          help: findings.say(
            vi: "xóa `online_level`: chỉ cách thức trực tuyến mới có mức độ trực tuyến",
            en: "remove `online_level`: only online channels have one"))
      } else if channel.onlineLevel == nil, channel.kind.value == .online {
        findings.report(
          Self.self,
          findings.say(
            vi: "cách thức trực tuyến chưa nêu là toàn trình hay một phần",
            en: "online channel does not say whether it is full or partial"),
          file: procedure.file, at: channel.range,
          help: findings.say(
            vi: "thêm `online_level: full` (toàn trình) hoặc `online_level: partial` (một phần)",
            en: "add `online_level: full` (toàn trình) or `online_level: partial` (một phần)"))
      }
    }
  }
}
