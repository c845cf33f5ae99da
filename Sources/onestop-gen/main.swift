// onestop-gen: a deterministic generator of synthetic catalogs (issue "Performance").
//
//   onestop-gen --procedures N --seed S --out DIR [--error-rate R]
//
// Writes a complete catalog root into DIR: DIR/rules/{levels,fields,subjects,papers,sources,
// policy}.yaml and DIR/catalog/<field>/<CODE>.yaml, one file per procedure, written as it is
// generated (memory stays flat whatever N). The output depends only on the arguments: the
// generator uses its own SplitMix64, never the system's random numbers, the clock, or dictionary
// iteration order. Each procedure draws from its own stream (seed, index), so with a different
// --error-rate only the procedures that receive a mistake change.
//
// With --error-rate 0 (the default) the catalog checks with no errors (warnings and infos are
// expected: elimination findings, a few missing translations). With R > 0, floor(N * R)
// procedures, spread evenly, each receive exactly one mistake, in rotation: an unknown paper id,
// a misspelt key, the retired district level, a duplicate requirement id, and a number where text
// is expected. Deliberately independent of OneStopKit.
import Foundation

// MARK: - Randomness

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and the same on every platform.
struct SplitMix64 {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// 0 ..< n (the modulo bias is negligible for the small n used here).
  mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

  /// lo ... hi
  mutating func range(_ lo: Int, _ hi: Int) -> Int { lo + below(hi - lo + 1) }

  mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) * 0x1p-53 < p }

  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

func mix(_ value: UInt64) -> UInt64 {
  var generator = SplitMix64(seed: value)
  return generator.next()
}

// MARK: - Decomposed Vietnamese

/// Precomposed letter -> its canonical decomposition (NFD): every Vietnamese vowel with its
/// modifier (breve, circumflex, horn) and tone mark. "đ" has no decomposition. A quarter of the
/// real records on the national portal carry text in this form; OneStop normalizes it to NFC.
let decompositionTable: [(String, String)] = [
  ("à", "a\u{300}"), ("á", "a\u{301}"), ("ả", "a\u{309}"), ("ã", "a\u{303}"), ("ạ", "a\u{323}"), ("ă", "a\u{306}"),
  ("ằ", "a\u{306}\u{300}"), ("ắ", "a\u{306}\u{301}"), ("ẳ", "a\u{306}\u{309}"), ("ẵ", "a\u{306}\u{303}"),
  ("ặ", "a\u{323}\u{306}"), ("â", "a\u{302}"),
  ("ầ", "a\u{302}\u{300}"), ("ấ", "a\u{302}\u{301}"), ("ẩ", "a\u{302}\u{309}"), ("ẫ", "a\u{302}\u{303}"),
  ("ậ", "a\u{323}\u{302}"), ("è", "e\u{300}"),
  ("é", "e\u{301}"), ("ẻ", "e\u{309}"), ("ẽ", "e\u{303}"), ("ẹ", "e\u{323}"), ("ê", "e\u{302}"),
  ("ề", "e\u{302}\u{300}"),
  ("ế", "e\u{302}\u{301}"), ("ể", "e\u{302}\u{309}"), ("ễ", "e\u{302}\u{303}"), ("ệ", "e\u{323}\u{302}"),
  ("ì", "i\u{300}"), ("í", "i\u{301}"),
  ("ỉ", "i\u{309}"), ("ĩ", "i\u{303}"), ("ị", "i\u{323}"), ("ò", "o\u{300}"), ("ó", "o\u{301}"), ("ỏ", "o\u{309}"),
  ("õ", "o\u{303}"), ("ọ", "o\u{323}"), ("ô", "o\u{302}"), ("ồ", "o\u{302}\u{300}"), ("ố", "o\u{302}\u{301}"),
  ("ổ", "o\u{302}\u{309}"),
  ("ỗ", "o\u{302}\u{303}"), ("ộ", "o\u{323}\u{302}"), ("ơ", "o\u{31B}"), ("ờ", "o\u{31B}\u{300}"),
  ("ớ", "o\u{31B}\u{301}"), ("ở", "o\u{31B}\u{309}"),
  ("ỡ", "o\u{31B}\u{303}"), ("ợ", "o\u{31B}\u{323}"), ("ù", "u\u{300}"), ("ú", "u\u{301}"), ("ủ", "u\u{309}"),
  ("ũ", "u\u{303}"),
  ("ụ", "u\u{323}"), ("ư", "u\u{31B}"), ("ừ", "u\u{31B}\u{300}"), ("ứ", "u\u{31B}\u{301}"), ("ử", "u\u{31B}\u{309}"),
  ("ữ", "u\u{31B}\u{303}"),
  ("ự", "u\u{31B}\u{323}"), ("ỳ", "y\u{300}"), ("ý", "y\u{301}"), ("ỷ", "y\u{309}"), ("ỹ", "y\u{303}"),
  ("ỵ", "y\u{323}"),
  ("À", "A\u{300}"), ("Á", "A\u{301}"), ("Ả", "A\u{309}"), ("Ã", "A\u{303}"), ("Ạ", "A\u{323}"), ("Ă", "A\u{306}"),
  ("Ằ", "A\u{306}\u{300}"), ("Ắ", "A\u{306}\u{301}"), ("Ẳ", "A\u{306}\u{309}"), ("Ẵ", "A\u{306}\u{303}"),
  ("Ặ", "A\u{323}\u{306}"), ("Â", "A\u{302}"),
  ("Ầ", "A\u{302}\u{300}"), ("Ấ", "A\u{302}\u{301}"), ("Ẩ", "A\u{302}\u{309}"), ("Ẫ", "A\u{302}\u{303}"),
  ("Ậ", "A\u{323}\u{302}"), ("È", "E\u{300}"),
  ("É", "E\u{301}"), ("Ẻ", "E\u{309}"), ("Ẽ", "E\u{303}"), ("Ẹ", "E\u{323}"), ("Ê", "E\u{302}"),
  ("Ề", "E\u{302}\u{300}"),
  ("Ế", "E\u{302}\u{301}"), ("Ể", "E\u{302}\u{309}"), ("Ễ", "E\u{302}\u{303}"), ("Ệ", "E\u{323}\u{302}"),
  ("Ì", "I\u{300}"), ("Í", "I\u{301}"),
  ("Ỉ", "I\u{309}"), ("Ĩ", "I\u{303}"), ("Ị", "I\u{323}"), ("Ò", "O\u{300}"), ("Ó", "O\u{301}"), ("Ỏ", "O\u{309}"),
  ("Õ", "O\u{303}"), ("Ọ", "O\u{323}"), ("Ô", "O\u{302}"), ("Ồ", "O\u{302}\u{300}"), ("Ố", "O\u{302}\u{301}"),
  ("Ổ", "O\u{302}\u{309}"),
  ("Ỗ", "O\u{302}\u{303}"), ("Ộ", "O\u{323}\u{302}"), ("Ơ", "O\u{31B}"), ("Ờ", "O\u{31B}\u{300}"),
  ("Ớ", "O\u{31B}\u{301}"), ("Ở", "O\u{31B}\u{309}"),
  ("Ỡ", "O\u{31B}\u{303}"), ("Ợ", "O\u{31B}\u{323}"), ("Ù", "U\u{300}"), ("Ú", "U\u{301}"), ("Ủ", "U\u{309}"),
  ("Ũ", "U\u{303}"),
  ("Ụ", "U\u{323}"), ("Ư", "U\u{31B}"), ("Ừ", "U\u{31B}\u{300}"), ("Ứ", "U\u{31B}\u{301}"), ("Ử", "U\u{31B}\u{309}"),
  ("Ữ", "U\u{31B}\u{303}"),
  ("Ự", "U\u{31B}\u{323}"), ("Ỳ", "Y\u{300}"), ("Ý", "Y\u{301}"), ("Ỷ", "Y\u{309}"), ("Ỹ", "Y\u{303}"),
  ("Ỵ", "Y\u{323}"),
]

