/// `duplicate-id`: each id is defined once in rules/.
struct DuplicateIDCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "duplicate-id", stage: .rule,
    summary: Localized(
      vi: "một mã được khai báo hai lần trong tệp quy tắc", en: "an id is defined twice in a rules file"),
    rationale: Localized(
      vi: "Hai khai báo của cùng một mã làm mọi chỗ dùng mã đó trở nên mơ hồ; OneStop dùng khai báo thứ nhất.",
      en: "Two definitions of one id leave every reference to it ambiguous; the first one is used."),
    triggering: [
      Example(
        files: [
          (
            "rules/fields.yaml",
            "fields:\n  - {id: civil-status, name: {vi: Hộ tịch, en: Civil status}}\n  - {id: ↓civil-status, name: {vi: Hộ tịch, en: Civil status}}\n"
          )
        ])
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ catalog: Catalog, into findings: inout Findings) {
    let rules = catalog.rules
    report(rules.levels.map { ($0.id, $0.file) }, ("cấp thực hiện", "level"), &findings)
    report(rules.fields.map { ($0.id, $0.file) }, ("lĩnh vực", "field"), &findings)
    report(rules.subjects.map { ($0.id, $0.file) }, ("đối tượng thực hiện", "subject"), &findings)
    report(rules.papers.map { ($0.id, $0.file) }, ("loại giấy tờ", "paper type"), &findings)
    report(rules.sources.map { ($0.id, $0.file) }, ("cơ sở dữ liệu dùng chung", "shared database"), &findings)
  }

  private func report(
    _ ids: [(Located<String>, String)], _ kind: (vi: String, en: String), _ findings: inout Findings
  ) {
    var seen: [String: SourceLocation] = [:]
    for (id, file) in ids {
      if let first = seen[id.value] {
        findings.report(
          Self.self,
          findings.say(
            vi: "\(kind.vi) '\(id.value)' được khai báo hai lần", en: "\(kind.en) '\(id.value)' is defined twice"),
          file: file, at: id.range,
          notes: [DiagnosticNote(findings.say(vi: "khai báo lần đầu ở đây", en: "first defined here"), at: first)],
          help: findings.say(vi: "xóa hoặc đổi mã một trong hai", en: "remove or rename one of the two"))
      } else {
        seen[id.value] = SourceLocation(file: file, range: id.range)
      }
    }
  }
}
