/// `duplicate-code`: each procedure code appears once in the catalog.
struct DuplicateCodeCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "duplicate-code", stage: .rule,
    summary: Localized(vi: "hai tệp thủ tục trùng mã thủ tục", en: "two procedure files have the same code"),
    rationale: Localized(
      vi: "Mỗi mã thủ tục xác định một thủ tục trên cả nước; hai tệp trùng mã công bố hai câu trả lời khác nhau.",
      en: "A code identifies one procedure nationally; two files with one code publish two answers."),
    triggering: [
      Example(
        files: [
          ("catalog/1.000001.yaml", ExampleCatalog.procedure),
          (
            "catalog/copy/1.000001.yaml",
            ExampleCatalog.procedure.replacingOccurrences(of: "code: ", with: "code: ↓")
          ),
        ])
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ catalog: Catalog, into findings: inout Findings) {
    var seen: [String: SourceLocation] = [:]
    seen.reserveCapacity(catalog.procedures.count)
    for procedure in catalog.procedures where !procedure.code.value.isEmpty {
      let code = procedure.code
      if let first = seen[code.value] {
        findings.report(
          Self.self,
          findings.say(
            vi: "mã thủ tục '\(code.value)' đã được dùng ở một tệp khác",
            en: "procedure code '\(code.value)' is used by another file"),
          file: procedure.file, at: code.range,
          notes: [DiagnosticNote(findings.say(vi: "dùng lần đầu ở đây", en: "first used here"), at: first)],
          help: findings.say(vi: "mỗi thủ tục chỉ giữ một tệp", en: "keep one file per procedure"))
      } else {
        seen[code.value] = SourceLocation(file: procedure.file, range: code.range)
      }
    }
  }
}