/// Scalar value -> decomposed UTF-8 bytes, built once from the table.
let decompositions: [UInt32: [UInt8]] = {
  var map: [UInt32: [UInt8]] = [:]
  for (composed, decomposed) in decompositionTable {
    let scalars = Array(composed.unicodeScalars)
    precondition(scalars.count == 1, "table key \(composed) is not one scalar")
    map[scalars[0].value] = Array(decomposed.utf8)
  }
  return map
}()

/// The UTF-8 bytes of `text`, precomposed as written, or decomposed through the table.
func utf8(_ text: String, decomposed: Bool) -> [UInt8] {
  if !decomposed { return Array(text.utf8) }
  var bytes: [UInt8] = []
  bytes.reserveCapacity(text.utf8.count + 16)
  for scalar in text.unicodeScalars {
    if let replacement = decompositions[scalar.value] {
      bytes.append(contentsOf: replacement)
    } else {
      bytes.append(contentsOf: String(scalar).utf8)
    }
  }
  return bytes
}

// MARK: - Text pools

/// A localized text, with its Vietnamese precomposed and decomposed, ready to write.
struct Text: Sendable {
  let vi: [UInt8]
  let viDecomposed: [UInt8]
  let en: [UInt8]

  init(_ vi: String, _ en: String) {
    for text in [vi, en] {
      precondition(!text.contains("\"") && !text.contains("\\"), "pool text needs no escaping: \(text)")
    }
    self.vi = utf8(vi, decomposed: false)
    self.viDecomposed = utf8(vi, decomposed: true)
    self.en = Array(en.utf8)
  }
}

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

struct Source {
  let id: String
  let name: Text
  let results: Bool  // kind: procedure-results
  let provides: [String]
  let connected: [(String, String)]  // level, date, in levels.yaml order
  let basis: String  // the legal basis, written as a comment above the source
}

/// Ten shared databases; some connections are planned after as_of (2026-11-29).
let sources: [Source] = [
  Source(
    id: "population", name: Text("Cơ sở dữ liệu quốc gia về dân cư", "National Population Database"), results: false,
    provides: ["citizen-id", "identity-certificate", "residence-confirmation"],
    connected: [
      ("central", "2021-07-01"), ("provincial", "2021-07-01"), ("district", "2021-12-31"), ("commune", "2021-12-31"),
    ],
    basis: "Identity Law 26/2023/QH15; Decree 70/2024/NĐ-CP; Decision 468/QĐ-TTg"),
  Source(
    id: "civil-status", name: Text("Cơ sở dữ liệu hộ tịch điện tử", "Electronic Civil Status Database"), results: false,
    provides: ["birth-certificate", "death-extract", "marriage-certificate", "marital-status-certificate"],
    connected: [
      ("central", "2023-06-30"), ("provincial", "2023-06-30"), ("district", "2023-12-31"), ("commune", "2023-12-31"),
    ],
    basis: "Law on Civil Status 60/2014/QH13; Decree 87/2020/NĐ-CP"),
  Source(
    id: "business-registration",
    name: Text("Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp", "National Business Registration Database"),
    results: false, provides: ["business-registration-certificate"],
    connected: [
      ("central", "2021-07-01"), ("provincial", "2021-07-01"), ("district", "2021-12-31"), ("commune", "2025-07-01"),
    ],
    basis: "Law on Enterprises 59/2020/QH14; Decree 168/2025/NĐ-CP"),
  Source(
    id: "insurance", name: Text("Cơ sở dữ liệu quốc gia về bảo hiểm", "National Insurance Database"), results: false,
    provides: ["social-insurance-book", "benefit-decision"],
    connected: [
      ("central", "2022-06-30"), ("provincial", "2022-12-31"), ("district", "2022-12-31"), ("commune", "2024-06-30"),
      ("other", "2022-06-30"),
    ],
    basis: "Decree 43/2019/NĐ-CP on the National Insurance Database"),
  Source(
    id: "land", name: Text("Cơ sở dữ liệu quốc gia về đất đai", "National Land Database"), results: false,
    provides: ["land-use-certificate", "cadastral-map-extract"],
    connected: [("provincial", "2022-12-31"), ("district", "2023-12-31"), ("commune", "2025-07-01")],
    basis: "Land Law 31/2024/QH15; Decree 101/2024/NĐ-CP"),
  Source(
    id: "tax", name: Text("Cơ sở dữ liệu về thuế", "Tax Database"), results: false,
    provides: ["tax-registration-certificate", "vehicle-sales-invoice", "registration-fee-receipt"],
    connected: [("central", "2023-12-31"), ("provincial", "2024-06-30"), ("commune", "2027-07-01")],
    basis: "Law on Tax Administration 38/2019/QH14; Circular 86/2024/TT-BTC"),
  Source(
    id: "judicial-records", name: Text("Cơ sở dữ liệu lý lịch tư pháp", "Judicial Records Database"), results: false,
    provides: ["judicial-record-card"],
    connected: [("central", "2023-06-30"), ("provincial", "2023-12-31")],
    basis: "Law on Judicial Records 28/2009/QH12"),
  Source(
    id: "driving-licences", name: Text("Hệ thống thông tin giấy phép lái xe", "Driving Licence Information System"),
    results: false,
    provides: ["driving-licence"],
    connected: [("central", "2025-03-01"), ("provincial", "2025-03-01"), ("commune", "2025-07-01")],
    basis: "Law on Road Traffic Order and Safety 36/2024/QH15; Circular 12/2025/TT-BCA"),
  Source(
    id: "vehicle-registration", name: Text("Cơ sở dữ liệu đăng ký, quản lý xe", "Vehicle Registration Database"),
    results: false,
    provides: ["vehicle-registration-certificate"],
    connected: [
      ("central", "2023-08-15"), ("provincial", "2023-08-15"), ("district", "2023-08-15"), ("commune", "2023-08-15"),
    ],
    basis: "Circular 79/2024/TT-BCA"),
  Source(
    id: "results-warehouse",
    name: Text(
      "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân", "Electronic data warehouse of organizations and individuals"),
    results: true, provides: [],
    connected: [
      ("central", "2022-01-01"), ("provincial", "2022-06-30"), ("district", "2022-12-31"), ("commune", "2022-12-31"),
    ],
    basis: "Decree 45/2020/NĐ-CP; Circular 01/2023/TT-VPCP"),
]

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

