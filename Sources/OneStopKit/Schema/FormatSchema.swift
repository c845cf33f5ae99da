/// The catalog format, version 1, as shapes: the single definition the decoder validates against
/// and `onestop schema` writes as JSON Schema. docs/format.md describes the same keys in prose.
public enum FormatSchema {
  public static let version = 1

  // MARK: Procedure files

  static let decision = ObjectShape(
    name: "decision", title: "Decision",
    description: "The decision that announced the procedure (Số quyết định công bố).",
    fields: [
      field("ref", .text(.free), required: true, "Number of the announcing decision, e.g. 163/QĐ-BTP."),
      field("date", .text(.date), "Day the decision was signed, YYYY-MM-DD."),
    ])

  static let processingTime = ObjectShape(
    name: "processing time", title: "ProcessingTime",
    description: "How long the channel takes: working days, hours, or text when the record gives prose.",
    fields: [
      field("working_days", .number(.nonNegative), "Working days (ngày làm việc)."),
      field("hours", .number(.nonNegative), "Working hours."),
      field("text", .localized, "The time in words, for records like \"02 tháng và 15 ngày làm việc\"."),
    ],
    exactlyOne: [["working_days", "hours", "text"]])

  static let fee = ObjectShape(
    name: "fee", title: "Fee",
    description: "The fee or charge (phí, lệ phí) of a channel: an amount, text, or both.",
    fields: [
      field("amount", .number(.nonNegative), "The amount, in `currency`."),
      field("currency", .text(.currency), "ISO 4217 currency code, VND."),
      field("text", .localized, "The fee as the record words it, with its exemptions."),
    ],
    atLeastOne: [["amount", "text"]],
    dependencies: [(key: "amount", requires: ["currency"])])

  static let channel = ObjectShape(
    name: "channel", title: "Channel",
    description: "A way to file the dossier (cách thức thực hiện), with its own time and fee.",
    fields: [
      field(
        "kind", .choice(ChannelKind.allCases.map(\.rawValue)), required: true,
        "in-person (trực tiếp), online (trực tuyến) or postal (dịch vụ bưu chính)."),
      field(
        "online_level", .choice(OnlineLevel.allCases.map(\.rawValue)),
        "Online channels only: full (toàn trình) or partial (một phần)."),
      field("processing_time", .object(processingTime), "Processing time through this channel."),
      field("fee", .object(fee), "Fee through this channel."),
    ])

  static let legalReference = ObjectShape(
    name: "legal basis", title: "LegalReference",
    description: "A legal document the procedure rests on (căn cứ pháp lý).",
    fields: [
      field("ref", .text(.free), required: true, "The document's number, e.g. 60/2014/QH13."),
      field("title", .localized, required: true, "The document's title."),
      field("article", .text(.free), "Article (điều), as text: \"16\"."),
      field("date", .text(.date), "Day the document was issued."),
    ])

  static let copies = ObjectShape(
    name: "copies", title: "Copies",
    description: "How many copies to file: Bản chính (original), bản sao có chứng thực, bản sao.",
    fields: [
      field("original", .number(.count), "Originals (bản chính)."),
      field("certified_copy", .number(.count), "Certified copies (bản sao có chứng thực)."),
      field("copy", .number(.count), "Plain copies (bản sao)."),
    ],
    atLeastOne: [["original", "certified_copy", "copy"]])

  static let form = ObjectShape(
    name: "form", title: "FormTemplate",
    description: "The form template to fill in (mẫu đơn, tờ khai).",
    fields: [
      field("code", .text(.free), required: true, "The form's code, e.g. TK-KS or Mẫu CT01."),
      field("name", .localized, "The form's name."),
    ])

  static let waiver = ObjectShape(
    name: "waiver", title: "Waiver",
    description: "An accountable waiver: the paper stays required although a connected database provides it.",
    fields: [
      field("reason", .localized, required: true, "Why the paper is still required."),
      field("legal_basis", .text(.free), required: true, "The provision that requires it, e.g. 123/2015/NĐ-CP art. 9."),
      field("until", .text(.date), "Last day the waiver holds; past it the waiver is an error."),
    ])

