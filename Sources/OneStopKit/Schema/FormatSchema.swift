/// The catalog format, version 1, as shapes: the single definition the decoder validates against,
/// `onestop schema` writes as JSON Schema, and docs/format.md's key tables are generated from
/// (`FormatDocumentation`). Each key's description and details are its text in those tables.
public enum FormatSchema {
  public static let version = 1

  // MARK: Procedure files

  static let decision = ObjectShape(
    name: "decision", title: "Decision",
    description: "The decision that announced the procedure (Số quyết định công bố).",
    fields: [
      field(
        "ref", .text(.free), required: true, "The number of the announcing decision: `163/QĐ-BTP`, `3380/QĐ-BNNMT`."),
      field("date", .text(.date), "The day the decision was signed."),
    ])

  static let processingTime = ObjectShape(
    name: "processing time", title: "ProcessingTime",
    description: "How long the channel takes: working days, hours, or text when the record gives prose.",
    fields: [
      field("working_days", .number(.nonNegative), "Working days (ngày làm việc): `{working_days: 15}`."),
      field("hours", .number(.nonNegative), "Working hours: `{hours: 4}`."),
      field("text", .localized, "The time in words, for records like \"02 tháng và 15 ngày làm việc\"."),
    ],
    exactlyOne: [["working_days", "hours", "text"]])

  static let fee = ObjectShape(
    name: "fee", title: "Fee",
    description: "The fee or charge (phí, lệ phí) of a channel: an amount, text, or both.",
    fields: [
      field(
        "amount", .number(.nonNegative), "The amount, in `currency`.", details: "Free is `{amount: 0, currency: VND}`."),
      field("currency", .text(.currency), "The ISO 4217 currency code: `VND`."),
      field(
        "text", .localized,
        "The fee as the record words it, with its exemptions (\"Miễn lệ phí cho người thuộc hộ nghèo…\").",
        details: "It may stand beside `amount`."),
    ],
    atLeastOne: [["amount", "text"]],
    dependencies: [(key: "amount", requires: ["currency"])])

  static let channel = ObjectShape(
    name: "channel", title: "Channel",
    description: "A way to file the dossier (cách thức thực hiện), with its own time and fee.",
    fields: [
      field(
        "kind", .choice(ChannelKind.allCases.map(\.rawValue)), required: true,
        "`in-person` (trực tiếp), `online` (trực tuyến) or `postal` (dịch vụ bưu chính).",
        details: "At most one channel per kind (`duplicate-channel`)."),
      field(
        "online_level", .choice(OnlineLevel.allCases.map(\.rawValue)),
        "Online channels only: `full` (toàn trình) or `partial` (một phần).",
        details:
          "The decoder accepts the key on any channel. The `online-level-misuse` check reports an online channel "
          + "without it and any other channel with it.",
        presence: "online channels: yes; others: forbidden"),
      field("processing_time", .object(processingTime), "How long this channel takes."),
      field("fee", .object(fee), "The fee or charge (phí, lệ phí) through this channel."),
    ])

  static let legalReference = ObjectShape(
    name: "legal basis", title: "LegalReference",
    description: "A legal document the procedure rests on (căn cứ pháp lý).",
    fields: [
      field(
        "ref", .text(.free), required: true,
        "The document's number: `60/2014/QH13`, `123/2015/NĐ-CP`, `79/2024/TT-BCA`."),
      field(
        "title", .localized, required: true, "The document's title: `{vi: Luật Hộ tịch, en: Law on Civil Status}`."),
      field(
        "article", .text(.free), "The article (điều), as text: `article: \"16\"`.",
        details: "Unquoted, `16` is a number and a `wrong-type` error."),
      field(
        "date", .text(.date), "The day the document was issued.",
        details: "*Not in the issue's format text: an addition of the code.*"),
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
      field(
        "code", .text(.free), required: true, "The form's code: `TK-KS`, `Mẫu CT01`, `Mẫu số 18`.",
        details: "Quote codes that look like numbers."),
      field(
        "name", .localized,
        "The form's name: `{vi: Mẫu số 18 ban hành kèm theo Nghị định số 151/2025/NĐ-CP, en: ...}`."),
    ])