struct Law {
  let ref: String
  let title: Text
  let date: String?
}

let laws: [Law] = [
  Law(ref: "60/2014/QH13", title: Text("Luật Hộ tịch", "Law on Civil Status"), date: "2014-11-20"),
  Law(
    ref: "123/2015/NĐ-CP",
    title: Text(
      "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
      "Decree detailing certain articles of and measures to implement the Law on Civil Status"), date: "2015-11-15"),
  Law(ref: "68/2020/QH14", title: Text("Luật Cư trú", "Law on Residence"), date: "2020-11-13"),
  Law(ref: "26/2023/QH15", title: Text("Luật Căn cước", "Law on Identity"), date: "2023-11-27"),
  Law(
    ref: "49/2019/QH14",
    title: Text("Luật Xuất cảnh, nhập cảnh của công dân Việt Nam", "Law on Exit and Entry of Vietnamese Citizens"),
    date: "2019-11-22"),
  Law(
    ref: "36/2024/QH15",
    title: Text("Luật Trật tự, an toàn giao thông đường bộ", "Law on Road Traffic Order and Safety"), date: "2024-06-27"
  ),
  Law(
    ref: "79/2024/TT-BCA",
    title: Text(
      "Thông tư quy định về cấp, thu hồi chứng nhận đăng ký xe, biển số xe",
      "Circular on issuing and withdrawing vehicle registration certificates and number plates"), date: nil),
  Law(ref: "28/2009/QH12", title: Text("Luật Lý lịch tư pháp", "Law on Judicial Records"), date: "2009-06-17"),
  Law(ref: "31/2024/QH15", title: Text("Luật Đất đai", "Land Law"), date: "2024-01-18"),
  Law(
    ref: "101/2024/NĐ-CP",
    title: Text(
      "Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất",
      "Decree on basic land surveys, registration and land use certificates"), date: "2024-07-29"),
  Law(ref: "59/2020/QH14", title: Text("Luật Doanh nghiệp", "Law on Enterprises"), date: "2020-06-17"),
  Law(
    ref: "168/2025/NĐ-CP", title: Text("Nghị định về đăng ký doanh nghiệp", "Decree on enterprise registration"),
    date: nil),
  Law(ref: "41/2024/QH15", title: Text("Luật Bảo hiểm xã hội", "Law on Social Insurance"), date: "2024-06-29"),
  Law(ref: "38/2019/QH14", title: Text("Luật Quản lý thuế", "Law on Tax Administration"), date: "2019-06-13"),
  Law(
    ref: "86/2024/TT-BTC", title: Text("Thông tư quy định về đăng ký thuế", "Circular on tax registration"), date: nil),
  Law(
    ref: "20/2021/NĐ-CP",
    title: Text(
      "Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
      "Decree on social assistance policies for social protection beneficiaries"), date: "2021-03-15"),
  Law(
    ref: "23/2015/NĐ-CP",
    title: Text(
      "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký",
      "Decree on copies from master registers and on certifying copies and signatures"), date: "2015-02-16"),
  Law(
    ref: "61/2018/NĐ-CP",
    title: Text(
      "Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
      "Decree on the one-stop and inter-agency one-stop mechanism"), date: "2018-04-23"),
  Law(
    ref: "45/2020/NĐ-CP",
    title: Text(
      "Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử",
      "Decree on administrative procedures by electronic means"), date: "2020-04-08"),
  Law(
    ref: "85/2019/TT-BTC",
    title: Text(
      "Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh",
      "Circular guiding fees and charges decided by provincial People's Councils"), date: nil),
  Law(
    ref: "104/2022/NĐ-CP",
    title: Text(
      "Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp, xuất trình sổ hộ khẩu, sổ tạm trú giấy",
      "Decree amending decrees on submitting or showing paper household and temporary residence books"),
    date: "2022-12-21"),
]
/// Laws any procedure may cite: the one-stop mechanism, e-procedures, fees, household books.
let generalLaws = [17, 18, 19, 20]

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

// MARK: - Lookups, built once

let paperIndex: [String: Int] = {
  var index: [String: Int] = [:]
  for (position, paper) in paperTypes.enumerated() {
    precondition(index[paper.id] == nil, "paper type \(paper.id) twice")
    index[paper.id] = position
  }
  return index
}()

