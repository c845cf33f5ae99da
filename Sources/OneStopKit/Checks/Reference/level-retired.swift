/// `level-retired`: a procedure cannot sit on a level that no longer exists.
struct LevelRetiredCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "level-retired", stage: .rule,
    summary: Localized(
      vi: "thủ tục được giao cho cấp thực hiện đã chấm dứt trước ngày đánh giá",
      en: "procedure is assigned to a level that ended before the judging day"),
    rationale: Localized(
      vi: """
        Chính quyền địa phương hai cấp vận hành từ 01/07/2025: cấp huyện kết thúc ngày 30/06/2025 và \
        các thủ tục của cấp huyện chuyển về cấp xã hoặc cấp tỉnh. Thủ tục còn giao cho cấp thực hiện \
        đã chấm dứt thì không có cơ quan có thẩm quyền giải quyết.
        """,
      en: """
        Local government became two-tier on 2025-07-01: the district level ended on 2025-06-30 and its \
        procedures moved to the commune or provincial level. A procedure still on a retired level \
        has no competent authority.
        """),
    triggering: [
      Example(ExampleCatalog.procedure.replacingOccurrences(of: "levels: [commune]", with: "levels: [↓district]"))
    ],
    nonTriggering: [
      Example(ExampleCatalog.procedure),
      Example(
        ExampleCatalog.procedure.replacingOccurrences(of: "levels: [commune]", with: "levels: [district]"),
        asOf: "2025-06-30"),
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    for level in procedure.levels where catalog.isRetired(level: level.value) {
      let until = catalog.levels[level.value]?.until?.value
      let current = catalog.rules.levels.filter { !catalog.isRetired(level: $0.id.value) }.map(\.id.value)
      findings.report(
        Self.self,
        findings.say(
          vi:
            "cấp thực hiện \(catalog.viQuoted(level.value, .level)) đã kết thúc ngày \(until.map(\.vietnamese) ?? "?") (ngày đánh giá \(catalog.asOf.vietnamese))",
          en: "level '\(level.value)' ended on \(until.map(\.description) ?? "?") (judged at \(catalog.asOf))"),
        file: procedure.file, at: level.range,
        help: findings.say(
          vi:
            "chuyển thủ tục sang một cấp thực hiện hiện hành: \(current.map { catalog.viQuoted($0, .level) }.joined(separator: ", "))",
          en: "assign the procedure to a current level: \(current.joined(separator: ", "))"))
    }
  }
}
