/// `missing-papers`: a procedure asks for something, or says what each case asks for.
struct MissingPapersCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "missing-papers", stage: .rule,
    summary: Localized(
      vi: "thủ tục không có thành phần hồ sơ nào, cả trong `papers` lẫn trong các trường hợp",
      en: "procedure lists no paper, neither in `papers` nor in a case"),
    rationale: Localized(
      vi: """
        Mọi thủ tục được công bố đều có thành phần hồ sơ, ít nhất là đơn, tờ khai; thủ tục không có \
        thành phần hồ sơ nào hầu như luôn là tệp bị soạn dở.
        """,
      en: """
        Every published procedure has a dossier (thành phần hồ sơ), at least its application; a \
        procedure with none is almost always a file cut short.
        """),
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of:
            "papers:\n  - {id: application, paper: birth-registration-form, copies: {original: 1}}\n  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}",
          with: "↓papers: []"))
    ],
    nonTriggering: [
      Example(ExampleCatalog.procedure),
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of:
            "papers:\n  - {id: application, paper: birth-registration-form, copies: {original: 1}}\n  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}",
          with: """
            papers: []
            cases:
              - id: in-hospital
                when: {vi: Trẻ sinh tại cơ sở y tế, en: Child born in a health facility}
                papers:
                  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}
            """)),
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    if procedure.papers.isEmpty && procedure.cases.allSatisfy({ $0.papers.isEmpty }) {
      // A file whose code is missing or was refused still gets the finding, without an empty name.
      let code = procedure.code.value
      findings.report(
        Self.self,
        findings.say(
          vi: "\(code.isEmpty ? "thủ tục này" : "thủ tục '\(code)'") chưa có thành phần hồ sơ nào",
          en: "\(code.isEmpty ? "this procedure" : "procedure '\(code)'") lists no paper"),
        file: procedure.file, at: procedure.papersRange ?? SourceRange(at: procedure.range.start),
        help: findings.say(
          vi: "thêm thành phần hồ sơ vào `papers:`, hoặc vào `cases:` theo từng trường hợp",
          en: "add the dossier under `papers:`, or under the `cases:` it depends on"))
    }
  }
}