/// Paper position -> positions of the database sources that provide it.
let providers: [[Int]] = {
  var result = Array(repeating: [Int](), count: paperTypes.count)
  for (position, source) in sources.enumerated() {
    for paper in source.provides {
      guard let index = paperIndex[paper] else { preconditionFailure("source \(source.id) provides unknown \(paper)") }
      precondition(paperTypes[index].kind == .document, "source \(source.id) provides the form \(paper)")
      result[index].append(position)
    }
  }
  return result
}()

let sourceIndex: [String: Int] = {
  var index: [String: Int] = [:]
  for (position, source) in sources.enumerated() { index[source.id] = position }
  return index
}()

func paper(_ id: String) -> Int {
  guard let index = paperIndex[id] else { preconditionFailure("unknown paper type \(id) in the generator's tables") }
  precondition(paperTypes[index].until == nil, "the generator must never require the abolished \(id)")
  return index
}

/// A field's tables as paper positions.
struct FieldPapers {
  let forms: [Int]
  let documents: [Int]  // the field's own, then the general ones, without repeats
  let results: [Int]
  let sources: [Int]
}

let fieldPapers: [FieldPapers] = fields.map { field in
  var documents: [Int] = []
  for id in field.documents + generalDocuments where !documents.contains(paper(id)) { documents.append(paper(id)) }
  return FieldPapers(
    forms: field.forms.map(paper), documents: documents, results: field.results.map(paper),
    sources: field.sources.map { id in
      guard let index = sourceIndex[id] else { preconditionFailure("unknown source \(id)") }
      return index
    })
}

let paperIDs: [[UInt8]] = paperTypes.map { Array($0.id.utf8) }
let sourceIDs: [[UInt8]] = sources.map { Array($0.id.utf8) }
let resultsWarehouse = sources.firstIndex { $0.results }!
let populationSource = sourceIndex["population"]!

// MARK: - Writing

/// A growing byte buffer, reused from one file to the next.
struct Output {
  var bytes: [UInt8] = []

  init() { bytes.reserveCapacity(1 << 16) }

  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func raw(_ data: [UInt8]) { bytes.append(contentsOf: data) }

  mutating func quoted(_ data: [UInt8]) {
    bytes.append(0x22)
    bytes.append(contentsOf: data)
    bytes.append(0x22)
  }

  mutating func number(_ value: Int) {
    precondition(value >= 0)
    if value >= 10 { number(value / 10) }
    bytes.append(0x30 + UInt8(value % 10))
  }

  mutating func digits(_ value: Int, width: Int) {
    var divisor = 1
    for _ in 1..<width { divisor *= 10 }
    while divisor > 0 {
      bytes.append(0x30 + UInt8((value / divisor) % 10))
      divisor /= 10
    }
  }

  mutating func date(_ year: Int, _ month: Int, _ day: Int) {
    digits(year, width: 4)
    bytes.append(0x2D)
    digits(month, width: 2)
    bytes.append(0x2D)
    digits(day, width: 2)
  }

  mutating func spaces(_ count: Int) {
    for _ in 0..<count { bytes.append(0x20) }
  }

  /// {vi: "...", en: "..."}: English left out when `english` is false (a missing translation).
  mutating func localized(_ text: Text, decomposed: Bool, english: Bool = true) {
    raw("{vi: ")
    quoted(decomposed ? text.viDecomposed : text.vi)
    if english {
      raw(", en: ")
      quoted(text.en)
    }
    raw("}")
  }

  /// [a, b, c] of ids.
  mutating func idList(_ ids: [[UInt8]]) {
    raw("[")
    for (position, id) in ids.enumerated() {
      if position > 0 { raw(", ") }
      raw(id)
    }
    raw("]")
  }
}

/// The mistakes --error-rate injects, one per chosen procedure, in rotation.
enum Mistake: Int, CaseIterable {
  case unknownPaper, misspeltKey, districtLevel, duplicateRequirementID, numberForText

  var label: String {
    switch self {
    case .unknownPaper: "unknown paper id (unknown-reference)"
    case .misspeltKey: "misspelt key 'agnecy' (unknown-key)"
    case .districtLevel: "retired district level (level-retired)"
    case .duplicateRequirementID: "duplicate requirement id (duplicate-requirement-id)"
    case .numberForText: "number where text is expected (wrong-type)"
    }
  }
}

/// A paper id with one interior letter dropped: "birth-certificate" -> "birth-certficate".
func misspelt(_ id: [UInt8]) -> [UInt8] {
  var position = id.count / 2
  while id[position] == 0x2D
    || (position > 0 && id[position - 1] == 0x2D && position + 1 < id.count && id[position + 1] == 0x2D)
  {
    position += 1
  }
  var result = id
  result.remove(at: position)
  return result
}

struct Requirement {
  var id: String
  var papers: [Int]  // one: `paper:`; more: `any_of:`
  var copies: (original: Int, certified: Int, copy: Int) = (1, 0, 0)
  var presented = false
  var formNumber: Int? = nil
  var note: Int? = nil
  var noteInEnglish = true
  var waiver: Int? = nil
  var waiverUntil: String? = nil
  var misspeltPaper = false
}

struct Channel {
  let kind: StaticString
  let online: Bool
}

