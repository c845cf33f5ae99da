/// What the checks on interconnected groups share: the example group their examples lay over the
/// example catalog, and the phrases that name a group, a step and a paper.
enum BundleExamples {
  /// A second step: residence registration, which asks the birth certificate step 1 issues.
  static let residence = """
    code: "1.000002"
    name: {vi: Đăng ký thường trú, en: Permanent residence registration}
    field: residence
    levels: [commune]
    data_sources: [population]
    channels:
      - {kind: in-person, processing_time: {working_days: 7}, fee: {amount: 0, currency: VND}}
    legal_basis:
      - {ref: 68/2020/QH14, title: {vi: Luật Cư trú, en: Law on Residence}}
    papers:
      - {id: declaration, paper: birth-registration-form, copies: {original: 1}}
      - {id: kinship, paper: birth-certificate, copies: {copy: 1}}
    cases:
      - id: married
        when: {vi: Trường hợp đã kết hôn, en: If married}
        papers:
          - {id: marriage, paper: marriage-certificate, copies: {original: 1}}
    results:
      - {paper: residence-confirmation}
    """

  /// The group of steps 1.000001 then 1.000002, with its own form.
  static let bundle = """
    bundle: group
    name: {vi: "Liên thông khai sinh, thường trú", en: Birth and residence}
    levels: [commune]
    steps:
      - code: "1.000001"
      - code: "1.000002"
    form: {paper: birth-registration-form, copies: {original: 1}}
    """

  /// The group as the portal might publish it, asking what the compiled dossier asks.
  static let published = """
    code: "1.000003"
    name: {vi: "Liên thông khai sinh, thường trú", en: Birth and residence}
    field: civil-status
    levels: [commune]
    channels:
      - {kind: in-person, processing_time: {working_days: 8}, fee: {amount: 0, currency: VND}}
    legal_basis:
      - {ref: 60/2014/QH13, title: {vi: Luật Hộ tịch, en: Law on Civil Status}}
    papers:
      - {id: form, paper: birth-registration-form, copies: {original: 1}}
      - {id: birth-notice, paper: birth-notice, copies: {original: 1}}
    cases:
      - id: married
        when: {vi: Trường hợp đã kết hôn, en: If married}
        papers:
          - {id: marriage, paper: marriage-certificate, copies: {original: 1}}
    results:
      - {paper: birth-certificate}
    """

  static let bundlePath = "catalog/group.bundle.yaml"

  /// The example files: the two steps, the group (changed by `bundle`) and any others.
  static func files(bundle: String = BundleExamples.bundle, _ others: [(String, String)] = []) -> Example {
    Example(
      files: [
        ("catalog/1.000001.yaml", ExampleCatalog.procedure), ("catalog/1.000002.yaml", residence),
        (bundlePath, bundle),
      ] + others)
  }

  /// Each group whose `published` procedure the catalog has, with that procedure and the
  /// comparison of its dossier with the group's compiled one: what the two `bundle-published-*`
  /// checks read.
  static func publishedComparisons(_ catalog: Catalog) -> [(
    bundle: ProcedureBundle, code: Located<String>, published: Procedure, comparison: BundleCompilation.Comparison
  )] {
    guard catalog.bundles.contains(where: { $0.published != nil }) else { return [] }
    let byCode = BundleCompilation.index(catalog.procedures)
    return catalog.bundles.compactMap { bundle in
      guard let code = bundle.published, let published = byCode[code.value] else { return nil }
      let compilation = BundleCompilation.compile(bundle, in: catalog, procedures: byCode)
      return (bundle, code, published, compilation.compare(with: published, in: catalog))
    }
  }

  /// `group 'birth-under-6'`
  static func group(_ bundle: ProcedureBundle, _ findings: Findings) -> String {
    findings.say(vi: "nhóm thủ tục liên thông '\(bundle.id.value)'", en: "group '\(bundle.id.value)'")
  }

  /// `'household-book' (Sổ hộ khẩu)`: a requirement with its first paper type's name.
  static func paper(_ requirement: Requirement, in catalog: Catalog, _ findings: Findings) -> String {
    let id = requirement.id.value
    guard let first = requirement.alternatives.first?.value,
      let name = catalog.name(of: first, in: .paper, findings.language)
    else { return "'\(id)'" }
    return "'\(id)' (\(name))"
  }
}
