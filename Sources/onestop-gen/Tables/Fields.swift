// Data: the fields of rules/fields.yaml, each with the papers, results and databases its
// procedures draw from.

struct Field {
  let id: String
  let name: Text
  let titles: [Text]  // procedure names of this field
  let forms: [String]
  let documents: [String]  // papers the field's procedures ask for
  let results: [String]
  let sources: [String]
  let authority: String  // suffix of the announcing decision: QĐ-BTP
  let laws: [Int]
}

/// The fifteen fields of the shipped catalog, each with its own papers, results and databases.
let fields: [Field] = [
  Field(
    id: "civil-status", name: Text("Hộ tịch", "Civil status"),
    titles: [
      Text("Đăng ký khai sinh", "Birth registration"), Text("Đăng ký kết hôn", "Marriage registration"),
      Text("Đăng ký khai tử", "Death registration"),
      Text("Cấp Giấy xác nhận tình trạng hôn nhân", "Issuance of a marital status certificate"),
    ],
    forms: ["birth-registration-form", "marriage-registration-form", "application-form"],
    documents: [
      "birth-notice", "death-notice", "consular-legalisation", "marital-status-certificate", "birth-certificate",
    ],
    results: ["birth-certificate", "marriage-certificate", "death-extract", "marital-status-certificate"],
    sources: ["civil-status"], authority: "BTP", laws: [0, 1]),
  Field(
    id: "certification", name: Text("Chứng thực", "Certification"),
    titles: [
      Text("Chứng thực bản sao từ bản chính", "Certification of copies from originals"),
      Text("Chứng thực chữ ký", "Certification of signatures"),
      Text("Cấp bản sao từ sổ gốc", "Issuance of copies from master registers"),
    ],
    forms: ["application-form"], documents: ["original-document", "consular-legalisation"], results: ["certified-copy"],
    sources: [], authority: "BTP", laws: [16]),
  Field(
    id: "citizen-identity", name: Text("Cấp, quản lý căn cước", "Issuance and management of identity cards"),
    titles: [
      Text("Cấp thẻ căn cước", "Issuance of an identity card"),
      Text("Cấp đổi thẻ căn cước", "Replacement of an identity card"),
      Text("Cấp giấy chứng nhận căn cước", "Issuance of an identity certificate"),
    ],
    forms: ["identity-request-form"],
    documents: ["portrait-photo", "residence-confirmation", "legal-representative-proof", "birth-certificate"],
    results: ["citizen-id", "identity-certificate"], sources: ["population", "civil-status"], authority: "BCA",
    laws: [3]),
  Field(
    id: "residence", name: Text("Đăng ký, quản lý cư trú", "Residence registration and management"),
    titles: [
      Text("Đăng ký thường trú", "Permanent residence registration"),
      Text("Đăng ký tạm trú", "Temporary residence registration"),
      Text("Khai báo tạm vắng", "Declaration of temporary absence"),
    ],
    forms: ["residence-change-form"],
    documents: ["rental-agreement", "legal-representative-proof", "marriage-certificate", "birth-certificate"],
    results: ["residence-confirmation"], sources: ["population", "civil-status"], authority: "BCA", laws: [2, 20]),
  Field(
    id: "exit-entry", name: Text("Quản lý xuất nhập cảnh", "Exit and entry management"),
    titles: [
      Text("Cấp hộ chiếu phổ thông ở trong nước", "Issuance of an ordinary passport in Vietnam"),
      Text("Trình báo mất hộ chiếu phổ thông", "Report of a lost ordinary passport"),
    ],
    forms: ["passport-application-form"], documents: ["portrait-photo", "legal-representative-proof", "passport"],
    results: ["passport"], sources: ["population"], authority: "BCA", laws: [4]),
  Field(
    id: "welfare-policy", name: Text("Chính sách", "Welfare policy"),
    titles: [
      Text("Trợ cấp xã hội hằng tháng", "Monthly social allowance"),
      Text("Hỗ trợ chi phí mai táng", "Funeral cost support"),
    ],
    forms: ["benefit-claim-form"], documents: ["poverty-certificate", "death-extract", "health-certificate"],
    results: ["benefit-decision"], sources: ["insurance", "civil-status"], authority: "BNV", laws: [15]),
  Field(
    id: "vehicle-registration",
    name: Text("Đăng ký, quản lý phương tiện giao thông cơ giới", "Registration and management of motor vehicles"),
    titles: [
      Text("Đăng ký xe", "Vehicle registration"),
      Text("Thu hồi chứng nhận đăng ký, biển số xe", "Withdrawal of the registration certificate and number plate"),
    ],
    forms: ["vehicle-registration-form"],
    documents: ["vehicle-sales-invoice", "registration-fee-receipt", "vehicle-registration-certificate"],
    results: ["vehicle-registration-certificate"], sources: ["vehicle-registration", "tax"], authority: "BCA",
    laws: [5, 6]),
  Field(
    id: "judicial-records", name: Text("Lý lịch tư pháp", "Judicial records"),
    titles: [
      Text("Cấp Phiếu lý lịch tư pháp", "Issuance of a judicial record card"),
      Text(
        "Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng",
        "Issuance of a judicial record card to a procedural authority"),
    ],
    forms: ["application-form"], documents: ["legal-representative-proof", "residence-confirmation"],
    results: ["judicial-record-card"], sources: ["judicial-records", "population"], authority: "BTP", laws: [7]),
  Field(
    id: "driving-licences", name: Text("Sát hạch, cấp giấy phép lái xe", "Driving tests and driving licences"),
    titles: [
      Text("Cấp đổi giấy phép lái xe", "Renewal of a driving licence"),
      Text("Cấp lại giấy phép lái xe", "Re-issuance of a driving licence"),
      Text("Cấp giấy phép lái xe quốc tế", "Issuance of an international driving permit"),
    ],
    forms: ["application-form"], documents: ["health-certificate", "portrait-photo", "driving-licence"],
    results: ["driving-licence"], sources: ["driving-licences"], authority: "BCA", laws: [5]),
  Field(
    id: "land", name: Text("Đất đai", "Land"),
    titles: [
      Text("Đăng ký đất đai lần đầu", "First land registration"),
      Text("Cấp đổi Giấy chứng nhận quyền sử dụng đất", "Renewal of the land use certificate"),
      Text("Đăng ký biến động đất đai", "Registration of land changes"),
    ],
    forms: ["land-registration-form"],
    documents: ["cadastral-map-extract", "land-use-certificate", "registration-fee-receipt"],
    results: ["land-use-certificate"], sources: ["land", "tax"], authority: "BNNMT", laws: [8, 9]),
  Field(
    id: "household-business",
    name: Text(
      "Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)",
      "Establishment and operation of enterprises (household businesses)"),
    titles: [
      Text("Đăng ký thành lập hộ kinh doanh", "Household business registration"),
      Text("Tạm ngừng kinh doanh hộ kinh doanh", "Suspension of a household business"),
    ],
    forms: ["business-registration-form"], documents: ["rental-agreement", "business-registration-certificate"],
    results: ["business-registration-certificate"], sources: ["business-registration"], authority: "BTC",
    laws: [10, 11]),
  Field(
    id: "business-registration",
    name: Text("Thành lập và hoạt động của doanh nghiệp", "Establishment and operation of enterprises"),
    titles: [
      Text("Đăng ký thành lập công ty trách nhiệm hữu hạn", "Registration of a limited liability company"),
      Text("Đăng ký thay đổi nội dung đăng ký doanh nghiệp", "Registration of changes to an enterprise registration"),
    ],
    forms: ["business-registration-form"],
    documents: ["company-charter", "consular-legalisation", "business-registration-certificate"],
    results: ["business-registration-certificate"], sources: ["business-registration", "tax"], authority: "BTC",
    laws: [10, 11]),
  Field(
    id: "social-insurance", name: Text("Thực hiện chính sách bảo hiểm xã hội", "Social insurance benefits"),
    titles: [
      Text("Giải quyết hưởng chế độ ốm đau", "Sickness benefit"),
      Text("Giải quyết hưởng chế độ thai sản", "Maternity benefit"),
    ],
    forms: ["benefit-claim-form"], documents: ["social-insurance-book", "health-certificate", "birth-certificate"],
    results: ["benefit-decision"], sources: ["insurance", "civil-status"], authority: "BHXH", laws: [12]),
  Field(
    id: "social-insurance-payments",
    name: Text("Chi trả các chế độ bảo hiểm xã hội", "Payment of social insurance benefits"),
    titles: [
      Text("Chi trả lương hưu qua tài khoản cá nhân", "Pension payment to a personal account"),
      Text("Chi trả trợ cấp một lần", "Lump-sum allowance payment"),
    ],
    forms: ["benefit-claim-form"], documents: ["social-insurance-book", "benefit-decision"],
    results: ["benefit-decision"], sources: ["insurance"], authority: "BHXH", laws: [12]),
  Field(
    id: "tax", name: Text("Thuế", "Tax"),
    titles: [
      Text("Đăng ký thuế lần đầu", "First tax registration"),
      Text("Cấp lại Giấy chứng nhận đăng ký thuế", "Re-issuance of the tax registration certificate"),
      Text("Thay đổi thông tin đăng ký thuế", "Change of tax registration information"),
    ],
    forms: ["tax-registration-form"], documents: ["business-registration-certificate", "tax-registration-certificate"],
    results: ["tax-registration-certificate"], sources: ["tax", "business-registration"], authority: "BTC",
    laws: [13, 14]),
]