/// Generates one procedure into `out`; returns the position of its field.
func writeProcedure(
  into out: inout Output, index: Int, seed: UInt64, mistake: Mistake?
) -> (field: Int, code: String) {
  var random = SplitMix64(seed: mix(seed) ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
  let decomposed = random.chance(0.25)
  let flowStyle = random.chance(0.35)

  // Code: a bijection of the index onto 6 digits, offset by the seed; prefixes 1., 2., 3.
  let block = index / 1_000_000
  let number = ((index % 1_000_000) * 104_729 + Int(mix(seed ^ 0xC0DE) % 1_000_000)) % 1_000_000
  var codeBytes: [UInt8] = [0x31 + UInt8(block), 0x2E]
  for shift in [100_000, 10_000, 1_000, 100, 10, 1] { codeBytes.append(0x30 + UInt8((number / shift) % 10)) }
  let code = String(decoding: codeBytes, as: UTF8.self)

  let fieldPosition = random.below(fields.count)
  let field = fields[fieldPosition]
  let papersOfField = fieldPapers[fieldPosition]

  out.raw("code: ")
  out.quoted(codeBytes)
  out.raw("\n")

  // Name: the field's title, sometimes with a qualifier.
  let title = random.pick(field.titles)
  let qualifier = random.chance(0.35) ? random.pick(qualifiers) : nil
  out.raw("name: {vi: \"")
  out.raw(decomposed ? title.viDecomposed : title.vi)
  if let qualifier {
    out.raw(" ")
    out.raw(decomposed ? qualifier.viDecomposed : qualifier.vi)
  }
  out.raw("\", en: \"")
  out.raw(title.en)
  if let qualifier {
    out.raw(" ")
    out.raw(qualifier.en)
  }
  out.raw("\"}\n")

  if random.chance(0.85) {
    out.raw("decision: {ref: \"")
    out.number(random.range(100, 4999))
    out.raw("/QĐ-")
    out.raw(Array(field.authority.utf8))
    out.raw("\"")
    if random.chance(0.7) {
      out.raw(", date: ")
      out.date(random.range(2015, 2025), random.range(1, 12), random.range(1, 28))
    }
    out.raw("}\n")
  }

  out.raw("field: ")
  out.raw(Array(field.id.utf8))
  out.raw("\n")

  // Levels: 1 to 3 of central, provincial, commune, other, in levels.yaml order.
  let levelCount = random.chance(0.55) ? 1 : random.chance(0.78) ? 2 : 3
  let candidates = [(0, 2), (1, 3), (3, 4), (4, 1)]  // (position in levelOrder, weight)
  var chosen = Set<Int>()
  while chosen.count < levelCount {
    var draw = random.below(10)
    for (position, weight) in candidates {
      if draw < weight {
        chosen.insert(position)
        break
      }
      draw -= weight
    }
  }
  if mistake == .districtLevel { chosen.insert(2) }
  let levels = (0..<levelOrder.count).filter { chosen.contains($0) }
  out.raw("levels: ")
  out.idList(levels.map { Array(levelOrder[$0].utf8) })
  out.raw("\n")

  if random.chance(0.9) || mistake == .misspeltKey {
    let first = levels.first { $0 != 2 } ?? 3
    let pool = agencies[first == 0 ? 0 : first == 1 ? 1 : first == 3 ? 2 : 3]
    out.raw(mistake == .misspeltKey ? "agnecy: " : "agency: ")
    out.localized(random.pick(pool), decomposed: decomposed)
    out.raw("\n")
  }

  if random.chance(0.8) {
    let count = random.range(1, 3)
    var picked = Set<Int>()
    while picked.count < count { picked.insert(random.below(subjects.count)) }
    out.raw("subjects: ")
    out.idList((0..<subjects.count).filter { picked.contains($0) }.map { Array(subjects[$0].0.utf8) })
    out.raw("\n")
  }

  let boundary = random.below(10)
  if boundary < 3 {
    out.raw("boundary_free: true\n")
  } else if boundary == 3 {
    out.raw("boundary_free: false\n")
  }

  // Shared databases: the field's, the population database, the results warehouse.
  var listed = Set<Int>()
  for source in papersOfField.sources where random.chance(0.75) { listed.insert(source) }
  if random.chance(0.5) { listed.insert(populationSource) }
  if random.chance(0.35) { listed.insert(resultsWarehouse) }
  let dataSources = (0..<sources.count).filter { listed.contains($0) }
  if !dataSources.isEmpty || random.chance(0.1) {
    out.raw("data_sources: ")
    out.idList(dataSources.map { sourceIDs[$0] })
    out.raw("\n")
  }

  // Channels: one per kind; the online one with its level.
  var channels: [Channel] = []
  let online = random.chance(0.7)
  let postal = random.chance(0.45)
  let inPerson = random.chance(0.9) || (!online && !postal)
  let inPersonFirst = random.chance(0.4)
  if inPerson && inPersonFirst { channels.append(Channel(kind: "in-person", online: false)) }
  if online { channels.append(Channel(kind: "online", online: true)) }
  if postal { channels.append(Channel(kind: "postal", online: false)) }
  if inPerson && !inPersonFirst { channels.append(Channel(kind: "in-person", online: false)) }
  let baseDays = random.pick(workingDays)
  let baseFee = random.pick(feeAmounts)
  out.raw("channels:\n")
  for channel in channels {
    out.raw("  - kind: ")
    out.raw(channel.kind)
    out.raw("\n")
    if channel.online {
      out.raw(random.chance(0.45) ? "    online_level: full\n" : "    online_level: partial\n")
    }
    if random.chance(0.92) {
      out.raw("    processing_time: ")
      let form = random.below(100)
      if form < 85 {
        out.raw("{working_days: ")
        out.number(channel.online && baseDays > 1 && random.chance(0.3) ? baseDays - 1 : baseDays)
        out.raw("}")
      } else if form < 92 {
        out.raw("{hours: ")
        out.number(random.pick([4, 8, 24, 48]))
        out.raw("}")
      } else {
        out.raw("{text: ")
        out.localized(random.pick(timeTexts), decomposed: decomposed)
        out.raw("}")
      }
      out.raw("\n")
    }
    if random.chance(0.9) {
      out.raw("    fee: ")
      if random.chance(0.85) {
        out.raw("{amount: ")
        out.number(channel.online && random.chance(0.3) ? baseFee / 2 : baseFee)
        out.raw(", currency: VND")
        if random.chance(0.1) {
          out.raw(", text: ")
          out.localized(random.pick(feeTexts), decomposed: decomposed)
        }
        out.raw("}")
      } else {
        out.raw("{text: ")
        out.localized(random.pick(feeTexts), decomposed: decomposed)
        out.raw("}")
      }
      out.raw("\n")
    }
  }

  // Legal basis: the field's laws, then general ones.
  var lawPool = field.laws
  for law in generalLaws where random.chance(0.3) { lawPool.append(law) }
  let lawCount = min(lawPool.count, random.range(1, 4))
  out.raw("legal_basis:\n")
  for position in 0..<lawCount {
    let law = laws[lawPool[position]]
    out.raw("  - {ref: ")
    out.quoted(Array(law.ref.utf8))
    out.raw(", title: ")
    out.localized(law.title, decomposed: decomposed)
    if position == 0 && mistake == .numberForText {
      out.raw(", article: ")
      out.number(random.range(1, 80))
    } else if random.chance(0.35) {
      out.raw(", article: \"")
      out.number(random.range(1, 80))
      out.raw("\"")
    }
    if let date = law.date, random.chance(0.5) {
      out.raw(", date: ")
      out.raw(Array(date.utf8))
    }
    out.raw("}\n")
  }

  // Requirements.
  var usedIDs: [String] = []
  func unique(_ base: String) -> String {
    var candidate = base
    var suffix = 2
    while usedIDs.contains(candidate) {
      candidate = base + "-" + String(suffix)
      suffix += 1
    }
    usedIDs.append(candidate)
    return candidate
  }
  func providedByListedSource(_ papers: [Int]) -> Bool {
    papers.contains { paper in providers[paper].contains { listed.contains($0) } }
  }
  func decorate(_ requirement: inout Requirement, random: inout SplitMix64) {
    switch random.below(10) {
    case 0...3: requirement.copies = (1, 0, 0)
    case 4, 5: requirement.copies = (0, 0, 1)
    case 6, 7: requirement.copies = (0, 1, 0)
    case 8: requirement.copies = (1, 0, 1)
    default: requirement.copies = (0, 0, 0)
    }
    requirement.presented = random.chance(0.08)
    if random.chance(0.15) {
      requirement.note = random.below(4)
      requirement.noteInEnglish = !random.chance(0.04)
    }
    if providedByListedSource(requirement.papers) && random.chance(0.12) {
      requirement.waiver = random.below(waiverReasons.count)
      requirement.waiverUntil = random.chance(0.7) ? random.pick(["2027-06-30", "2027-12-31", "2028-12-31"]) : nil
    }
  }

  let total = random.range(2, 10)
  var requirements: [Requirement] = []
  if random.chance(0.92) {
    let form = random.pick(papersOfField.forms)
    var application = Requirement(
      id: unique("application"), papers: random.chance(0.3) ? [form, paper("e-form")] : [form])
    if random.chance(0.35) { application.formNumber = random.range(1, 30) }
    if application.papers.count > 1 && random.chance(0.3) { application.note = 4 }
    requirements.append(application)
  }
  if requirements.count < total && random.chance(0.55) {
    let alternatives = identityAlternatives.map(paper)
    var identity = Requirement(
      id: unique("requester-identity"), papers: random.chance(0.7) ? alternatives : Array(alternatives.prefix(2)))
    identity.presented = random.chance(0.6)
    requirements.append(identity)
  }
  var pool = papersOfField.documents + papersOfField.results.filter { !papersOfField.documents.contains($0) }
  while requirements.count < total && !pool.isEmpty {
    let first = pool.remove(at: random.below(pool.count))
    var requirement: Requirement
    if pool.count > 0 && random.chance(0.12) {
      let second = pool.remove(at: random.below(pool.count))
      requirement = Requirement(id: unique("evidence"), papers: [first, second])
    } else {
      requirement = Requirement(id: unique(paperTypes[first].id), papers: [first])
    }
    decorate(&requirement, random: &random)
    requirements.append(requirement)
  }
  if mistake == .unknownPaper {
    let target =
      requirements.indices.first { requirements[$0].papers.count == 1 && requirements[$0].id != "application" } ?? 0
    requirements[target].misspeltPaper = true
  }
  if mistake == .duplicateRequirementID {
    requirements[requirements.count - 1].id = requirements[0].id
  }

  // Cases, their requirement ids unique with the others.
  struct GeneratedCase {
    let template: Int
    let requirements: [Requirement]
  }
  var cases: [GeneratedCase] = []
  if random.chance(0.35) {
    let count = random.chance(0.7) ? 1 : 2
    var templates = Array(0..<caseTemplates.count)
    for _ in 0..<count {
      let template = templates.remove(at: random.below(templates.count))
      var added: [Requirement] = []
      for id in caseTemplates[template].papers {
        var requirement = Requirement(id: unique(id), papers: [paper(id)])
        decorate(&requirement, random: &random)
        added.append(requirement)
      }
      cases.append(GeneratedCase(template: template, requirements: added))
    }
  }

  func write(_ requirement: Requirement, indent: Int, out: inout Output) {
    out.spaces(indent)
    let flow = flowStyle
    let separator: (inout Output, Int) -> Void = { out, extra in
      if flow {
        out.raw(", ")
      } else {
        out.raw("\n")
        out.spaces(indent + 2 + extra)
      }
    }
    out.raw(flow ? "- {id: " : "- id: ")
    out.raw(Array(requirement.id.utf8))
    separator(&out, 0)
    if requirement.papers.count == 1 {
      out.raw("paper: ")
      let id = paperIDs[requirement.papers[0]]
      out.raw(requirement.misspeltPaper ? misspelt(id) : id)
    } else {
      out.raw("any_of: ")
      var alternatives = requirement.papers.map { paperIDs[$0] }
      if requirement.misspeltPaper { alternatives[0] = misspelt(alternatives[0]) }
      out.idList(alternatives)
    }
    let copies = requirement.copies
    if copies.original + copies.certified + copies.copy > 0 {
      separator(&out, 0)
      out.raw("copies: {")
      var first = true
      for (key, count): (StaticString, Int) in [
        ("original", copies.original), ("certified_copy", copies.certified), ("copy", copies.copy),
      ] where count > 0 {
        if !first { out.raw(", ") }
        first = false
        out.raw(key)
        out.raw(": ")
        out.number(count)
      }
      out.raw("}")
    }
    if requirement.presented {
      separator(&out, 0)
      out.raw("presented: true")
    }
    if let number = requirement.formNumber {
      separator(&out, 0)
      let two = number < 10 ? "0\(number)" : "\(number)"
      out.raw("form: {code: ")
      out.quoted(utf8("Mẫu số \(two)", decomposed: decomposed))
      out.raw(", name: {vi: ")
      out.quoted(utf8("Mẫu số \(two) ban hành kèm theo Thông tư số 01/2022/TT-BTP", decomposed: decomposed))
      out.raw(", en: ")
      out.quoted(Array("Form \(two) annexed to Circular 01/2022/TT-BTP".utf8))
      out.raw("}}")
    }
    if let note = requirement.note {
      separator(&out, 0)
      out.raw("note: ")
      out.localized(notes[note], decomposed: decomposed, english: requirement.noteInEnglish)
    }
    if let waiver = requirement.waiver {
      let (reason, basis) = waiverReasons[waiver]
      separator(&out, 0)
      if flow {
        out.raw("keep: {")
      } else {
        out.raw("keep:")
        separator(&out, 2)
      }
      out.raw("reason: ")
      out.localized(reason, decomposed: decomposed)
      separator(&out, 2)
      out.raw("legal_basis: ")
      out.quoted(Array(basis.utf8))
      if let until = requirement.waiverUntil {
        separator(&out, 2)
        out.raw("until: ")
        out.raw(Array(until.utf8))
      }
      if flow { out.raw("}") }
    }
    out.raw(flow ? "}\n" : "\n")
  }

  out.raw("papers:\n")
  for requirement in requirements { write(requirement, indent: 2, out: &out) }
  if !cases.isEmpty {
    out.raw("cases:\n")
    for generated in cases {
      let template = caseTemplates[generated.template]
      out.raw("  - id: ")
      out.raw(Array(template.id.utf8))
      out.raw("\n    when: ")
      out.localized(template.when, decomposed: decomposed)
      if generated.requirements.isEmpty {
        out.raw("\n    papers: []\n")
      } else {
        out.raw("\n    papers:\n")
        for requirement in generated.requirements { write(requirement, indent: 6, out: &out) }
      }
    }
  }

  // Results: the field's papers, some digitized; sometimes an update of a database.
  var resultPool = papersOfField.results
  let resultCount = min(resultPool.count, random.chance(0.75) ? 1 : 2)
  out.raw("results:\n")
  for _ in 0..<resultCount {
    let result = resultPool.remove(at: random.below(resultPool.count))
    let digitized = random.chance(0.6)
    if flowStyle {
      out.raw("  - {paper: ")
      out.raw(paperIDs[result])
      out.raw(digitized ? ", digitized: true}\n" : "}\n")
    } else {
      out.raw("  - paper: ")
      out.raw(paperIDs[result])
      out.raw(digitized ? "\n    digitized: true\n" : "\n")
    }
  }
  let databases = papersOfField.sources.filter { !sources[$0].results }
  if !databases.isEmpty && random.chance(0.15) {
    out.raw("  - updates: ")
    out.raw(sourceIDs[random.pick(databases)])
    out.raw("\n")
  }
  return (fieldPosition, code)
}

// MARK: - Rules files

func rulesFiles() -> [(String, String)] {
  func localized(_ text: Text, decomposed: Bool = false) -> String {
    "{vi: \"\(String(decoding: decomposed ? text.viDecomposed : text.vi, as: UTF8.self))\", en: \"\(String(decoding: text.en, as: UTF8.self))\"}"
  }
  var levels = "# Levels of government, central to local (synthetic catalog written by onestop-gen).\n"
  levels += "# District ended on 2025-06-30: local government became two-tier on 2025-07-01.\nlevels:\n"
  let levelNames = [
    Text("Cấp bộ", "Central (ministry) level"), Text("Cấp tỉnh", "Provincial level"),
    Text("Cấp huyện", "District level"),
    Text("Cấp xã", "Commune level"), Text("Cơ quan khác", "Other agencies"),
  ]
  for (position, id) in levelOrder.enumerated() {
    levels += "  - id: \(id)\n    name: \(localized(levelNames[position]))\n"
    if id == "district" { levels += "    until: 2025-06-30\n" }
  }

  var fieldsFile = "# Fields (lĩnh vực) of the synthetic catalog.\nfields:\n"
  for field in fields { fieldsFile += "  - {id: \(field.id), name: \(localized(field.name))}\n" }

  var subjectsFile = "# Subjects (đối tượng thực hiện).\nsubjects:\n"
  for (id, name) in subjects { subjectsFile += "  - {id: \(id), name: \(localized(name))}\n" }

  var papersFile = "# Paper types: forms (never eliminated), documents, results with their KQ codes.\npapers:\n"
  for (position, paper) in paperTypes.enumerated() {
    papersFile += "  - id: \(paper.id)\n    name: \(localized(paper.name, decomposed: position % 4 == 3))\n"
    if paper.kind == .form { papersFile += "    kind: form\n" }
    if let code = paper.resultCode { papersFile += "    result_code: \"\(code)\"\n" }
    if let until = paper.until { papersFile += "    until: \(until)\n" }
    if let replacement = paper.replacedBy { papersFile += "    replaced_by: \(replacement)\n" }
  }

  var sourcesFile = "# Shared databases a one-stop shop can query instead of asking for a paper.\nsources:\n"
  for source in sources {
    sourcesFile += "  # Legal basis: \(source.basis).\n"
    sourcesFile += "  - id: \(source.id)\n"
    if source.results { sourcesFile += "    kind: procedure-results\n" }
    sourcesFile += "    name: \(localized(source.name))\n"
    if !source.results { sourcesFile += "    provides: [\(source.provides.joined(separator: ", "))]\n" }
    let connected = source.connected.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
    sourcesFile += "    connected: {\(connected)}\n"
  }

  let policy = """
    # Policy of the synthetic catalog written by onestop-gen.
    as_of: 2026-11-29
    code_pattern: '^[123]\\.[0-9]{6}(\\.[A-Z][0-9A-Z]*)?$'
    languages: [vi, en]
    checks:
      unused-paper-type: info
    overrides:
      - files: ["catalog/land/**"]
        checks: {paper-partly-obtainable: off}
    # Targets of Decision 468/QĐ-TTg of 27/3/2021.
    targets:
      not_reprovided:
        - {by: 2022-12-31, percent: 30}
        - {by: 2025-12-31, percent: 80}
      online_dossiers:
        - {by: 2025-12-31, percent: 50}
      digitized_results:
        - {level: central, by: 2021-12-31, percent: 40}
        - {level: central, by: 2022-12-31, percent: 100}
        - {level: provincial, by: 2021-12-31, percent: 30}
        - {level: provincial, by: 2025-12-31, percent: 100}
        - {level: district, by: 2021-12-31, percent: 20}
        - {level: district, by: 2025-06-30, percent: 100}
        - {level: commune, by: 2021-12-31, percent: 15}
        - {level: commune, by: 2026-12-31, percent: 100}

    """
  return [
    ("levels.yaml", levels), ("fields.yaml", fieldsFile), ("subjects.yaml", subjectsFile),
    ("papers.yaml", papersFile), ("sources.yaml", sourcesFile), ("policy.yaml", policy),
  ]
}

// MARK: - Command line

let usage = """
  usage: onestop-gen --procedures N --seed S --out DIR [--error-rate R]

  Writes a synthetic catalog root into DIR (rules/ and catalog/<field>/<CODE>.yaml), the same
  for the same arguments.

    --procedures N   number of procedures, 1 to 3000000
    --seed S         seed of the generator, an unsigned 64-bit integer (default 1)
    --out DIR        the catalog root to write; it must not hold catalog/ or rules/ yet
    --error-rate R   share of procedures, 0 to 1, that get exactly one mistake (default 0)

  """

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("onestop-gen: \(message)\n".utf8))
  exit(2)
}

