import OneStopCEL

/// The types custom checks see: the catalog as docs/catalog-json.md documents it. The type checker
/// and docs/rules.md's tables both come from these declarations.
public enum CustomCheckTypes {
  /// A field of an object type, with its meaning in both languages.
  public struct Field: Sendable {
    public var name: String
    public var type: CELType
    public var optional: Bool
    public var meaning: Localized
  }

  /// An object type: its name, its meaning and its fields, in catalog.json's (sorted) key order.
  public struct Object: Sendable {
    public var name: String
    public var meaning: Localized
    public var fields: [Field]
  }

  /// A variable an expression may name, in the scopes it exists in.
  public struct Variable: Sendable {
    public var name: String
    public var type: CELType
    public var scopes: [CustomCheckScope]
    public var meaning: Localized
  }

  static let text = CELType.map(key: .string, value: .string)
  static let ids = CELType.list(.string)

  private static func field(_ name: String, _ type: CELType, optional: Bool = false, vi: String, en: String) -> Field {
    Field(name: name, type: type, optional: optional, meaning: Localized(vi: vi, en: en))
  }

  public static let variables: [Variable] = [
    Variable(
      name: "procedure", type: .object("Procedure"), scopes: CustomCheckScope.allCases,
      meaning: Localized(vi: "thủ tục đang được kiểm tra", en: "the procedure being checked")),
    Variable(
      name: "requirement", type: .object("Requirement"), scopes: [.requirement],
      meaning: Localized(vi: "thành phần hồ sơ đang được kiểm tra", en: "the requirement being checked")),
    Variable(
      name: "channel", type: .object("Channel"), scopes: [.channel],
      meaning: Localized(vi: "cách thức thực hiện đang được kiểm tra", en: "the channel being checked")),
    Variable(
      name: "result", type: .object("Result"), scopes: [.result],
      meaning: Localized(vi: "kết quả thực hiện đang được kiểm tra", en: "the result being checked")),
    Variable(
      name: "legal_basis", type: .object("LegalBasis"), scopes: [.legalBasis],
      meaning: Localized(vi: "căn cứ pháp lý đang được kiểm tra", en: "the legal reference being checked")),
    Variable(
      name: "rules", type: .object("Rules"), scopes: CustomCheckScope.allCases,
      meaning: Localized(
        vi: "danh mục dùng chung trong rules/: giấy tờ, cơ sở dữ liệu, cấp thực hiện, lĩnh vực, đối tượng",
        en: "the vocabulary of rules/: papers, sources, levels, fields, subjects")),
    Variable(
      name: "as_of", type: .string, scopes: CustomCheckScope.allCases,
      meaning: Localized(
        vi: "ngày đánh giá, dạng `YYYY-MM-DD`", en: "the day the catalog is judged at, as `YYYY-MM-DD`")),
  ]

