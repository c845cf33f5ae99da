import Foundation

/// What changed between two versions of a catalog, in the terms of the procedure rather than of
/// the YAML: requirements, eliminations, fees, times, channels, levels, legal basis. A change that
/// burdens citizens is a regression (`onestop diff --fail-on-regression`).
public struct CatalogDiff: Sendable {
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case procedureAdded = "procedure-added"
    case procedureRemoved = "procedure-removed"
    case requirementAdded = "requirement-added"
    case requirementRemoved = "requirement-removed"
    case requirementChanged = "requirement-changed"
    case newlyEliminated = "newly-eliminated"
    case noLongerEliminated = "no-longer-eliminated"
    case feeRaised = "fee-raised"
    case feeLowered = "fee-lowered"
    case feeChanged = "fee-changed"
    case timeLonger = "time-longer"
    case timeShorter = "time-shorter"
    case timeChanged = "time-changed"
    case channelAdded = "channel-added"
    case channelRemoved = "channel-removed"
    case levelAdded = "level-added"
    case levelRemoved = "level-removed"
    case legalBasisChanged = "legal-basis-changed"
  }

  public struct Change: Sendable, Codable, Equatable {
    public var procedure: String
    public var kind: Kind
    /// Whether the change makes citizens provide more, pay more, wait longer or lose a channel.
    public var burden: Bool
    public var message: String
  }

  public struct ProcedureChanges: Sendable {
    public var code: String
    public var name: String
    public var file: String
    public var changes: [Change]
  }

  /// The files of each side that could not be read (an input error: stages files, load,
  /// decode), sorted. Their procedures are left out of the comparison rather than reported as
  /// removed or added; a rules file among them leaves every procedure out, since every
  /// comparison depends on the rules.
  public struct FailedFiles: Sendable, Codable, Equatable {
    public var old: [String]
    public var new: [String]

    public var isEmpty: Bool { old.isEmpty && new.isEmpty }
    /// Whether a rules file is among them.
    public var rules: Bool { (old + new).contains { $0.hasPrefix("rules/") } }
  }

  public var procedures: [ProcedureChanges]
  public var failed = FailedFiles(old: [], new: [])
  /// The language of the messages and the Markdown report.
  public var language: Language = .en

  public var changes: [Change] { procedures.flatMap(\.changes) }
  public var burdens: [Change] { changes.filter(\.burden) }

  /// Compares two checked catalogs, worded in `language` (default: the new side's).
  public static func compare(old: CheckResult, new: CheckResult, language: Language? = nil) -> CatalogDiff {
    let words = Words(language: language ?? new.language)
    let failed = FailedFiles(old: failedFiles(old), new: failedFiles(new))
    guard !failed.rules else { return CatalogDiff(procedures: [], failed: failed, language: words.language) }
    let oldByCode = index(old)
    let newByCode = index(new)
    let codes = Set(oldByCode.keys).union(newByCode.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    var result: [ProcedureChanges] = []
    for code in codes {
      let before = oldByCode[code]
      let after = newByCode[code]
      // A procedure whose file failed on either side, or that may be in a file that failed.
      if let before, covers(failed.old, before.procedure.file, code) || covers(failed.new, before.procedure.file, code)
      {
        continue
      }
      if let after, covers(failed.old, after.procedure.file, code) || covers(failed.new, after.procedure.file, code) {
        continue
      }
      switch (before, after) {
      case (nil, let added?):
        result.append(
          ProcedureChanges(
            code: code, name: name(added.procedure), file: added.procedure.file,
            changes: [
              Change(
                procedure: code, kind: .procedureAdded, burden: false,
                message: words.procedureAdded(added.procedure.allRequirements.count))
            ]))
      case (let removed?, nil):
        result.append(
          ProcedureChanges(
            code: code, name: name(removed.procedure), file: removed.procedure.file,
            changes: [
              Change(procedure: code, kind: .procedureRemoved, burden: false, message: words.procedureRemoved)
            ]))
      case (let before?, let after?):
        let changes = compare(before, after, old: old.catalog, new: new.catalog, words)
        if !changes.isEmpty {
          result.append(
            ProcedureChanges(code: code, name: name(after.procedure), file: after.procedure.file, changes: changes))
        }
      case (nil, nil):
        break
      }
    }
    return CatalogDiff(procedures: result, failed: failed, language: words.language)
  }

  /// The files with an input error (stages files, load, decode), sorted.
  static func failedFiles(_ result: CheckResult) -> [String] {
    let stages = Dictionary(
      CheckRegistry.descriptions.map { ($0.id, $0.stage) }, uniquingKeysWith: { first, _ in first })
    var files: Set<String> = []
    for diagnostic in result.diagnostics where diagnostic.severity == .error {
      switch stages[diagnostic.id] {
      case .files, .load, .decode: files.insert(diagnostic.file)
      default: break
      }
    }
    return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// Whether one of `failed` is `file`, a folder holding it, or a file named after `code` (where
  /// the procedure would be, had it been read).
  static func covers(_ failed: [String], _ file: String, _ code: String) -> Bool {
    failed.contains { path in
      if path == file || file.hasPrefix(path + "/") { return true }
      let name = path.split(separator: "/").last.map(String.init) ?? path
      return name == code + ".yaml" || name == code + ".yml"
    }
  }

  typealias Entry = (procedure: Procedure, analysis: EliminationAnalysis.ProcedureResult)

  static func index(_ result: CheckResult) -> [String: Entry] {
    var byCode: [String: Entry] = [:]
    for (procedure, analysis) in zip(result.catalog.procedures, result.elimination.procedures)
    where !procedure.code.value.isEmpty && byCode[procedure.code.value] == nil {
      byCode[procedure.code.value] = (procedure, analysis)
    }
    return byCode
  }

  static func name(_ procedure: Procedure) -> String {
    procedure.name?.text(preferring: "vi") ?? procedure.code.value
  }

  static func compare(_ before: Entry, _ after: Entry, old: Catalog, new: Catalog, _ words: Words) -> [Change] {
    let code = after.procedure.code.value
    var changes: [Change] = []
    func add(_ kind: Kind, _ burden: Bool, _ message: String) {
      changes.append(Change(procedure: code, kind: kind, burden: burden, message: message))
    }

    // Levels.
    let oldLevels = before.procedure.levels.map(\.value)
    let newLevels = after.procedure.levels.map(\.value)
    for level in newLevels where !oldLevels.contains(level) {
      add(.levelAdded, false, words.level(level, added: true, in: new))
    }
    for level in oldLevels where !newLevels.contains(level) {
      add(.levelRemoved, false, words.level(level, added: false, in: old))
    }

    // Requirements, matched by case and id.
    func key(_ caseID: String?, _ id: String) -> String { (caseID.map { $0 + "/" } ?? "") + id }
    var oldRequirements: [String: (Requirement, EliminationAnalysis.RequirementResult)] = [:]
    for ((requirement, caseID), analysis) in zip(before.procedure.allRequirements, before.analysis.requirements) {
      oldRequirements[key(caseID, requirement.id.value)] = (requirement, analysis)
    }
    var seen: Set<String> = []
    for ((requirement, caseID), analysis) in zip(after.procedure.allRequirements, after.analysis.requirements) {
      let requirementKey = key(caseID, requirement.id.value)
      seen.insert(requirementKey)
      let papers = requirement.alternatives.map(\.value)
      let label = "'\(requirementKey)' (\(papers.joined(separator: " | ")))"
      guard let (oldRequirement, oldAnalysis) = oldRequirements[requirementKey] else {
        let obtainable = analysis.obtainability != .required
        add(
          .requirementAdded, obtainable,
          words.requirementAdded(label, obtainable: obtainable ? analysis.obtainability : nil))
        continue
      }
      var differences: [String] = []
      let oldPapers = oldRequirement.alternatives.map(\.value)
      if oldPapers != papers {
        differences.append(
          words.papersChanged(oldPapers.joined(separator: " | "), papers.joined(separator: " | ")))
      }
      if oldRequirement.copies != requirement.copies {
        differences.append(
          words.copiesChanged(words.describe(oldRequirement.copies), words.describe(requirement.copies)))
      }
      if oldRequirement.presented != requirement.presented {
        differences.append(words.presentedChanged(requirement.presented))
      }
      if !differences.isEmpty {
        add(.requirementChanged, false, words.requirementChanged(label, differences))
      }
      let oldRank = rank(oldAnalysis.status)
      let newRank = rank(analysis.status)
      if newRank != oldRank {
        let why = reason(
          oldRequirement, requirement, oldAnalysis, analysis, before.procedure, after.procedure, old, new, words)
        add(
          newRank > oldRank ? .newlyEliminated : .noLongerEliminated, newRank < oldRank,
          words.statusChanged(label, analysis.status, was: oldAnalysis.status, because: why))
      }
    }
    for ((requirement, caseID), _) in zip(before.procedure.allRequirements, before.analysis.requirements)
    where !seen.contains(key(caseID, requirement.id.value)) {
      add(.requirementRemoved, false, words.requirementRemoved(key(caseID, requirement.id.value)))
    }

    // Channels: fee and time per kind.
    var oldChannels: [ChannelKind: Channel] = [:]
    for channel in before.procedure.channels where oldChannels[channel.kind.value] == nil {
      oldChannels[channel.kind.value] = channel
    }
    var newKinds: Set<ChannelKind> = []
    for channel in after.procedure.channels {
      let kind = channel.kind.value
      guard newKinds.insert(kind).inserted else { continue }
      guard let oldChannel = oldChannels[kind] else {
        add(.channelAdded, false, words.channel(kind, added: true))
        continue
      }
      compareFee(oldChannel.fee, channel.fee, kind, words, add)
      compareTime(oldChannel.processingTime, channel.processingTime, kind, words, add)
    }
    for kind in ChannelKind.allCases where oldChannels[kind] != nil && !newKinds.contains(kind) {
      add(.channelRemoved, true, words.channel(kind, added: false))
    }

    // Legal basis, by reference.
    let oldRefs = before.procedure.legalBasis.map(\.ref.value)
    let newRefs = after.procedure.legalBasis.map(\.ref.value)
    let addedRefs = newRefs.filter { !oldRefs.contains($0) }
    let removedRefs = oldRefs.filter { !newRefs.contains($0) }
    if !addedRefs.isEmpty || !removedRefs.isEmpty {
      add(.legalBasisChanged, false, words.legalBasis(added: addedRefs, removed: removedRefs))
    }
    return changes
  }

  /// Higher is lighter for the citizen: required < kept < partly eliminated < eliminated.
  static func rank(_ status: EliminationAnalysis.Status) -> Int {
    switch status {
    case .required: 0
    case .kept: 1
    case .partlyEliminated: 2
    case .eliminated: 3
    }
  }

  /// Why a requirement's status changed: a waiver, a listed source, a connection.
  static func reason(
    _ oldRequirement: Requirement, _ newRequirement: Requirement, _ oldAnalysis: EliminationAnalysis.RequirementResult,
    _ newAnalysis: EliminationAnalysis.RequirementResult, _ oldProcedure: Procedure, _ newProcedure: Procedure,
    _ old: Catalog, _ new: Catalog, _ words: Words
  ) -> String {
    var reasons: [String] = []
    if oldRequirement.keep == nil && newRequirement.keep != nil { reasons.append(words.waiver(added: true)) }
    if oldRequirement.keep != nil && newRequirement.keep == nil { reasons.append(words.waiver(added: false)) }
    let oldSources = Set(oldProcedure.dataSources.map(\.value))
    let newSources = Set(newProcedure.dataSources.map(\.value))
    let listed = newSources.subtracting(oldSources).sorted()
    let unlisted = oldSources.subtracting(newSources).sorted()
    if !listed.isEmpty { reasons.append(words.sources(listed, listed: true)) }
    if !unlisted.isEmpty { reasons.append(words.sources(unlisted, listed: false)) }
    // Each provision as "source NUL level": sorted by source, then level.
    func providers(_ analysis: EliminationAnalysis.RequirementResult) -> Set<String> {
      Set(analysis.levels.flatMap { level in level.provisions.map { "\($0.source)\u{0}\(level.level)" } })
    }
    let oldProviders = providers(oldAnalysis)
    let newProviders = providers(newAnalysis)
    let connected = newProviders.subtracting(oldProviders).sorted()
    let disconnected = oldProviders.subtracting(newProviders).sorted()
    if reasons.isEmpty && !connected.isEmpty { reasons.append(words.provided(connected, now: true)) }
    if reasons.isEmpty && !disconnected.isEmpty { reasons.append(words.provided(disconnected, now: false)) }
    if oldRequirement.alternatives.map(\.value) != newRequirement.alternatives.map(\.value) {
      reasons.append(words.papersOfRequirementChanged)
    }
    return reasons.isEmpty ? words.dayOrRulesChanged : reasons.joined(separator: "; ")
  }

  static func compareFee(
    _ old: Fee?, _ new: Fee?, _ kind: ChannelKind, _ words: Words, _ add: (Kind, Bool, String) -> Void
  ) {
    let oldAmount = old?.amount
    let newAmount = new?.amount
    if let oldAmount, let newAmount, old?.currency == new?.currency {
      let currency = new?.currency ?? ""
      if newAmount.value > oldAmount.value {
        add(.feeRaised, true, words.fee(kind, raised: true, from: oldAmount, to: newAmount, currency))
      } else if newAmount.value < oldAmount.value {
        add(.feeLowered, false, words.fee(kind, raised: false, from: oldAmount, to: newAmount, currency))
      }
    } else if oldAmount?.value != newAmount?.value || old?.currency != new?.currency {
      add(.feeChanged, false, words.feeChanged(kind, words.describe(old), words.describe(new)))
    }
    if old?.text?.content != new?.text?.content && oldAmount == newAmount {
      add(.feeChanged, false, words.feeTextChanged(kind))
    }
  }

  /// Times compared in hours, a working day counted as 8 hours.
  static func hours(_ time: ProcessingTime?) -> Double? {
    switch time {
    case .workingDays(let days): days.value * 8
    case .hours(let hours): hours.value
    default: nil
    }
  }

  static func compareTime(
    _ old: ProcessingTime?, _ new: ProcessingTime?, _ kind: ChannelKind, _ words: Words,
    _ add: (Kind, Bool, String) -> Void
  ) {
    let (before, after) = (words.describe(old), words.describe(new))
    if let oldHours = hours(old), let newHours = hours(new) {
      if newHours > oldHours {
        add(.timeLonger, true, words.time(kind, .timeLonger, before, after))
      } else if newHours < oldHours {
        add(.timeShorter, false, words.time(kind, .timeShorter, before, after))
      }
    } else if before != after {
      add(.timeChanged, false, words.time(kind, .timeChanged, before, after))
    }
  }

  // MARK: Reports

  public func markdown() -> String {
    let vi = language == .vi
    let all = changes
    let added = procedures.count { $0.changes.contains { $0.kind == .procedureAdded } }
    let removed = procedures.count { $0.changes.contains { $0.kind == .procedureRemoved } }
    var text = vi ? "## Thay đổi của danh mục thủ tục (OneStop)\n\n" : "## OneStop catalog changes\n\n"
    if !failed.isEmpty {
      text +=
        vi
        ? "**Có tệp không đọc được**: các thủ tục trong những tệp này không được so sánh"
        : "**Files that could not be read**: the procedures in them are left out of this diff"
      text +=
        failed.rules
        ? (vi
          ? ", và vì có tệp quy tắc trong số đó, không thủ tục nào được so sánh (mọi phép so sánh đều dựa vào rules/).\n\n"
          : ", and since a rules file is among them, no procedure is compared (every comparison depends on the rules).\n\n")
        : ".\n\n"
      for (side, files) in [(vi ? "bản cũ" : "old", failed.old), (vi ? "bản mới" : "new", failed.new)] {
        for file in files { text += "- \(side): `\(file)`\n" }
      }
      text += "\n"
    }
    if all.isEmpty {
      if vi {
        return text + (failed.isEmpty ? "Không thủ tục nào thay đổi.\n" : "Không thủ tục nào đọc được thay đổi.\n")
      }
      return text
        + (failed.isEmpty ? "No change to any procedure.\n" : "No change to any procedure that could be read.\n")
    }
    let burdens = self.burdens.count
    let changed = procedures.count - added - removed
    if vi {
      text += "\(changed) thủ tục thay đổi, \(added) thủ tục mới, \(removed) thủ tục bị xóa; \(all.count) thay đổi"
      text +=
        burdens == 0
        ? ", không thay đổi nào gây thêm gánh nặng cho người dân.\n"
        : ", **\(burdens) thay đổi gây thêm gánh nặng cho người dân**.\n"
    } else {
      text += "\(changed) procedures changed, \(added) added, \(removed) removed; "
      text += "\(all.count) change\(all.count == 1 ? "" : "s")"
      text +=
        burdens == 0
        ? ", none burdens citizens.\n" : ", **\(burdens) burden\(burdens == 1 ? "s" : "") citizens**.\n"
    }
    let burdenMark = vi ? "**gánh nặng** " : "**burden** "
    for procedure in procedures {
      text += "\n### \(procedure.code) \(MarkdownRenderer.escape(procedure.name))\n\n`\(procedure.file)`\n\n"
      for change in procedure.changes {
        text += "- " + (change.burden ? burdenMark : "") + "`\(change.kind.rawValue)`: "
        text += MarkdownRenderer.escape(change.message) + "\n"
      }
    }
    return text
  }

  struct JSONReport: Encodable {
    var version = 1
    var summary: [String: Int]
    var changes: [Change]
    /// The files each side could not read, whose procedures are left out.
    var failed: FailedFiles
  }

  public func json() -> String {
    let report = JSONReport(
      summary: [
        "procedures": procedures.count, "changes": changes.count, "burdens": burdens.count,
      ], changes: changes, failed: failed)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self) + "\n"
  }

  // MARK: Words

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