var procedureCount: Int? = nil
var seed: UInt64 = 1
var outputFolder: String? = nil
var errorRate = 0.0
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
  var argument = arguments.removeFirst()
  if argument == "-h" || argument == "--help" {
    print(usage, terminator: "")
    exit(0)
  }
  var value: String
  if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
    value = String(argument[argument.index(after: equals)...])
    argument = String(argument[..<equals])
  } else {
    guard !arguments.isEmpty else { fail("\(argument) needs a value\n\n" + usage) }
    value = arguments.removeFirst()
  }
  switch argument {
  case "--procedures":
    guard let count = Int(value), count >= 1, count <= 3_000_000 else {
      fail("--procedures takes 1 to 3000000, got '\(value)'")
    }
    procedureCount = count
  case "--seed":
    guard let parsed = UInt64(value) else { fail("--seed takes an unsigned integer, got '\(value)'") }
    seed = parsed
  case "--out":
    guard !value.isEmpty else { fail("--out needs a folder") }
    outputFolder = value
  case "--error-rate":
    guard let rate = Double(value), rate >= 0, rate <= 1 else {
      fail("--error-rate takes a number from 0 to 1, got '\(value)'")
    }
    errorRate = rate
  default:
    fail("unknown argument '\(argument)'\n\n" + usage)
  }
}
guard let procedureCount, let outputFolder else { fail("--procedures and --out are required\n\n" + usage) }