  static let requirement = ObjectShape(
    name: "requirement", title: "Requirement",
    description: "One paper of the dossier (thành phần hồ sơ): a paper type, or alternatives.",
    fields: [
      field("id", .text(.id), required: true, "Unique inside the procedure, cases included."),
      field("paper", .text(.id), "The paper type, an id from rules/papers.yaml."),
      field("any_of", .list(.text(.id), minItems: 2), "Alternatives: any one of these paper types."),
      field("copies", .object(copies), "How many copies to file."),
      field("presented", .boolean, "Shown at the desk, not submitted (giấy tờ phải xuất trình)."),
      field("form", .object(form), "The form template, when the paper is a form."),
      field("keep", .object(waiver), "Keep the paper although a database provides it."),
      field("note", .localized, "A condition or remark shown with the paper."),
    ],
    exactlyOne: [["paper", "any_of"]])

  static let procedureCase = ObjectShape(
    name: "case", title: "Case",
    description: "A situation (trường hợp) that adds papers to the dossier.",
    fields: [
      field("id", .text(.id), required: true, "Unique inside the procedure."),
      field("when", .localized, required: true, "When the case applies."),
      field("papers", .list(.object(requirement), minItems: 0), required: true, "The papers the case adds."),
    ])

  static let result = ObjectShape(
    name: "result", title: "Result",
    description: "What the procedure gives: a paper, or an update of a shared database.",
    fields: [
      field("paper", .text(.id), "The paper type issued, an id from rules/papers.yaml."),
      field("digitized", .boolean, "Stored electronically and reusable by other procedures."),
      field("updates", .text(.id), "The shared database the result updates, an id from rules/sources.yaml."),
    ],
    exactlyOne: [["paper", "updates"]],
    dependencies: [(key: "digitized", requires: ["paper"])])

  public static let procedure = ObjectShape(
    name: "procedure", title: "Procedure",
    description: "One administrative procedure, in catalog/**/CODE.yaml.",
    fields: [
      field("code", .text(.free), required: true, "National code (1.001193) or local variant (1.012753.H19)."),
      field("name", .localized, required: true, "The procedure's name."),
      field("decision", .object(decision), "The announcing decision."),
      field("field", .text(.id), required: true, "The field (lĩnh vực), an id from rules/fields.yaml."),
      field("levels", .list(.text(.id), minItems: 1), required: true, "Competent levels, ids from rules/levels.yaml."),
      field("agency", .localized, "The implementing agency."),
      field("subjects", .list(.text(.id), minItems: 0), "Who may file, ids from rules/subjects.yaml."),
      field("boundary_free", .boolean, "May be filed at any one-stop shop, whatever the residence."),
      field("data_sources", .list(.text(.id), minItems: 0), "Shared databases it may query, from rules/sources.yaml."),
      field("channels", .list(.object(channel), minItems: 0), "Ways to file, one per kind."),
      field("legal_basis", .list(.object(legalReference), minItems: 0), "Legal documents it rests on."),
      field("papers", .list(.object(requirement), minItems: 0), "The dossier every applicant files."),
      field("cases", .list(.object(procedureCase), minItems: 0), "Situations that add papers."),
      field("results", .list(.object(result), minItems: 1), required: true, "What the procedure gives."),
    ])

  // MARK: Rules files

  static let level = ObjectShape(
    name: "level", title: "Level", description: "A level of government (cấp thực hiện).",
    fields: [
      field("id", .text(.id), required: true, "The level's id."),
      field("name", .localized, required: true, "The level's name."),
      field("until", .text(.date), "Last day the level exists (district: 2025-06-30)."),
    ])

  static let vocabularyEntry = ObjectShape(
    name: "entry", title: "Entry", description: "An id and its name.",
    fields: [
      field("id", .text(.id), required: true, "The id."),
      field("name", .localized, required: true, "The name."),
    ])

