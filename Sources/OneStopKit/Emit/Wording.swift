/// The fixed words of the citizen-facing outputs, in each language the outputs are written in.
/// Texts from the catalog are never translated here; only labels are.
struct Wording {
  let language: String

  private var vi: Bool { language == "vi" }

  func pick(_ vietnamese: String, _ english: String) -> String { vi ? vietnamese : english }

  var code: String { pick("Mã thủ tục", "Procedure code") }
  var levels: String { pick("Cấp thực hiện", "Competent level") }
  var agency: String { pick("Cơ quan thực hiện", "Agency") }
  var asOf: String { pick("Thông tin tính đến ngày", "Information as of") }
  var papers: String { pick("Giấy tờ cần chuẩn bị", "Papers to bring") }
  var noPapers: String { pick("Không có giấy tờ nào phải nộp.", "No paper to bring.") }
  var caseHeading: String { pick("Trường hợp", "Case") }
  var notNeeded: String { pick("Bạn không cần cung cấp", "You do not need to provide") }
  var notNeededIntro: String {
    pick(
      "Cơ quan giải quyết tự khai thác các giấy tờ sau từ cơ sở dữ liệu dùng chung:",
      "The authority retrieves these papers itself from shared databases:")
  }
  var channels: String { pick("Cách thức thực hiện", "How to file") }
  var channel: String { pick("Hình thức nộp", "Channel") }
  var time: String { pick("Thời hạn giải quyết", "Processing time") }
  var fee: String { pick("Phí, lệ phí", "Fee") }
  var results: String { pick("Kết quả", "Result") }
  var legalBasis: String { pick("Căn cứ pháp lý", "Legal basis") }
  var submit: String { pick("nộp", "submit") }
  var show: String { pick("xuất trình", "show at the desk") }
  var oneOf: String { pick("Một trong các giấy tờ", "One of") }
  var or: String { pick("hoặc", "or") }
  var form: String { pick("Mẫu", "Form") }
  var free: String { pick("Miễn phí", "Free") }
  var boundaryFree: String {
    pick(
      "Có thể nộp hồ sơ tại bất kỳ bộ phận một cửa nào, không phụ thuộc nơi cư trú.",
      "May be filed at any one-stop shop, wherever you live.")
  }
  var notSet: String { pick("Không quy định", "Not stated") }
  var unchanged: String { pick("không đổi", "unchanged") }

  func channelKind(_ kind: ChannelKind) -> String {
    switch kind {
    case .inPerson: pick("Trực tiếp", "In person")
    case .online: pick("Trực tuyến", "Online")
    case .postal: pick("Dịch vụ bưu chính", "By post")
    }
  }

  func onlineLevel(_ level: OnlineLevel) -> String {
    switch level {
    case .full: pick("toàn trình", "fully online")
    case .partial: pick("một phần", "partly online")
    }
  }

  func copies(_ copies: Copies) -> String? {
    var parts: [String] = []
    if let count = copies.original { parts.append(pick("Bản chính: \(count)", "Originals: \(count)")) }
    if let count = copies.certifiedCopy {
      parts.append(pick("Bản sao có chứng thực: \(count)", "Certified copies: \(count)"))
    }
    if let count = copies.copy { parts.append(pick("Bản sao: \(count)", "Copies: \(count)")) }
    return parts.isEmpty ? nil : parts.joined(separator: " – ")
  }

  func workingDays(_ number: Number) -> String {
    pick("\(decimal(number)) ngày làm việc", "\(decimal(number)) working day\(number.value == 1 ? "" : "s")")
  }

  func hours(_ number: Number) -> String {
    pick("\(decimal(number)) giờ", "\(decimal(number)) hour\(number.value == 1 ? "" : "s")")
  }

  /// 20.000 in Vietnamese, 20,000 in English; fractions keep their decimal sign.
  func decimal(_ number: Number) -> String {
    let text = number.text
    let negative = text.hasPrefix("-")
    let digits = negative ? String(text.dropFirst()) : text
    let parts = digits.split(separator: ".", maxSplits: 1)
    var whole = String(parts.first ?? "")
    guard whole.allSatisfy(\.isNumber) else { return text }
    var grouped = ""
    while whole.count > 3 {
      grouped = (vi ? "." : ",") + whole.suffix(3) + grouped
      whole.removeLast(3)
    }
    grouped = whole + grouped
    if parts.count == 2 { grouped += (vi ? "," : ".") + parts[1] }
    return (negative ? "-" : "") + grouped
  }

  func waiver(_ reason: String?, _ basis: String?) -> String {
    let why = [reason, basis].compactMap { $0 }.joined(separator: " – ")
    return pick("Vẫn phải nộp theo quy định: \(why)", "Still required by law: \(why)")
  }

  func heldIn(_ source: String) -> String {
    pick("đã có trong \(source)", "held in the \(source)")
  }

  func atLevel(_ level: String) -> String { pick("Tại \(level)", "At \(level)") }

  func requiredOnlyAt(_ levels: [String]) -> String {
    pick(
      "Chỉ phải cung cấp khi nộp tại: \(levels.joined(separator: ", "))",
      "Only needed at: \(levels.joined(separator: ", "))")
  }

  func notNeededAt(_ levels: [String]) -> String {
    pick("Không cần khi nộp tại: \(levels.joined(separator: ", "))", "Not needed at: \(levels.joined(separator: ", "))")
  }

  func updates(_ source: String) -> String {
    pick("Cập nhật vào \(source)", "Update of the \(source)")
  }

  func digitized(_ yes: Bool) -> String? {
    yes ? pick("có bản điện tử, dùng lại được", "issued electronically, reusable") : nil
  }
}