// Self-checks of the tables: a misspelt paper id must be unknown, never another paper type.
for id in paperIDs {
  let wrong = misspelt(id)
  precondition(!paperIDs.contains(wrong) && wrong.first != 0x2D && wrong.last != 0x2D, "bad misspelling of \(id)")
}

let files = FileManager.default
let root = outputFolder.hasSuffix("/") && outputFolder.count > 1 ? String(outputFolder.dropLast()) : outputFolder
for folder in ["catalog", "rules"] where files.fileExists(atPath: root + "/" + folder) {
  fail("\(root)/\(folder) already exists: choose an empty --out folder")
}

/// Writes a file with open/write/close: Foundation's Data.write fsyncs every file, which made
/// 100,000 files take minutes instead of seconds. A benchmark catalog needs no durability.
func writeFile(_ path: String, _ bytes: [UInt8]) {
  let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
  if descriptor < 0 { fail("cannot write \(path): \(String(cString: strerror(errno)))") }
  bytes.withUnsafeBytes { buffer in
    var offset = 0
    while offset < buffer.count {
      let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { fail("cannot write \(path): \(String(cString: strerror(errno)))") }
      offset += written
    }
  }
  if close(descriptor) != 0 { fail("cannot close \(path): \(String(cString: strerror(errno)))") }
}

