/// `unused-paper-type`: a paper type no procedure requires or issues and no group asks as its form.
struct UnusedPaperTypeCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "unused-paper-type", severity: .info, stage: .rule,
    summary: Localized(
      vi: "loại giấy tờ không được thủ tục nào yêu cầu hay cấp",
      en: "paper type is neither required nor issued by any procedure"),
    rationale: Localized(
      vi: """
        Một mục trong danh mục không được dùng ở đâu thường là phần còn sót lại của một giấy tờ đã \
        đổi mã; loại giấy tờ đã bị bãi bỏ và loại giấy tờ được nêu là giấy tờ thay thế được giữ có \
        chủ ý và không bị báo.
        """,
      en: """
        A vocabulary entry nothing uses is often a leftover of a renamed paper; abolished paper types \
        and those named as a replacement are kept on purpose and not reported.
        """),
    triggering: [
      Example(
        files: [
          ("catalog/1.000001.yaml", ExampleCatalog.procedure),
          ("rules/papers.yaml", usedPapers + "\n  - {id: ↓passport, name: {vi: Hộ chiếu, en: Passport}}"),
        ])
    ],
    nonTriggering: [
      Example(
        files: [
          ("catalog/1.000001.yaml", ExampleCatalog.procedure),
          ("rules/papers.yaml", usedPapers),
        ]),
      // A form only an interconnected group asks (its `form:`) is used.
      Example(
        files: [
          ("catalog/1.000001.yaml", ExampleCatalog.procedure),
          ("catalog/group.bundle.yaml", groupWithOwnForm),
          (
            "rules/papers.yaml",
            usedPapers + "\n  - {id: group-form, name: {vi: Tờ khai liên thông, en: Group form}, kind: form}"
          ),
        ]),
    ])

  /// A group of one step whose own form no procedure asks.
  private static let groupWithOwnForm = """
    bundle: group
    name: {vi: Liên thông, en: Group}
    levels: [commune]
    steps:
      - code: "1.000001"
    form: {paper: group-form, copies: {original: 1}}
    """

  /// The example procedure's paper types, each of them used.
  private static let usedPapers = """
    papers:
      - {id: birth-registration-form, name: {vi: Tờ khai, en: Form}, kind: form}
      - {id: birth-notice, name: {vi: Giấy chứng sinh, en: Birth notice}}
      - {id: birth-certificate, name: {vi: Giấy khai sinh, en: Birth certificate}}
    """

  func check(_ catalog: Catalog, into findings: inout Findings) {
    let replacements = Set(catalog.rules.papers.compactMap { $0.replacedBy?.value })
    // The paper types that could be reported, struck off as procedures use them: a national
    // catalog uses every one within its first few hundred procedures, and the rest are not read.
    var unused = Set(
      catalog.rules.papers.filter { $0.until == nil && !replacements.contains($0.id.value) }.map(\.id.value))
    for procedure in catalog.procedures {
      if unused.isEmpty { break }
      for (requirement, _) in procedure.allRequirements {
        for paper in requirement.alternatives { unused.remove(paper.value) }
      }
      for case .paper(let paper, _) in procedure.results { unused.remove(paper.value) }
    }
    for bundle in catalog.bundles {
      if let form = bundle.form { unused.remove(form.paper.value) }
    }
    for paper in catalog.rules.papers where unused.contains(paper.id.value) {
      findings.report(
        Self.self,
        findings.say(
          vi: "loại giấy tờ \(catalog.viQuoted(paper.id.value, .paper)) không được thủ tục nào sử dụng",
          en: "paper type '\(paper.id.value)' is not used by any procedure"),
        file: paper.file, at: paper.id.range,
        help: findings.say(
          vi: "xóa loại giấy tờ này, hoặc yêu cầu nó ở thủ tục mà hồ sơ đã công bố có nêu giấy tờ này",
          en: "remove it, or require it where the record asks for it"))
    }
  }
}
