/// `duplicate-requirement-id`: requirement and case ids are unique inside a procedure.
struct DuplicateRequirementIDCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "duplicate-requirement-id", stage: .rule,
    summary: Localized(
      vi: "hai thành phần hồ sơ (hoặc hai trường hợp) của thủ tục trùng mã",
      en: "two requirements (or two cases) of a procedure share an id"),
    rationale: Localized(
      vi: """
        Mã thành phần hồ sơ gọi tên một giấy tờ trong mọi đầu ra, ngoại lệ, mốc so sánh và bản so \
        sánh thay đổi; hai thành phần trùng mã làm tất cả những thứ đó trở nên mơ hồ.
        """,
      en: """
        Requirement ids name a paper across outputs, waivers, baselines and diffs; two with one id \
        make every one of those ambiguous.
        """),
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "  - {id: birth-notice,", with: "  - {id: ↓application,"))
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    var seen = FirstSeen()
    for (requirement, _) in procedure.allRequirements {
      let id = requirement.id
      if let first = seen.earlier(id) {
        findings.report(
          Self.self,
          findings.say(
            vi: "mã thành phần hồ sơ '\(id.value)' được dùng hai lần trong thủ tục này",
            en: "requirement id '\(id.value)' is used twice in this procedure"),
          file: procedure.file, at: id.range,
          notes: [
            DiagnosticNote(
              findings.say(vi: "dùng lần đầu ở đây", en: "first used here"),
              at: SourceLocation(file: procedure.file, range: first))
          ],
          help: findings.say(
            vi: "đặt cho mỗi thành phần hồ sơ một mã riêng", en: "give each requirement its own id"))
      }
    }
    var cases = FirstSeen()
    for item in procedure.cases {
      if let first = cases.earlier(item.id) {
        findings.report(
          Self.self,
          findings.say(
            vi: "mã trường hợp '\(item.id.value)' được dùng hai lần trong thủ tục này",
            en: "case id '\(item.id.value)' is used twice in this procedure"),
          file: procedure.file, at: item.id.range,
          notes: [
            DiagnosticNote(
              findings.say(vi: "dùng lần đầu ở đây", en: "first used here"),
              at: SourceLocation(file: procedure.file, range: first))
          ],
          help: findings.say(vi: "đặt cho mỗi trường hợp một mã riêng", en: "give each case its own id"))
      }
    }
  }
}