do {
  try files.createDirectory(atPath: root + "/rules", withIntermediateDirectories: true)
  for field in fields {
    try files.createDirectory(atPath: root + "/catalog/" + field.id, withIntermediateDirectories: true)
  }
} catch {
  fail("cannot create the folders under \(root): \(error.localizedDescription)")
}
for (name, text) in rulesFiles() { writeFile(root + "/rules/" + name, Array(text.utf8)) }

var output = Output()
var mistakes = Array(repeating: 0, count: Mistake.allCases.count)
var mistakeCount = 0
var totalBytes = 0
// Exactly M = floor(N * R) procedures get a mistake (a tolerance absorbs binary rounding, so that
// 0.29 * 100 is 29), spread evenly: index i gets one when floor((i + 1) * M / N) passes an integer.
let mistakeTarget = min(procedureCount, Int((Double(procedureCount) * errorRate + 1e-6).rounded(.down)))
for index in 0..<procedureCount {
  var mistake: Mistake? = nil
  if mistakeTarget > 0 && (index + 1) * mistakeTarget / procedureCount > index * mistakeTarget / procedureCount {
    mistake = Mistake(rawValue: mistakeCount % Mistake.allCases.count)
    mistakes[mistakeCount % Mistake.allCases.count] += 1
    mistakeCount += 1
  }
  output.bytes.removeAll(keepingCapacity: true)
  let (field, code) = writeProcedure(into: &output, index: index, seed: seed, mistake: mistake)
  totalBytes += output.bytes.count
  writeFile(root + "/catalog/" + fields[field].id + "/" + code + ".yaml", output.bytes)
}

var summary = "onestop-gen: wrote \(procedureCount) procedures (\(totalBytes) bytes) in \(fields.count) fields"
summary += " and 6 rules files to \(root), seed \(seed)"
if mistakeCount > 0 {
  let kinds = Mistake.allCases.filter { mistakes[$0.rawValue] > 0 }.map { "\(mistakes[$0.rawValue]) \($0.label)" }
  summary += "; \(mistakeCount) with one mistake: " + kinds.joined(separator: ", ")
} else {
  summary += "; no mistakes"
}
print(summary)