  static let waiver = ObjectShape(
    name: "waiver", title: "Waiver",
    description: "An accountable waiver: the paper stays required although a connected database provides it.",
    fields: [
      field("reason", .localized, required: true, "Why the paper is still required although a database provides it."),
      field(
        "legal_basis", .text(.free), required: true,
        "The provision that requires it, as one text: `\"123/2015/NĐ-CP art. 9\"`.",
        details: "Not a legal-reference mapping."),
      field(
        "until", .text(.date), "The last day the waiver holds.",
        details: "After it, the waiver is a `waiver-expired` error and no longer keeps the paper (§6.2)."),
    ])

  static let requirement = ObjectShape(
    name: "requirement", title: "Requirement",
    description: "One paper of the dossier (thành phần hồ sơ): a paper type, or alternatives.",
    fields: [
      field(
        "id", .text(.id), required: true, "Unique inside the procedure, cases included.",
        details: "Two requirements with one id are a `duplicate-requirement-id` error."),
      field("paper", .text(.id), "The paper type, from `rules/papers.yaml`."),
      field(
        "any_of", .list(.text(.id), minItems: 2),
        "Alternatives: any one of these paper types satisfies the requirement.",
        details: "A single alternative is an `empty-list` error; write `paper:` instead."),
      field("copies", .object(copies), "How many copies to file: \"Bản chính: 1 – Bản sao: 1\"."),
      field(
        "presented", .boolean, "`true`: shown at the desk, not submitted (giấy tờ phải xuất trình).",
        default: "false"),
      field("form", .object(form), "The form template (mẫu đơn, tờ khai) when the paper is a form."),
      field(
        "keep", .object(waiver),
        "An accountable waiver: the paper stays required although a listed, connected database provides it.",
        details: "See §6.2."),
      field(
        "note", .localized,
        "A short condition or remark shown to the citizen with the paper: \"Chỉ khi cơ quan đăng ký hộ tịch không "
          + "khai thác được thông tin…\".",
        details: "*An addition of the code to the issue's format.*"),
    ],
    exactlyOne: [["paper", "any_of"]])

  static let procedureCase = ObjectShape(
    name: "case", title: "Case",
    description: "A situation (trường hợp) that adds papers to the dossier.",
    fields: [
      field(
        "id", .text(.id), required: true, "Unique among the procedure's cases.",
        details: "Two cases with one id are a `duplicate-requirement-id` error."),
      field(
        "when", .localized, required: true,
        "When the case applies.",
        details: "For example `{vi: Trường hợp trẻ em bị bỏ rơi, en: If the child was abandoned}`."),
      field(
        "papers", .list(.object(requirement), minItems: 0), required: true, "The papers the case adds.",
        details: "The list may be empty."),
    ])

  static let result = ObjectShape(
    name: "result", title: "Result",
    description: "What the procedure gives: a paper, or an update of a shared database.",
    fields: [
      field(
        "paper", .text(.id), "The paper type issued, from `rules/papers.yaml`.",
        details: "Its `result_code` is the national KQ code."),
      field(
        "digitized", .boolean, "`true`: the result is stored electronically and reusable by other procedures.",
        details: "It is what a `procedure-results` source provides (§6). `digitized` without `paper` is a "
          + "`missing-key` error.",
        default: "false"),
      field(
        "updates", .text(.id),
        "The result is an update of a shared database, from `rules/sources.yaml`: `updates: civil-status`."),
    ],
    exactlyOne: [["paper", "updates"]],
    dependencies: [(key: "digitized", requires: ["paper"])])