  static let paperType = ObjectShape(
    name: "paper type", title: "PaperType", description: "A kind of paper (giấy tờ).",
    fields: [
      field("id", .text(.id), required: true, "The paper type's id."),
      field("name", .localized, required: true, "The paper's name."),
      field(
        "kind", .choice(PaperKind.allCases.map(\.rawValue)),
        "form (the application itself: never eliminated) or document (the default)."),
      field("result_code", .text(.free), "The national result code, KQ.G15.000031."),
      field("until", .text(.date), "Last day the paper exists; requiring it later is an error."),
      field("replaced_by", .text(.id), "The paper type that replaces an abolished one."),
    ])

  static let source = ObjectShape(
    name: "source", title: "SharedSource", description: "A shared database one-stop systems can query.",
    fields: [
      field("id", .text(.id), required: true, "The source's id."),
      field("name", .localized, required: true, "The database's name."),
      field(
        "kind", .choice(SourceKind.allCases.map(\.rawValue)),
        "database (the default) or procedure-results (every digitized result of the catalog)."),
      field("provides", .list(.text(.id), minItems: 0), "Paper types the database holds."),
      field(
        "connected", .map(keys: .id, values: .text(.date), keyMeaning: "level"), required: true,
        "Level id -> the day from which that level can query it; a level missing is not connected."),
    ])

  static let severityMap = Shape.map(
    keys: .id, values: .choice(SeveritySetting.allCases.map(\.rawValue)), keyMeaning: "check")

  static let override = ObjectShape(
    name: "override", title: "Override", description: "Severities for files matching a glob.",
    fields: [
      field(
        "files", .list(.text(.free), minItems: 1), required: true, "Globs over paths from the root: catalog/land/**."),
      field("checks", severityMap, required: true, "Check id -> error, warning, info or off."),
    ])

  static let target = ObjectShape(
    name: "target", title: "Target", description: "A share to reach by a day.",
    fields: [
      field("by", .text(.date), required: true, "The day the share is due."),
      field("percent", .number(.percent), required: true, "The share, in percent."),
      field("level", .text(.id), "The level it applies to (digitized results)."),
    ])

  static let targets = ObjectShape(
    name: "targets", title: "Targets", description: "Decision 468's targets, reported by `onestop build`.",
    fields: [
      field("not_reprovided", .list(.object(target), minItems: 0), "Share of papers citizens need not re-provide."),
      field("online_dossiers", .list(.object(target), minItems: 0), "Share of dossiers filed online."),
      field("digitized_results", .list(.object(target), minItems: 0), "Share of results digitized, per level."),
    ])

  static let policy = ObjectShape(
    name: "policy", title: "Policy", description: "rules/policy.yaml: how the catalog is judged.",
    fields: [
      field("as_of", .text(.date), required: true, "The day the catalog is judged at; --as-of overrides it."),
      field("code_pattern", .text(.regex), required: true, "Regular expression every procedure code must match."),
      field("languages", .list(.text(.id), minItems: 1), required: true, "Languages of every text, primary first."),
      field("checks", severityMap, "Check id -> error, warning, info or off."),
      field("overrides", .list(.object(override), minItems: 0), "Severities per path glob, later ones win."),
      field("targets", .object(targets), "Targets for the report."),
    ])

  /// Each rules file: its path under the root, its top-level shape.
  public static let rulesFiles: [(path: String, shape: ObjectShape)] = [
    ("rules/levels.yaml", listFile("levels", level, "Levels of government, central to local.")),
    ("rules/fields.yaml", listFile("fields", vocabularyEntry, "Fields (lĩnh vực).")),
    ("rules/subjects.yaml", listFile("subjects", vocabularyEntry, "Who files (đối tượng thực hiện).")),
    ("rules/papers.yaml", listFile("papers", paperType, "Paper types.")),
    ("rules/sources.yaml", listFile("sources", source, "Shared databases.")),
    ("rules/policy.yaml", policy),
  ]

  static func listFile(_ key: String, _ item: ObjectShape, _ description: String) -> ObjectShape {
    ObjectShape(
      name: "rules/\(key).yaml", title: key.prefix(1).uppercased() + key.dropFirst() + "File",
      description: description,
      fields: [field(key, .list(.object(item), minItems: 0), required: true, description)])
  }
}