  public static let objects: [Object] = [
    Object(
      name: "Procedure", meaning: Localized(vi: "một thủ tục hành chính", en: "an administrative procedure"),
      fields: [
        field("agency", text, optional: true, vi: "cơ quan thực hiện", en: "the implementing agency"),
        field(
          "boundary_free", .bool, optional: true, vi: "có khi tệp ghi `boundary_free`",
          en: "present when the file says `boundary_free`"),
        field("cases", .list(.object("Case")), vi: "các trường hợp", en: "the cases"),
        field("channels", .list(.object("Channel")), vi: "các cách thức thực hiện", en: "the channels"),
        field("code", .string, vi: "mã thủ tục, như `1.001193`", en: "the procedure code, such as `1.001193`"),
        field(
          "data_sources", ids, vi: "các cơ sở dữ liệu thủ tục được khai thác",
          en: "the shared databases the procedure may query"),
        field("decision", .object("Decision"), optional: true, vi: "quyết định công bố", en: "the announcing decision"),
        field("field", .string, vi: "lĩnh vực", en: "the field"),
        field("file", .string, vi: "tệp nguồn, tính từ thư mục gốc", en: "the source file, from the root"),
        field("legal_basis", .list(.object("LegalBasis")), vi: "căn cứ pháp lý", en: "the legal basis"),
        field(
          "levels", ids, vi: "các cấp thực hiện được đánh giá, theo thứ tự trong rules/levels.yaml",
          en: "the judged levels, in rules/levels.yaml order"),
        field("name", text, vi: "tên thủ tục", en: "the procedure's name"),
        field(
          "requirements", .list(.object("Requirement")),
          vi: "mọi thành phần hồ sơ: hồ sơ chung, rồi từng trường hợp",
          en: "every requirement: the common dossier, then each case's"),
        field("results", .list(.object("Result")), vi: "kết quả thực hiện", en: "the results"),
        field("subjects", ids, vi: "đối tượng thực hiện", en: "who may file"),
      ]),
    Object(
      name: "Case", meaning: Localized(vi: "một trường hợp của thủ tục", en: "a case of the procedure"),
      fields: [
        field("id", .string, vi: "mã trường hợp", en: "the case's id"),
        field("when", text, optional: true, vi: "khi nào áp dụng", en: "when it applies"),
      ]),
    Object(
      name: "Channel", meaning: Localized(vi: "một cách thức thực hiện", en: "a way to file"),
      fields: [
        field("fee", .object("Fee"), optional: true, vi: "phí, lệ phí", en: "the fee or charge"),
        field(
          "kind", .string, vi: "`in-person`, `online` hoặc `postal`", en: "`in-person`, `online` or `postal`"),
        field(
          "online_level", .string, optional: true, vi: "`full` (toàn trình) hoặc `partial` (một phần)",
          en: "`full` or `partial`"),
        field(
          "processing_time", .object("ProcessingTime"), optional: true, vi: "thời hạn giải quyết",
          en: "the processing time"),
      ]),
    Object(
      name: "ProcessingTime",
      meaning: Localized(vi: "thời hạn giải quyết: đúng một trường", en: "a processing time: exactly one field"),
      fields: [
        field("hours", .double, optional: true, vi: "số giờ làm việc", en: "working hours"),
        field("text", text, optional: true, vi: "thời hạn bằng lời", en: "the time in words"),
        field("working_days", .double, optional: true, vi: "số ngày làm việc", en: "working days"),
      ]),
    Object(
      name: "Fee", meaning: Localized(vi: "phí, lệ phí", en: "a fee or charge"),
      fields: [
        field("amount", .double, optional: true, vi: "số tiền", en: "the amount"),
        field("currency", .string, optional: true, vi: "mã tiền tệ, như `VND`", en: "the currency code, such as `VND`"),
        field("text", text, optional: true, vi: "phí, lệ phí bằng lời", en: "the fee in words"),
      ]),
    Object(
      name: "Decision", meaning: Localized(vi: "quyết định công bố", en: "the announcing decision"),
      fields: [
        field("date", .string, optional: true, vi: "ngày ký, `YYYY-MM-DD`", en: "the day it was signed, `YYYY-MM-DD`"),
        field("ref", .string, vi: "số quyết định", en: "its number"),
      ]),
    Object(
      name: "LegalBasis", meaning: Localized(vi: "một căn cứ pháp lý", en: "a legal reference"),
      fields: [
        field("article", .string, optional: true, vi: "điều", en: "the article"),
        field("date", .string, optional: true, vi: "ngày ban hành, `YYYY-MM-DD`", en: "the day it was issued"),
        field("ref", .string, vi: "số, ký hiệu văn bản, như `60/2014/QH13`", en: "its number, such as `60/2014/QH13`"),
        field("title", text, vi: "tên văn bản", en: "its title"),
      ]),
    Object(
      name: "Requirement",
      meaning: Localized(
        vi: "một thành phần hồ sơ, với kết quả đánh giá ở từng cấp", en: "a requirement, with its status at each level"),
      fields: [
        field("any_of", ids, optional: true, vi: "các loại giấy tờ thay thế nhau", en: "the alternatives"),
        field(
          "case", .string, optional: true, vi: "trường hợp (không có: hồ sơ chung)", en: "its case (absent: common)"),
        field("copies", .object("Copies"), optional: true, vi: "số lượng bản", en: "the copies"),
        field("form", .object("Form"), optional: true, vi: "mẫu đơn, tờ khai", en: "the form template"),
        field("id", .string, vi: "mã thành phần hồ sơ", en: "the requirement's id"),
        field("keep", .object("Keep"), optional: true, vi: "ngoại lệ giữ lại giấy tờ", en: "the waiver"),
        field(
          "levels", .list(.object("RequirementLevel")), vi: "kết quả ở từng cấp được đánh giá",
          en: "its status at each judged level"),
        field("note", text, optional: true, vi: "ghi chú cho người dân", en: "the note for the citizen"),
        field("paper", .string, optional: true, vi: "loại giấy tờ (khi không có `any_of`)", en: "the paper type"),
        field("presented", .bool, vi: "xuất trình thay vì nộp", en: "shown at the desk, not submitted"),
        field(
          "status", .string, vi: "`required`, `eliminated`, `partly-eliminated` hoặc `kept`",
          en: "`required`, `eliminated`, `partly-eliminated` or `kept`"),
      ]),
    Object(
      name: "Copies", meaning: Localized(vi: "số lượng bản", en: "the copies to file"),
      fields: [
        field("certified_copy", .int, optional: true, vi: "bản sao có chứng thực", en: "certified copies"),
        field("copy", .int, optional: true, vi: "bản sao", en: "plain copies"),
        field("original", .int, optional: true, vi: "bản chính", en: "originals"),
      ]),
    Object(
      name: "Form", meaning: Localized(vi: "mẫu đơn, tờ khai", en: "a form template"),
      fields: [
        field("code", .string, vi: "ký hiệu mẫu", en: "the form's code"),
        field("name", text, optional: true, vi: "tên mẫu", en: "the form's name"),
      ]),
    Object(
      name: "Keep", meaning: Localized(vi: "ngoại lệ giữ lại giấy tờ", en: "a waiver"),
      fields: [
        field("legal_basis", .string, optional: true, vi: "căn cứ pháp lý", en: "its legal basis"),
        field("reason", text, optional: true, vi: "lý do", en: "its reason"),
        field("until", .string, optional: true, vi: "hết hiệu lực sau ngày", en: "the last day it holds"),
      ]),
    Object(
      name: "RequirementLevel", meaning: Localized(vi: "kết quả ở một cấp", en: "the status at one level"),
      fields: [
        field("level", .string, vi: "cấp thực hiện", en: "the level"),
        field(
          "provided_by", .list(.object("Provision")), vi: "cơ sở dữ liệu đã có giấy tờ ở cấp này",
          en: "the sources that provide the paper there"),
        field("status", .string, vi: "`eliminated` hoặc `required`", en: "`eliminated` or `required`"),
      ]),
    Object(
      name: "Provision", meaning: Localized(vi: "một nguồn khai thác giấy tờ", en: "a source providing a paper"),
      fields: [
        field("paper", .string, vi: "loại giấy tờ", en: "the paper type"),
        field("since", .string, vi: "ngày kết nối ở cấp này", en: "the day the level was connected"),
        field("source", .string, vi: "cơ sở dữ liệu", en: "the source"),
      ]),
    Object(
      name: "Result", meaning: Localized(vi: "một kết quả thực hiện", en: "a result of the procedure"),
      fields: [
        field("digitized", .bool, optional: true, vi: "đã số hóa (khi có `paper`)", en: "digitized (with `paper`)"),
        field("paper", .string, optional: true, vi: "giấy tờ được cấp", en: "the paper issued"),
        field(
          "updates", .string, optional: true, vi: "cơ sở dữ liệu được cập nhật", en: "the shared database updated"),
      ]),
    Object(
      name: "Rules", meaning: Localized(vi: "danh mục dùng chung trong rules/", en: "the vocabulary of rules/"),
      fields: [
        field("fields", .map(key: .string, value: .object("Entry")), vi: "lĩnh vực, theo mã", en: "fields, by id"),
        field("levels", .list(.object("Level")), vi: "cấp thực hiện, từ trung ương", en: "levels, central first"),
        field("papers", .map(key: .string, value: .object("Paper")), vi: "loại giấy tờ, theo mã", en: "papers, by id"),
        field(
          "sources", .map(key: .string, value: .object("Source")), vi: "cơ sở dữ liệu dùng chung, theo mã",
          en: "shared sources, by id"),
        field(
          "subjects", .map(key: .string, value: .object("Entry")), vi: "đối tượng thực hiện, theo mã",
          en: "subjects, by id"),
      ]),
    Object(
      name: "Entry", meaning: Localized(vi: "một mục danh mục", en: "a vocabulary entry"),
      fields: [
        field("id", .string, vi: "mã", en: "its id"),
        field("name", text, vi: "tên", en: "its name"),
      ]),
    Object(
      name: "Level", meaning: Localized(vi: "một cấp thực hiện", en: "a level"),
      fields: [
        field("id", .string, vi: "mã", en: "its id"),
        field("name", text, vi: "tên", en: "its name"),
        field("until", .string, optional: true, vi: "ngày cuối cùng cấp còn tồn tại", en: "its last day"),
      ]),
    Object(
      name: "Paper", meaning: Localized(vi: "một loại giấy tờ", en: "a paper type"),
      fields: [
        field("id", .string, vi: "mã", en: "its id"),
        field("kind", .string, vi: "`form` hoặc `document`", en: "`form` or `document`"),
        field("name", text, vi: "tên", en: "its name"),
        field("replaced_by", .string, optional: true, vi: "giấy tờ thay thế", en: "the paper replacing it"),
        field("result_code", .string, optional: true, vi: "mã kết quả", en: "its result code"),
        field("until", .string, optional: true, vi: "ngày cuối cùng còn hiệu lực", en: "its last day"),
      ]),
    Object(
      name: "Source", meaning: Localized(vi: "một cơ sở dữ liệu dùng chung", en: "a shared source"),
      fields: [
        field(
          "connected", .map(key: .string, value: .string), vi: "ngày kết nối theo từng cấp",
          en: "the day each level was connected"),
        field("id", .string, vi: "mã", en: "its id"),
        field("kind", .string, vi: "`database` hoặc `procedure-results`", en: "`database` or `procedure-results`"),
        field("name", text, vi: "tên", en: "its name"),
        field("provides", ids, optional: true, vi: "các loại giấy tờ có trong đó", en: "the papers it holds"),
      ]),
  ]
}
