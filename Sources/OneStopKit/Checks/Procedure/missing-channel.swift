/// `missing-channel`: a procedure can be filed some way.
struct MissingChannelCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "missing-channel", stage: .rule,
    summary: Localized(
      vi: "thủ tục không có cách thức thực hiện nào", en: "procedure lists no channel to file it through"),
    rationale: Localized(
      vi: """
        Mọi thủ tục được công bố đều nêu cách thức thực hiện (trực tiếp, trực tuyến, qua dịch vụ bưu \
        chính) cùng thời hạn giải quyết và phí, lệ phí của từng cách; thiếu cách thức thực hiện thì \
        người dân không thực hiện được và Cổng Dịch vụ công không hiển thị được thủ tục.
        """,
      en: """
        Every published procedure says how to file it (in person, online, by post) with the time and \
        fee of each channel; without one, citizens cannot use it and the portal cannot show it.
        """),
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
      let code = procedure.code.value
      findings.report(
        Self.self,
        findings.say(
          vi: "\(code.isEmpty ? "thủ tục này" : "thủ tục '\(code)'") chưa có cách thức thực hiện nào",
          en: "\(code.isEmpty ? "this procedure" : "procedure '\(code)'") lists no channel"),
        file: procedure.file, at: procedure.channelsRange ?? SourceRange(at: procedure.range.start),
        help: findings.say(
          vi:
            "thêm `channels:` với ít nhất một trong các cách `in-person` (trực tiếp), `online` (trực tuyến), `postal` (qua dịch vụ bưu chính), mỗi cách kèm thời hạn giải quyết và phí, lệ phí",
          en: "add `channels:` with at least one of in-person, online, postal, each with its time and fee"))
    }
  }
}
