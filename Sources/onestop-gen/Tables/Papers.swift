// Data: the paper types of the synthetic catalog's rules/papers.yaml.

enum PaperKind { case form, document }

struct PaperType {
  let id: String
  let name: Text
  let kind: PaperKind
  var resultCode: String? = nil
  var until: String? = nil
  var replacedBy: String? = nil
}

/// About 45 paper types: forms, documents, results with their KQ codes, one abolished book.
let paperTypes: [PaperType] = [
  // Forms: the application itself, never eliminated.
  PaperType(id: "application-form", name: Text("Tờ khai theo mẫu", "Application form"), kind: .form),
  PaperType(id: "e-form", name: Text("Biểu mẫu điện tử tương tác", "Interactive electronic form"), kind: .form),
  PaperType(
    id: "birth-registration-form", name: Text("Tờ khai đăng ký khai sinh", "Birth registration form"), kind: .form),
  PaperType(
    id: "marriage-registration-form", name: Text("Tờ khai đăng ký kết hôn", "Marriage registration form"), kind: .form),
  PaperType(
    id: "residence-change-form",
    name: Text("Tờ khai thay đổi thông tin cư trú", "Residence information change declaration"), kind: .form),
  PaperType(
    id: "identity-request-form",
    name: Text("Phiếu đề nghị giải quyết thủ tục về căn cước", "Request form for identity card procedures"), kind: .form
  ),
  PaperType(
    id: "passport-application-form",
    name: Text("Tờ khai đề nghị cấp hộ chiếu phổ thông", "Application for an ordinary passport"), kind: .form),
  PaperType(
    id: "vehicle-registration-form", name: Text("Giấy khai đăng ký xe", "Vehicle registration declaration"), kind: .form
  ),
  PaperType(
    id: "tax-registration-form", name: Text("Tờ khai đăng ký thuế", "Tax registration declaration"), kind: .form),
  PaperType(
    id: "business-registration-form",
    name: Text("Giấy đề nghị đăng ký doanh nghiệp", "Application for enterprise registration"), kind: .form),
  PaperType(
    id: "land-registration-form",
    name: Text(
      "Đơn đăng ký đất đai, tài sản gắn liền với đất", "Application for registration of land and land-attached assets"),
    kind: .form),
  PaperType(
    id: "benefit-claim-form", name: Text("Đơn đề nghị hưởng chế độ, trợ cấp", "Benefit claim form"), kind: .form),
  // Documents.
  PaperType(
    id: "citizen-id", name: Text("Thẻ căn cước, thẻ Căn cước công dân", "Identity card (citizen identity card)"),
    kind: .document, resultCode: "KQ.G01.000023"),
  PaperType(
    id: "identity-certificate", name: Text("Giấy chứng nhận căn cước", "Identity certificate"), kind: .document,
    resultCode: "KQ.G01.000024"),
  PaperType(id: "passport", name: Text("Hộ chiếu", "Passport"), kind: .document, resultCode: "KQ.G01.000083"),
  PaperType(
    id: "residence-confirmation",
    name: Text("Giấy tờ, tài liệu xác nhận thông tin về cư trú", "Confirmation of residence information"),
    kind: .document, resultCode: "KQ.G01.000065"),
  PaperType(id: "power-of-attorney", name: Text("Văn bản ủy quyền", "Power of attorney"), kind: .document),
  PaperType(
    id: "legal-representative-proof",
    name: Text("Giấy tờ chứng minh là người đại diện hợp pháp", "Proof of legal representation"), kind: .document),
  PaperType(
    id: "portrait-photo", name: Text("Ảnh chân dung cỡ 4cm x 6cm", "Portrait photo (4 cm x 6 cm)"), kind: .document),
  PaperType(
    id: "fee-exemption-proof",
    name: Text(
      "Giấy tờ chứng minh thuộc đối tượng miễn, giảm phí", "Proof of entitlement to a fee exemption or reduction"),
    kind: .document),
  PaperType(id: "health-certificate", name: Text("Giấy khám sức khỏe", "Health certificate"), kind: .document),
  PaperType(
    id: "consular-legalisation", name: Text("Giấy tờ đã được hợp pháp hóa lãnh sự", "Consular-legalised papers"),
    kind: .document),
  PaperType(id: "birth-notice", name: Text("Giấy chứng sinh", "Medical birth notice"), kind: .document),
  PaperType(
    id: "death-notice",
    name: Text("Giấy báo tử hoặc giấy tờ thay Giấy báo tử", "Death notice or a document replacing it"), kind: .document),
  PaperType(
    id: "original-document",
    name: Text(
      "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao", "Original document from which the copy is certified"
    ), kind: .document),
  PaperType(
    id: "rental-agreement",
    name: Text(
      "Hợp đồng, văn bản về việc cho thuê, cho mượn, cho ở nhờ chỗ ở",
      "Lease, loan or lodging agreement for the dwelling"), kind: .document),
  PaperType(
    id: "cadastral-map-extract",
    name: Text("Trích lục bản đồ địa chính thửa đất", "Cadastral map extract of the land plot"), kind: .document),
  PaperType(id: "social-insurance-book", name: Text("Sổ bảo hiểm xã hội", "Social insurance book"), kind: .document),
  PaperType(id: "vehicle-sales-invoice", name: Text("Hóa đơn bán xe", "Vehicle sales invoice"), kind: .document),
  PaperType(
    id: "registration-fee-receipt", name: Text("Chứng từ nộp lệ phí trước bạ", "Registration fee receipt"),
    kind: .document),
  PaperType(id: "company-charter", name: Text("Điều lệ công ty", "Company charter"), kind: .document),
  PaperType(
    id: "poverty-certificate",
    name: Text("Giấy chứng nhận hộ nghèo, hộ cận nghèo", "Poor or near-poor household certificate"), kind: .document),
  // Results, with the portal's result codes.
  PaperType(
    id: "birth-certificate", name: Text("Giấy khai sinh", "Birth certificate"), kind: .document,
    resultCode: "KQ.G15.000031"),
  PaperType(
    id: "marriage-certificate", name: Text("Giấy chứng nhận kết hôn", "Marriage certificate"), kind: .document,
    resultCode: "KQ.G15.000032"),
  PaperType(
    id: "death-extract", name: Text("Trích lục khai tử", "Death registration extract"), kind: .document,
    resultCode: "KQ.G15.000034"),
  PaperType(
    id: "marital-status-certificate", name: Text("Giấy xác nhận tình trạng hôn nhân", "Marital status certificate"),
    kind: .document, resultCode: "KQ.G15.000038"),
  PaperType(
    id: "certified-copy", name: Text("Bản sao được chứng thực từ bản chính", "Copy certified from the original"),
    kind: .document, resultCode: "KQ.G15.000021"),
  PaperType(
    id: "judicial-record-card", name: Text("Phiếu lý lịch tư pháp", "Judicial record card"), kind: .document,
    resultCode: "KQ.G15.000101"),
  PaperType(
    id: "driving-licence", name: Text("Giấy phép lái xe", "Driving licence"), kind: .document,
    resultCode: "KQ.G01.000201"),
  PaperType(
    id: "vehicle-registration-certificate", name: Text("Chứng nhận đăng ký xe", "Vehicle registration certificate"),
    kind: .document, resultCode: "KQ.G01.000150"),
  PaperType(
    id: "tax-registration-certificate", name: Text("Giấy chứng nhận đăng ký thuế", "Tax registration certificate"),
    kind: .document, resultCode: "KQ.G12.000853"),
  PaperType(
    id: "business-registration-certificate",
    name: Text("Giấy chứng nhận đăng ký doanh nghiệp", "Enterprise registration certificate"), kind: .document,
    resultCode: "KQ.G12.000100"),
  PaperType(
    id: "land-use-certificate",
    name: Text(
      "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
      "Certificate of land use rights and ownership of land-attached assets"), kind: .document,
    resultCode: "KQ.G10.001148"),
  PaperType(
    id: "benefit-decision",
    name: Text("Quyết định hưởng chế độ, trợ cấp", "Decision granting the benefit or allowance"), kind: .document,
    resultCode: "KQ.G13.000200"),
  // Abolished from 2023-01-01 (Decree 104/2022/NĐ-CP): in the rules, never required.
  PaperType(
    id: "household-registration-book", name: Text("Sổ hộ khẩu", "Household registration book"), kind: .document,
    until: "2022-12-31", replacedBy: "residence-confirmation"),
]
