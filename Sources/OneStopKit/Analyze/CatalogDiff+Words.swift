extension CatalogDiff {
  /// Every message of the diff, in English and Vietnamese side by side; only the run's language
  /// is built. Ids, paper types, references and the kinds of change stay as they are.
  struct Words: Sendable {
    let language: Language
    private var vi: Bool { language == .vi }
    /// Vietnamese numbers and labels for catalog values (20.000, ngày làm việc).
    private var wording: Wording { Wording(language: language.rawValue) }

    private func say(_ vietnamese: @autoclosure () -> String, _ english: @autoclosure () -> String) -> String {
      vi ? vietnamese() : english()
    }

    func procedureAdded(_ requirements: Int) -> String {
      say(
        "thủ tục mới, có \(requirements) thành phần hồ sơ",
        "procedure added with \(requirements) requirement\(requirements == 1 ? "" : "s")")
    }

    var procedureRemoved: String { say("thủ tục bị xóa khỏi danh mục", "procedure removed") }

    /// `level 'provincial' added`; in Vietnamese with the level's name from rules/.
    func level(_ level: String, added: Bool, in catalog: Catalog) -> String {
      guard vi else { return "level '\(level)' \(added ? "added" : "removed")" }
      let name = catalog.name(of: level, in: .level, .vi).map { " (\($0))" } ?? ""
      return "\(added ? "thêm" : "bỏ") cấp thực hiện '\(level)'\(name)"
    }

    /// The status a requirement has, as a phrase.
    func status(_ status: EliminationAnalysis.Status) -> String {
      guard vi else { return status.rawValue }
      switch status {
      case .required: return "phải cung cấp"
      case .eliminated: return "được cắt giảm"
      case .partlyEliminated: return "được cắt giảm một phần"
      case .kept: return "giữ lại theo ngoại lệ"
      }
    }

    func requirementAdded(_ label: String, obtainable: EliminationAnalysis.Status?) -> String {
      guard let obtainable else { return say("thêm thành phần hồ sơ \(label)", "requirement \(label) added") }
      return say(
        "thêm thành phần hồ sơ \(label), dù một cơ sở dữ liệu đã kết nối mà thủ tục khai thác cung cấp giấy tờ này (\(status(obtainable)))",
        "requirement \(label) added, although a listed connected source provides it (\(obtainable.rawValue))")
    }

    func requirementRemoved(_ key: String) -> String {
      say("bỏ thành phần hồ sơ '\(key)'", "requirement '\(key)' removed")
    }

    func requirementChanged(_ label: String, _ differences: [String]) -> String {
      say("thành phần hồ sơ \(label): ", "requirement \(label): ") + differences.joined(separator: "; ")
    }

    func papersChanged(_ before: String, _ after: String) -> String {
      say("giấy tờ \(before) → \(after)", "papers \(before) → \(after)")
    }

    func copiesChanged(_ before: String, _ after: String) -> String {
      say("số bản \(before) → \(after)", "copies \(before) → \(after)")
    }

    func presentedChanged(_ presented: Bool) -> String {
      presented
        ? say("nay xuất trình, không nộp", "now shown, not submitted")
        : say("nay nộp, không xuất trình", "now submitted, not shown")
    }

    func statusChanged(
      _ label: String, _ status: EliminationAnalysis.Status, was old: EliminationAnalysis.Status, because: String
    ) -> String {
      say(
        "thành phần hồ sơ \(label) nay \(self.status(status)) (trước đây \(self.status(old))): \(because)",
        "requirement \(label) is now \(status.rawValue) (was \(old.rawValue)): \(because)")
    }

    func describe(_ copies: Copies?) -> String {
      let none = say("không có", "none")
      guard let copies else { return none }
      var parts: [String] = []
      if let count = copies.original { parts.append(say("\(count) bản chính", "\(count) original")) }
      if let count = copies.certifiedCopy {
        parts.append(say("\(count) bản sao có chứng thực", "\(count) certified"))
      }
      if let count = copies.copy { parts.append(say("\(count) bản sao", "\(count) copy")) }
      return parts.isEmpty ? none : parts.joined(separator: ", ")
    }

    func waiver(added: Bool) -> String {
      added
        ? say("đã thêm ngoại lệ giữ lại giấy tờ", "a waiver was added")
        : say("đã bỏ ngoại lệ giữ lại giấy tờ", "its waiver was removed")
    }

    /// Sources newly listed in `data_sources`, or no longer.
    func sources(_ ids: [String], listed: Bool) -> String {
      guard vi else { return "source \(ids.joined(separator: ", ")) \(listed ? "listed" : "no longer listed")" }
      let quoted = ids.map { "'\($0)'" }.joined(separator: ", ")
      return listed ? "đã khai cơ sở dữ liệu \(quoted)" : "không còn khai cơ sở dữ liệu \(quoted)"
    }

    /// Provisions as "source NUL level", sorted.
    func provided(_ provisions: [String], now: Bool) -> String {
      let pairs = provisions.map { provision in
        let parts = provision.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false)
        return (source: String(parts[0]), level: parts.count > 1 ? String(parts[1]) : "")
      }
      if vi {
        let list = pairs.map { "'\($0.source)' tại cấp '\($0.level)'" }.joined(separator: ", ")
        return now ? "nay được cung cấp bởi \(list)" : "không còn được cung cấp bởi \(list)"
      }
      let list = pairs.map { "\($0.source) at \($0.level)" }.joined(separator: ", ")
      return now ? "now provided by \(list)" : "no longer provided by \(list)"
    }

    var papersOfRequirementChanged: String {
      say("giấy tờ của thành phần hồ sơ đã thay đổi", "its papers changed")
    }

    var dayOrRulesChanged: String {
      say("ngày đánh giá hoặc rules/ đã thay đổi", "the judging day or the rules changed")
    }

    /// `'postal'`, and in Vietnamese what the kind is called.
    private func channelName(_ kind: ChannelKind) -> String {
      guard vi else { return "'\(kind.rawValue)'" }
      switch kind {
      case .inPerson: return "'\(kind.rawValue)' (trực tiếp)"
      case .online: return "'\(kind.rawValue)' (trực tuyến)"
      case .postal: return "'\(kind.rawValue)' (dịch vụ bưu chính)"
      }
    }

    func channel(_ kind: ChannelKind, added: Bool) -> String {
      guard vi else { return "channel '\(kind.rawValue)' \(added ? "added" : "removed")" }
      return "\(added ? "thêm" : "bỏ") cách thức thực hiện \(channelName(kind))"
    }

    private func amount(_ number: Number) -> String { vi ? wording.decimal(number) : number.text }

    func fee(_ kind: ChannelKind, raised: Bool, from old: Number, to new: Number, _ currency: String) -> String {
      if vi {
        return "phí, lệ phí của cách thức \(channelName(kind)) \(raised ? "tăng" : "giảm") từ \(amount(old)) "
          + "\(raised ? "lên" : "xuống") \(amount(new)) \(currency)"
      }
      return "fee on '\(kind.rawValue)' \(raised ? "raised" : "lowered") from \(old.text) to \(new.text) \(currency)"
    }

    func feeChanged(_ kind: ChannelKind, _ before: String, _ after: String) -> String {
      say(
        "phí, lệ phí của cách thức \(channelName(kind)) thay đổi: \(before) → \(after)",
        "fee on '\(kind.rawValue)' changed: \(before) → \(after)")
    }

    func feeTextChanged(_ kind: ChannelKind) -> String {
      say(
        "nội dung phí, lệ phí của cách thức \(channelName(kind)) thay đổi", "fee text on '\(kind.rawValue)' changed")
    }

    func describe(_ fee: Fee?) -> String {
      let none = say("không có", "none")
      guard let fee else { return none }
      if let amount = fee.amount { return "\(self.amount(amount)) \(fee.currency ?? "")" }
      return fee.text?.text(preferring: "vi") ?? none
    }

    func describe(_ time: ProcessingTime?) -> String {
      switch time {
      case .workingDays(let days):
        return say(wording.workingDays(days), "\(days.text) working day\(days.value == 1 ? "" : "s")")
      case .hours(let hours): return say(wording.hours(hours), "\(hours.text) hour\(hours.value == 1 ? "" : "s")")
      case .text(let text): return "'\(text.text(preferring: "vi"))'"
      case nil: return say("không quy định", "none")
      }
    }

    func time(_ kind: ChannelKind, _ change: Kind, _ before: String, _ after: String) -> String {
      if vi {
        let how = change == .timeLonger ? "dài hơn" : change == .timeShorter ? "ngắn hơn" : "thay đổi"
        return "thời hạn giải quyết của cách thức \(channelName(kind)) \(how): \(before) → \(after)"
      }
      let how = change == .timeLonger ? "longer" : change == .timeShorter ? "shorter" : "changed"
      return "processing time on '\(kind.rawValue)' \(how): \(before) → \(after)"
    }

    func legalBasis(added: [String], removed: [String]) -> String {
      var parts: [String] = []
      if !added.isEmpty { parts.append(say("thêm ", "added ") + added.joined(separator: ", ")) }
      if !removed.isEmpty { parts.append(say("bỏ ", "removed ") + removed.joined(separator: ", ")) }
      return say("căn cứ pháp lý: ", "legal basis ") + parts.joined(separator: "; ")
    }
  }
}