  public static let procedure = ObjectShape(
    name: "procedure", title: "Procedure",
    description: "One administrative procedure, in catalog/**/CODE.yaml.",
    fields: [
      field(
        "code", .text(.free), required: true,
        "The national code (`1.001193`, `3.000346`) or a local variant (`1.012753.H19`).",
        details:
          "It must match `policy.code_pattern` (`code-format`) and the file name (`code-file-mismatch`), and it is "
          + "unique in the catalog (`duplicate-code`). Quote it."),
      field("name", .localized, required: true, "The procedure's name."),
      field("decision", .object(decision), "The decision that announced the procedure (số quyết định công bố)."),
      field("field", .text(.id), required: true, "The field (lĩnh vực), from `rules/fields.yaml`."),
      field(
        "levels", .list(.text(.id), minItems: 1), required: true,
        "The competent levels (cấp thực hiện), from `rules/levels.yaml`.",
        details: "A level past its `until` at `as_of` is a `level-retired` error."),
      field("agency", .localized, "The implementing agency (cơ quan thực hiện)."),
      field(
        "subjects", .list(.text(.id), minItems: 0), "Who may file (đối tượng thực hiện), from `rules/subjects.yaml`."),
      field(
        "boundary_free", .boolean,
        "The procedure may be filed at any one-stop shop, whatever the residence (phi địa giới)."),
      field(
        "data_sources", .list(.text(.id), minItems: 0),
        "The shared databases the procedure may query, from `rules/sources.yaml`.",
        details: "Only sources listed here eliminate papers (§6)."),
      field(
        "channels", .list(.object(channel), minItems: 0), "The ways to file, one per kind.",
        details: "Two of one kind are a `duplicate-channel` error. No channel at all is reported by `missing-channel`.",
        presence: "no for the decoder"),
      field(
        "legal_basis", .list(.object(legalReference), minItems: 0), "The legal documents the procedure rests on.",
        details: "None at all is reported by `missing-legal-basis`.", presence: "no for the decoder"),
      field(
        "papers", .list(.object(requirement), minItems: 0), "The dossier every applicant files, in the order shown.",
        details:
          "It may be empty when cases hold the papers. A procedure with no paper anywhere (neither in `papers` nor in "
          + "any case) is reported by `missing-papers`.",
        presence: "no for the decoder"),
      field(
        "cases", .list(.object(procedureCase), minItems: 0),
        "The situations (trường hợp) that add papers to the dossier."),
      field("results", .list(.object(result), minItems: 1), required: true, "What the procedure gives."),
    ])

  // MARK: Bundle files

  /// A bundle file's name ends in `.bundle.yaml` (or `.bundle.yml`); every other `.yaml` under
  /// catalog/ is a procedure.
  public static func isBundlePath(_ path: String) -> Bool {
    path.hasSuffix(".bundle.yaml") || path.hasSuffix(".bundle.yml")
  }

  static let bundleStep = ObjectShape(
    name: "step", title: "BundleStep",
    description: "One step of an interconnected group: a catalog procedure, settled in list order.",
    fields: [
      field(
        "code", .text(.free), required: true, "The step procedure's code: `\"1.001193\"`.",
        details: "A code no catalog procedure has is a `bundle-unknown-step` error. Quote it."),
      field(
        "cases", .list(.text(.id), minItems: 0),
        "The step's cases the group keeps, by case id; without the key every case is kept.",
        details: "A case id the procedure does not have is a `bundle-unknown-step` error."),
    ])

  static let bundleForm = ObjectShape(
    name: "bundle form", title: "BundleForm",
    description: "The group's own form (the Decree's e-form), which replaces the steps' application forms.",
    fields: [
      field(
        "paper", .text(.id), required: true, "The form's paper type, from `rules/papers.yaml`.",
        details: "Every requirement of a step whose alternatives are all forms gives way to it (§3.14)."),
      field("form", .object(form), "The form template: `{code: Mẫu số 01, name: {...}}`."),
      field("copies", .object(copies), "How many copies to file."),
      field("note", .localized, "What the form replaces, in the legal text's words."),
    ])

