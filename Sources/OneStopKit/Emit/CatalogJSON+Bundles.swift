/// catalog.json's `bundles`: each interconnected group with its compiled dossier per level
/// (docs/catalog-json.md, "Bundle").
extension CatalogJSON {
  struct BundleStepJSON: Encodable {
    var code: String
    var cases: [String]?
  }

  struct BundleFormJSON: Encodable {
    var paper: String
    var form: FormJSON?
    var copies: CopiesJSON?
    var note: Text?
  }

  struct StepPaperJSON: Encodable {
    var step: Int
    var paper: String
  }

  struct StepRequirementJSON: Encodable {
    var step: Int
    var requirement: String
  }

  struct BundlePaperJSON: Encodable {
    var step: Int
    var code: String
    var requirement: String
    var `case`: String?
    var papers: [String]
    var status: BundleCompilation.Status
    var produced_by: StepPaperJSON?
    var merged_into: StepRequirementJSON?
    var serves: [Int]?
    var copies: CopiesJSON?
    var presented: Bool
    var provided_by: [ProvisionJSON]?
  }

  struct CountsJSON: Encodable {
    var common: Int
    var all: Int
  }

  struct BundleLevelJSON: Encodable {
    var level: String
    var papers: [BundlePaperJSON]
    var one_by_one: CountsJSON
    var through_group: CountsJSON
  }

  struct BundleJSON: Encodable {
    var id: String
    var file: String
    var name: Text?
    var levels: [BundleLevelJSON]
    var steps: [BundleStepJSON]
    var form: BundleFormJSON?
    var channels: [ChannelJSON]
    var legal_basis: [LegalJSON]
    var published: String?
  }

  static func copies(_ copies: Copies?) -> CopiesJSON? {
    copies.map { CopiesJSON(original: $0.original, certified_copy: $0.certifiedCopy, copy: $0.copy) }
  }

  static func bundle(_ compilation: BundleCompilation) -> BundleJSON {
    let bundle = compilation.bundle
    // The channels as a procedure's: its encoder, on a procedure holding them alone.
    var holder = Procedure(file: bundle.file, range: bundle.range, code: bundle.id)
    holder.channels = bundle.channels
    let channels = procedure(holder, EliminationAnalysis.ProcedureResult(code: "", levels: [], requirements: []))
      .channels
    let levels = compilation.levels.map { level in
      let hasForm = bundle.form != nil
      return BundleLevelJSON(
        level: level.level,
        papers: level.papers.map { paper in
          BundlePaperJSON(
            step: paper.step + 1, code: paper.code, requirement: paper.requirement.id.value, case: paper.caseID,
            papers: paper.paperTypes, status: paper.status,
            produced_by: paper.producedBy.map { StepPaperJSON(step: $0.step + 1, paper: $0.paper) },
            merged_into: paper.mergedInto.map {
              StepRequirementJSON(
                step: level.papers[$0].step + 1, requirement: level.papers[$0].requirement.id.value)
            },
            serves: paper.status == .asked ? paper.serves.map { $0 + 1 } : nil,
            copies: paper.status == .asked ? copies(paper.copies) : copies(paper.requirement.copies),
            presented: paper.presented,
            provided_by: paper.status == .eliminated
              ? paper.provisions.map { ProvisionJSON(source: $0.source, paper: $0.paper, since: $0.since) } : nil)
        },
        one_by_one: CountsJSON(common: level.aloneCommonPerStep.reduce(0, +), all: level.alonePerStep.reduce(0, +)),
        through_group: CountsJSON(
          common: level.askedCount(hasForm: hasForm, commonOnly: true), all: level.askedCount(hasForm: hasForm)))
    }
    return BundleJSON(
      id: bundle.id.value, file: bundle.file, name: text(bundle.name), levels: levels,
      steps: bundle.steps.map { BundleStepJSON(code: $0.code.value, cases: $0.cases?.map(\.value)) },
      form: bundle.form.map {
        BundleFormJSON(
          paper: $0.paper.value, form: $0.form.map { FormJSON(code: $0.code, name: text($0.name)) },
          copies: copies($0.copies), note: text($0.note))
      },
      channels: channels,
      legal_basis: bundle.legalBasis.map {
        LegalJSON(ref: $0.ref.value, title: text($0.title), article: $0.article, date: $0.date)
      },
      published: bundle.published?.value)
  }

  /// The `bundles` member, after `as_of` in key order.
  static func bundlesMember(_ catalog: Catalog) -> String {
    "  \"bundles\" : " + fragment(BundleCompilation.compileAll(catalog).map(bundle), indent: 2) + ",\n"
  }
}
