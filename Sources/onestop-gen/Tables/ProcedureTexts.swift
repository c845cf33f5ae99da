// Data: the subjects, agencies, cases, notes, waivers, fees and times procedures draw from.

let subjects: [(String, Text)] = [
  ("citizen", Text("Công dân Việt Nam", "Vietnamese citizen")),
  ("overseas-vietnamese", Text("Người Việt Nam định cư ở nước ngoài", "Overseas Vietnamese")),
  ("foreigner", Text("Người nước ngoài", "Foreigner")),
  ("civil-servant", Text("Cán bộ, công chức, viên chức", "Official, civil servant or public employee")),
  (
    "organization",
    Text("Tổ chức (không bao gồm doanh nghiệp, HTX)", "Organisation (other than enterprises and cooperatives)")
  ),
  ("enterprise", Text("Doanh nghiệp", "Enterprise")),
  ("foreign-invested-enterprise", Text("Doanh nghiệp có vốn đầu tư nước ngoài", "Foreign-invested enterprise")),
  ("cooperative", Text("Hợp tác xã", "Cooperative")),
]

/// Papers any procedure may ask for, besides its field's.
let generalDocuments = [
  "power-of-attorney", "portrait-photo", "fee-exemption-proof", "consular-legalisation", "residence-confirmation",
  "health-certificate",
]
let identityAlternatives = ["citizen-id", "passport", "identity-certificate"]

let qualifiers: [Text] = [
  Text("có yếu tố nước ngoài", "with a foreign element"),
  Text("cho người Việt Nam định cư ở nước ngoài", "for overseas Vietnamese"),
  Text("trong trường hợp bị mất, hư hỏng", "when lost or damaged"),
  Text("theo thủ tục rút gọn", "under the simplified procedure"),
  Text("tại cơ quan đại diện", "at a representative mission abroad"),
  Text("đối với người chưa thành niên", "for minors"),
  Text("lần đầu", "for the first time"),
  Text("liên thông điện tử", "through the electronic inter-agency process"),
]

/// Agencies per level: central, provincial, commune, other.
let agencies: [[Text]] = [
  [
    Text("Bộ Tư pháp", "Ministry of Justice"),
    Text("Cục Quản lý xuất nhập cảnh, Bộ Công an", "Immigration Department, Ministry of Public Security"),
    Text("Cục Thuế", "Tax Department"),
  ],
  [
    Text("Sở Tư pháp", "Provincial Department of Justice"),
    Text("Ủy ban nhân dân cấp tỉnh", "Provincial People's Committee"),
    Text("Văn phòng đăng ký đất đai", "Land Registration Office"), Text("Công an cấp tỉnh", "Provincial Police"),
  ],
  [Text("Ủy ban nhân dân cấp xã", "Commune People's Committee"), Text("Công an cấp xã", "Commune Police")],
  [
    Text("Bảo hiểm xã hội Việt Nam", "Vietnam Social Security"),
    Text("Cơ quan đại diện Việt Nam ở nước ngoài", "Vietnamese representative mission abroad"),
  ],
]

struct CaseTemplate {
  let id: String
  let when: Text
  let papers: [String]
}

let caseTemplates: [CaseTemplate] = [
  CaseTemplate(
    id: "by-representative",
    when: Text(
      "Trường hợp ủy quyền thực hiện thủ tục", "If the procedure is carried out by an authorised representative"),
    papers: ["power-of-attorney"]),
  CaseTemplate(
    id: "foreign-papers",
    when: Text(
      "Trường hợp giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp", "If papers were issued by a foreign authority"),
    papers: ["consular-legalisation"]),
  CaseTemplate(
    id: "minor",
    when: Text(
      "Trường hợp người yêu cầu là người chưa thành niên hoặc mất năng lực hành vi dân sự",
      "If the applicant is a minor or lacks legal capacity"),
    papers: ["legal-representative-proof", "birth-certificate"]),
  CaseTemplate(
    id: "fee-exemption",
    when: Text(
      "Trường hợp thuộc đối tượng được miễn, giảm phí, lệ phí",
      "If the applicant is entitled to a fee exemption or reduction"),
    papers: ["fee-exemption-proof", "poverty-certificate"]),
  CaseTemplate(
    id: "rented-dwelling",
    when: Text("Trường hợp chỗ ở hợp pháp do thuê, mượn, ở nhờ", "If the dwelling is rented, borrowed or lodged in"),
    papers: ["rental-agreement"]),
  CaseTemplate(
    id: "online",
    when: Text(
      "Trường hợp nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia",
      "If the dossier is filed online through the National Public Service Portal"), papers: []),
]

let notes: [Text] = [
  Text(
    "Bản sao có chứng thực hoặc bản sao kèm bản chính để đối chiếu",
    "A certified copy, or a copy with the original for comparison"),
  Text(
    "Chỉ khi cơ quan giải quyết không khai thác được thông tin từ cơ sở dữ liệu",
    "Only if the agency cannot retrieve the information from the database"),
  Text("Còn giá trị sử dụng", "Still valid"),
  Text("Nộp bản điện tử khi thực hiện trực tuyến", "Submit the electronic version when filing online"),
  Text(
    "Tờ khai theo mẫu khi nộp trực tiếp hoặc qua bưu chính; biểu mẫu điện tử khi nộp trực tuyến",
    "The paper form when filing in person or by post; the electronic form when filing online"),
]

let waiverReasons: [(Text, String)] = [
  (
    Text(
      "Bản gốc đã cấp phải được nộp lại để thu hồi khi cấp mới",
      "The original must be surrendered so it can be withdrawn when the new one is issued"), "101/2024/NĐ-CP art. 37"
  ),
  (
    Text(
      "Cơ sở dữ liệu chưa có đủ thông tin lịch sử cần đối chiếu",
      "The database does not yet hold the history that must be compared"), "61/2018/NĐ-CP art. 6"
  ),
  (
    Text(
      "Cơ quan cấp phải đối chiếu chữ ký và con dấu trên bản giấy",
      "The issuing agency must compare the signature and seal on the paper"), "23/2015/NĐ-CP art. 20"
  ),
]

let feeTexts: [Text] = [
  Text(
    "Miễn lệ phí cho người thuộc hộ nghèo, người khuyết tật",
    "Free for members of poor households and people with disabilities"),
  Text(
    "Theo quy định của Luật phí và lệ phí và các văn bản hướng dẫn",
    "As set by the Law on Fees and Charges and its implementing documents"),
  Text("Giảm 50% lệ phí khi nộp hồ sơ trực tuyến", "Half the fee when filing online"),
]

let timeTexts: [Text] = [
  Text("02 tháng và 15 ngày làm việc", "2 months and 15 working days"),
  Text(
    "Trong ngày làm việc; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo",
    "Within the working day; dossiers received after 15:00 are settled the next working day"),
  Text("Ngay sau khi nhận đủ hồ sơ hợp lệ", "As soon as a complete and valid dossier is received"),
]

let levelOrder = ["central", "provincial", "district", "commune", "other"]
let feeAmounts = [0, 0, 0, 0, 8000, 15000, 20000, 50000, 100000, 135000, 200000, 500000]
let workingDays = [1, 1, 2, 3, 3, 5, 5, 7, 10, 12, 15, 20, 30]