  public static let bundle = ObjectShape(
    name: "bundle", title: "Bundle",
    description: "An interconnected group of procedures (liên thông), in catalog/**/ID.bundle.yaml.",
    fields: [
      field(
        "bundle", .text(.id), required: true, "The group's id: `birth-under-6`.",
        details: "It names the group's checklist, `checklists/bundles/ID.md`."),
      field("name", .localized, required: true, "The group's name."),
      field(
        "levels", .list(.text(.id), minItems: 1), required: true,
        "The levels the group runs at, from `rules/levels.yaml`.",
        details: "A step that runs at none of them is a `bundle-level-mismatch` error."),
      field(
        "legal_basis", .list(.object(legalReference), minItems: 0), "The legal documents that make the group."),
      field(
        "steps", .list(.object(bundleStep), minItems: 2), required: true,
        "The step procedures, in the order they are settled.",
        details: "A step that needs a result only a later step issues is a `bundle-step-order` error."),
      field("form", .object(bundleForm), "The group's own form, replacing the steps' application forms."),
      field(
        "channels", .list(.object(channel), minItems: 0), "The ways to file the group, with its time and fee."),
      field(
        "published", .text(.free),
        "The code of the catalog procedure that publishes the group on the national portal: `\"2.000986\"`.",
        details:
          "Its dossier is compared with the compiled one (`bundle-published-extra`, `bundle-published-missing`)."),
    ])

  // MARK: Rules files

  static let level = ObjectShape(
    name: "level", title: "Level", description: "A level of government (cấp thực hiện).",
    fields: [
      field("id", .text(.id), required: true, "The level's id."),
      field("name", .localized, required: true, "The level's name."),
      field(
        "until", .text(.date), "The last day the level exists.",
        details:
          "A procedure on a level past its `until` at `as_of` is a `level-retired` error. District stays in the file "
          + "so that connection dates and targets before 2025-07-01 can name it."),
    ])

  static let vocabularyEntry = ObjectShape(
    name: "entry", title: "Entry", description: "An id and its name.",
    fields: [
      field("id", .text(.id), required: true, "The id."),
      field(
        "name", .localized, required: true, "The name, as the national portal words it.",
        details: "Quote names that contain `, ` inside a flow mapping."),
    ])

  static let paperType = ObjectShape(
    name: "paper type", title: "PaperType", description: "A kind of paper (giấy tờ).",
    fields: [
      field("id", .text(.id), required: true, "The paper type's id."),
      field("name", .localized, required: true, "The paper's name."),
      field(
        "kind", .choice(PaperKind.allCases.map(\.rawValue)),
        "`form`: the application itself (tờ khai, đơn, phiếu), filled in for this procedure; `document`: any other "
          + "paper.",
        details:
          "A form is never eliminated, and a source that claims to provide one is a `source-provides-form` error.",
        default: "document"),
      field(
        "result_code", .text(.free),
        "The national result code (mã kết quả): `KQ.G15.000031` for the birth certificate."),
      field(
        "until", .text(.date), "The last day the paper exists.",
        details:
          "After it the paper is abolished: requiring it (`paper` or any `any_of` alternative) is a `paper-abolished` "
          + "error that names `replaced_by`."),
      field(
        "replaced_by", .text(.id), "The paper type that replaces an abolished one, from this file.",
        details: "An id this file does not define is an `unknown-reference` error."),
    ])

  static let source = ObjectShape(
    name: "source", title: "SharedSource", description: "A shared database one-stop systems can query.",
    fields: [
      field(
        "id", .text(.id), required: true,
        "The source's id, named in procedures' `data_sources` and results' `updates`."),
      field("name", .localized, required: true, "The database's name."),
      field(
        "kind", .choice(SourceKind.allCases.map(\.rawValue)),
        "`database` provides the paper types in `provides`; `procedure-results` provides every paper type that some "
          + "catalog procedure issues with `digitized: true` (the electronic results warehouse).",
        default: "database"),
      field(
        "provides", .list(.text(.id), minItems: 0), "The paper types the database holds, from `rules/papers.yaml`.",
        details:
          "A form here is a `source-provides-form` error. A `procedure-results` source has no `provides`: the decoder "
          + "accepts the key there, and the analysis ignores it."),
      field(
        "connected", .map(keys: .id, values: .text(.date), keyMeaning: "level"), required: true,
        "For each level, the day from which its one-stop system can query the source.",
        details:
          "A level missing from it is not connected. Keys must be ids (`invalid-id`) of levels in `rules/levels.yaml` "
          + "(`unknown-reference`). Values are dates. `{}` means connected nowhere."),
    ])

