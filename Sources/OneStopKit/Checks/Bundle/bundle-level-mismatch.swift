/// `bundle-level-mismatch`: every step of a group runs at one of the group's levels.
struct BundleLevelMismatchCheck: CatalogCheck {
  static let description = CheckDescription(
    id: "bundle-level-mismatch", stage: .rule,
    summary: Localized(
      vi: "bước của nhóm thủ tục liên thông không thực hiện ở cấp nào của nhóm",
      en: "a group's step runs at none of the group's levels"),
    rationale: Localized(
      vi: """
        Hồ sơ liên thông được tiếp nhận ở cấp của nhóm và chuyển cho từng bước; một bước không thực hiện ở \
        cấp nào của nhóm thì không có cơ quan nào ở cấp đó nhận giải quyết.
        """,
      en: """
        A group's dossier is received at the group's levels and passed to each step; a step that runs at \
        none of them has no authority there to settle it.
        """),
    triggering: [
      BundleExamples.files(
        bundle: BundleExamples.bundle.replacingOccurrences(of: "levels: [commune]", with: "levels: [provincial]")
          .replacingOccurrences(of: "code: \"1.000001\"", with: "code: ↓\"1.000001\"")
          .replacingOccurrences(of: "code: \"1.000002\"", with: "code: ↓\"1.000002\""))
    ],
    nonTriggering: [
      BundleExamples.files(
        bundle: BundleExamples.bundle.replacingOccurrences(
          of: "levels: [commune]", with: "levels: [provincial, commune]"))
    ])

  func check(_ catalog: Catalog, into findings: inout Findings) {
    guard !catalog.bundles.isEmpty else { return }
    let byCode = BundleCompilation.index(catalog.procedures)
    for bundle in catalog.bundles {
      let levels = Set(bundle.levels.map(\.value))
      for step in bundle.steps {
        guard let procedure = byCode[step.code.value], !procedure.levels.isEmpty else { continue }
        guard !procedure.levels.contains(where: { levels.contains($0.value) }) else { continue }
        let names = procedure.levels.map { level in
          catalog.name(of: level.value, in: .level, findings.language).map { "'\(level.value)' (\($0))" }
            ?? "'\(level.value)'"
        }.joined(separator: ", ")
        findings.report(
          Self.self,
          findings.say(
            vi: "bước '\(step.code.value)' chỉ thực hiện ở \(names), không có cấp nào của "
              + BundleExamples.group(bundle, findings),
            en: "step '\(step.code.value)' runs only at \(names), none of the levels of "
              + BundleExamples.group(bundle, findings)),
          file: bundle.file, at: step.code.range,
          help: findings.say(
            vi: "thêm vào `levels` của nhóm một cấp mà bước thực hiện, hoặc bỏ bước này",
            en: "add a level the step runs at to the group's `levels`, or remove the step"))
      }
    }
  }
}
