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

  /// How the citizen hands the paper over, as the portal words it: "Nộp 1 bản chính", "Nộp 1 bản
  /// chính và 2 bản sao", "Xuất trình bản chính"; "Submit 1 original", "Show the original".
  func handOver(presented: Bool, _ copies: Copies?) -> String {
    var parts: [String] = []
    func count(_ number: Int, _ vietnamese: String, _ one: String, _ many: String) {
      if presented {
        // What is shown is looked at and handed back: the count does not matter for one.
        parts.append(
          number == 1 ? pick(vietnamese, "the \(one)") : pick("\(number) \(vietnamese)", "\(number) \(many)"))
      } else {
        parts.append(pick("\(number) \(vietnamese)", "\(number) \(number == 1 ? one : many)"))
      }
    }
    if let number = copies?.original { count(number, "bản chính", "original", "originals") }
    if let number = copies?.certifiedCopy {
      count(number, "bản sao có chứng thực", "certified copy", "certified copies")
    }
    if let number = copies?.copy { count(number, "bản sao", "copy", "copies") }
    let verb = presented ? pick("Xuất trình", "Show") : pick("Nộp", "Submit")
    guard !parts.isEmpty else { return presented ? pick("Xuất trình", "Show at the desk") : pick("Nộp", "Submit") }
    let list: String
    if parts.count == 1 {
      list = parts[0]
    } else {
      list = parts.dropLast().joined(separator: ", ") + " " + pick("và", "and") + " " + parts[parts.count - 1]
    }
    return verb + " " + list
  }

  /// A case's heading: the case text alone when it already says it is a case ("Trường hợp trẻ em
  /// bị bỏ rơi", "If the child was abandoned"), otherwise prefixed with the word for a case.
  func caseTitle(_ when: String) -> String {
    let lowered = when.lowercased()
    let selfNaming = vi ? ["trường hợp"] : ["if ", "when ", "where ", "case", "for "]
    if selfNaming.contains(where: { lowered.hasPrefix($0) }) {
      return when.prefix(1).uppercased() + when.dropFirst()
    }
    return "\(caseHeading): \(when)"
  }

  /// A day as the language writes it: 29/11/2026 in Vietnamese, 2026-11-29 in English (ISO 8601).
  func day(_ day: Day) -> String {
    guard vi else { return day.description }
    func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    return "\(two(day.day))/\(two(day.month))/\(day.year)"
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

  /// A channel's processing time, or that it is not set.
  func time(_ time: ProcessingTime?) -> String {
    switch time {
    case .workingDays(let number): workingDays(number)
    case .hours(let number): hours(number)
    case .text(let text): text.text(preferring: language)
    case nil: notSet
    }
  }

  /// A channel's fee: its amount (or that it is free) and its text, or that it is not set.
  func fee(_ fee: Fee?) -> String {
    guard let fee else { return notSet }
    var parts: [String] = []
    if let amount = fee.amount {
      parts.append(amount.value == 0 ? free : "\(decimal(amount)) \(fee.currency ?? "")")
    }
    if let text = fee.text { parts.append(text.text(preferring: language)) }
    return parts.joined(separator: " – ")
  }

  /// The channels section of a checklist: each channel with its time and fee (nothing without
  /// channels).
  func channelBlocks(_ channels: [Channel]) -> [TextDocument.Block] {
    guard !channels.isEmpty else { return [] }
    let rows = channels.map { channel -> [String] in
      var kind = channelKind(channel.kind.value)
      if let level = channel.onlineLevel?.value { kind += " (\(onlineLevel(level)))" }
      return [kind, time(channel.processingTime), fee(channel.fee)]
    }
    return [.heading(2, self.channels, id: "channels"), .table(headers: [channel, time, fee], rows: rows)]
  }

  /// The banner of a what-if's pages.
  func whatIf(_ whatIf: WhatIf, _ catalog: Catalog) -> String {
    pick("Kết quả giả định, chưa phải thực tế: ", "A what-if, not the catalog as it is: ")
      + whatIf.summary(vi ? .vi : .en, in: catalog).joined(separator: "; ")
  }

}
