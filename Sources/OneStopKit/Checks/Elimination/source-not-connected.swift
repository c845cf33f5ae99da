/// `source-not-connected`: a listed database is not yet connected at one of the procedure's levels.
struct SourceNotConnectedCheck: EliminationCheck {
  static let description = CheckDescription(
    id: "source-not-connected", severity: .warning, stage: .elimination,
    summary: Localized(
      vi: "cơ sở dữ liệu dùng chung mà thủ tục liệt kê chưa kết nối ở một cấp thực hiện của thủ tục",
      en: "a listed shared database is not connected at one of the procedure's levels"),
    rationale: Localized(
      vi: """
        Cơ sở dữ liệu mà thủ tục liệt kê chỉ giúp được người dân ở cấp mà hệ thống một cửa của cấp \
        đó khai thác được. Quyết định 468 đặt lộ trình kết nối; cấp nào còn chờ kết nối thì ở đó \
        người dân vẫn phải cung cấp giấy tờ.
        """,
      en: """
        A source the procedure lists helps a citizen only where that level's one-stop system can \
        query it. Decision 468 set the connection roadmap; a level still waiting is where papers are \
        still asked for.
        """),
    triggering: [
      Example(EliminationExample.with("", levels: "[commune]", sources: "[population, ↓civil-status]")),
      Example(EliminationExample.with("", levels: "[central, commune]", sources: "[population, ↓civil-status]")),
    ],
    nonTriggering: [
      Example(EliminationExample.with("", levels: "[provincial]", sources: "[population, civil-status]")),
      Example(
        EliminationExample.with("", levels: "[commune]", sources: "[population, civil-status]"), asOf: "2027-01-01"),
    ])

  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings
  ) {
    for listed in procedure.dataSources {
      guard let source = catalog.sources[listed.value] else { continue }
      var gaps: [(level: String, planned: Day?)] = []
      for level in result.levels {
        if let since = source.connectedSince(level: level) {
          if since > catalog.asOf { gaps.append((level, since)) }
        } else {
          gaps.append((level, nil))
        }
      }
      guard !gaps.isEmpty else { continue }
      let levels = findings.say(
        vi: gaps.map { gap in
          catalog.viLevel(gap.level)
            + (gap.planned.map { " (dự kiến kết nối từ \($0.vietnamese))" } ?? " (chưa có ngày kết nối)")
        }.joined(separator: ", "),
        en: gaps.map { gap in
          gap.level + (gap.planned.map { " (connection planned for \($0))" } ?? " (no connection date)")
        }.joined(separator: ", "))
      findings.report(
        Self.self,
        findings.say(
          vi:
            "cơ sở dữ liệu dùng chung \(catalog.viQuoted(listed.value, .source)) chưa kết nối với \(levels) tính đến ngày \(catalog.asOf.vietnamese)",
          en: "shared database '\(listed.value)' is not connected at \(levels) as of \(catalog.asOf)"),
        file: procedure.file, at: listed.range,
        help: findings.say(
          vi:
            "giấy tờ mà cơ sở dữ liệu này có vẫn phải cung cấp ở các cấp đó; ngày kết nối ghi trong rules/sources.yaml",
          en: "papers it provides stay required at those levels; rules/sources.yaml holds the connection dates"))
    }
  }
}