  static let severityMap = Shape.map(
    keys: .id, values: .choice(SeveritySetting.allCases.map(\.rawValue)), keyMeaning: "check")

  static let override = ObjectShape(
    name: "override", title: "Override", description: "Severities for files matching a glob.",
    fields: [
      field(
        "files", .list(.text(.free), minItems: 1), required: true, "Globs over paths from the root: `catalog/land/**`.",
        details: "See §5.2."),
      field("checks", severityMap, required: true, "The severities for those files."),
    ])

  static let target = ObjectShape(
    name: "target", title: "Target", description: "A share to reach by a day.",
    fields: [
      field("by", .text(.date), required: true, "The day the share is due."),
      field("percent", .number(.percent), required: true, "The share, from 0 to 100."),
      field(
        "level", .text(.id), "The level the target applies to.",
        details: "Used by `digitized_results`, where it must be a known level (`unknown-reference`)."),
    ])

  static let targets = ObjectShape(
    name: "targets", title: "Targets", description: "Decision 468's targets, reported by `onestop build`.",
    fields: [
      field(
        "not_reprovided", .list(.object(target), minItems: 0), "Share of papers citizens need not re-provide."),
      field("online_dossiers", .list(.object(target), minItems: 0), "Share of dossiers filed online."),
      field("digitized_results", .list(.object(target), minItems: 0), "Share of results digitized, per level."),
    ])

  static let policy = ObjectShape(
    name: "policy", title: "Policy", description: "rules/policy.yaml: how the catalog is judged.",
    fields: [
      field(
        "as_of", .text(.date), required: true, "The day the catalog is judged at, so that output is reproducible.",
        details: "`onestop check --as-of YYYY-MM-DD` overrides it."),
      field(
        "code_pattern", .text(.regex), required: true, "The pattern every procedure code must match (`code-format`).",
        details: "It must match the whole code, so `^`/`$` are optional."),
      field(
        "languages", .list(.text(.id), minItems: 1), required: true,
        "The languages of every localized text, primary first: `[vi, en]`."),
      field(
        "checks", severityMap, "The severity of each check, for the whole catalog.", details: "See §5.1."),
      field(
        "overrides", .list(.object(override), minItems: 0), "Severities for files matching path globs.",
        details: "Later entries win (§5.1)."),
      field("targets", .object(targets), "Targets for the report.", details: "See §5.3."),
    ])

  /// Each rules file: its path under the root, its top-level shape.
  public static let rulesFiles: [(path: String, shape: ObjectShape)] = [
    (
      "rules/levels.yaml",
      listFile("levels", level, "The levels of government, central to local: outputs follow this order.")
    ),
    ("rules/fields.yaml", listFile("fields", vocabularyEntry, "The fields (lĩnh vực).")),
    ("rules/subjects.yaml", listFile("subjects", vocabularyEntry, "Who files (đối tượng thực hiện).")),
    ("rules/papers.yaml", listFile("papers", paperType, "The paper types.")),
    ("rules/sources.yaml", listFile("sources", source, "The shared databases.")),
    ("rules/policy.yaml", policy),
  ]

  static func listFile(_ key: String, _ item: ObjectShape, _ description: String) -> ObjectShape {
    ObjectShape(
      name: "rules/\(key).yaml", title: key.prefix(1).uppercased() + key.dropFirst() + "File",
      description: description,
      fields: [field(key, .list(.object(item), minItems: 0), required: true, description)])
  }
}
