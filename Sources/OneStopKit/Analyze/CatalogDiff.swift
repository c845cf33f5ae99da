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

  public var procedures: [ProcedureChanges]

  public var changes: [Change] { procedures.flatMap(\.changes) }
  public var burdens: [Change] { changes.filter(\.burden) }

  public static func compare(old: CheckResult, new: CheckResult) -> CatalogDiff {
    let oldByCode = index(old)
    let newByCode = index(new)
    let codes = Set(oldByCode.keys).union(newByCode.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    var result: [ProcedureChanges] = []
    for code in codes {
      switch (oldByCode[code], newByCode[code]) {
      case (nil, let added?):
        result.append(
          ProcedureChanges(
            code: code, name: name(added.procedure), file: added.procedure.file,
            changes: [
              Change(
                procedure: code, kind: .procedureAdded, burden: false,
                message:
                  "procedure added with \(added.procedure.allRequirements.count) requirement\(added.procedure.allRequirements.count == 1 ? "" : "s")"
              )
            ]))
      case (let removed?, nil):
        result.append(
          ProcedureChanges(
            code: code, name: name(removed.procedure), file: removed.procedure.file,
            changes: [Change(procedure: code, kind: .procedureRemoved, burden: false, message: "procedure removed")]))
      case (let before?, let after?):
        let changes = compare(before, after, old: old.catalog, new: new.catalog)
        if !changes.isEmpty {
          result.append(
            ProcedureChanges(code: code, name: name(after.procedure), file: after.procedure.file, changes: changes))
        }
      case (nil, nil):
        break
      }
    }
    return CatalogDiff(procedures: result)
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

  static func compare(_ before: Entry, _ after: Entry, old: Catalog, new: Catalog) -> [Change] {
    let code = after.procedure.code.value
    var changes: [Change] = []
    func add(_ kind: Kind, _ burden: Bool, _ message: String) {
      changes.append(Change(procedure: code, kind: kind, burden: burden, message: message))
    }

    // Levels.
    let oldLevels = before.procedure.levels.map(\.value)
    let newLevels = after.procedure.levels.map(\.value)
    for level in newLevels where !oldLevels.contains(level) { add(.levelAdded, false, "level '\(level)' added") }
    for level in oldLevels where !newLevels.contains(level) { add(.levelRemoved, false, "level '\(level)' removed") }

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
      let label = "'\(requirementKey)' (\(requirement.alternatives.map(\.value).joined(separator: " | ")))"
      guard let (oldRequirement, oldAnalysis) = oldRequirements[requirementKey] else {
        let obtainable = analysis.obtainability != .required
        add(
          .requirementAdded, obtainable,
          "requirement \(label) added"
            + (obtainable
              ? ", although a listed connected source provides it (\(analysis.obtainability.rawValue))" : ""))
        continue
      }
      var differences: [String] = []
      if oldRequirement.alternatives.map(\.value) != requirement.alternatives.map(\.value) {
        differences.append(
          "papers \(oldRequirement.alternatives.map(\.value).joined(separator: " | ")) → \(requirement.alternatives.map(\.value).joined(separator: " | "))"
        )
      }
      if oldRequirement.copies != requirement.copies {
        differences.append("copies \(describe(oldRequirement.copies)) → \(describe(requirement.copies))")
      }
      if oldRequirement.presented != requirement.presented {
        differences.append(requirement.presented ? "now shown, not submitted" : "now submitted, not shown")
      }
      if !differences.isEmpty {
        add(.requirementChanged, false, "requirement \(label): " + differences.joined(separator: "; "))
      }
      let oldRank = rank(oldAnalysis.status)
      let newRank = rank(analysis.status)
      if newRank > oldRank {
        add(
          .newlyEliminated, false,
          "requirement \(label) is now \(analysis.status.rawValue) (was \(oldAnalysis.status.rawValue)): "
            + reason(oldRequirement, requirement, oldAnalysis, analysis, before.procedure, after.procedure, old, new))
      } else if newRank < oldRank {
        add(
          .noLongerEliminated, true,
          "requirement \(label) is now \(analysis.status.rawValue) (was \(oldAnalysis.status.rawValue)): "
            + reason(oldRequirement, requirement, oldAnalysis, analysis, before.procedure, after.procedure, old, new))
      }
    }
    for ((requirement, caseID), _) in zip(before.procedure.allRequirements, before.analysis.requirements)
    where !seen.contains(key(caseID, requirement.id.value)) {
      add(.requirementRemoved, false, "requirement '\(key(caseID, requirement.id.value))' removed")
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
        add(.channelAdded, false, "channel '\(kind.rawValue)' added")
        continue
      }
      compareFee(oldChannel.fee, channel.fee, kind, add)
      compareTime(oldChannel.processingTime, channel.processingTime, kind, add)
    }
    for kind in ChannelKind.allCases where oldChannels[kind] != nil && !newKinds.contains(kind) {
      add(.channelRemoved, true, "channel '\(kind.rawValue)' removed")
    }

    // Legal basis, by reference.
    let oldRefs = before.procedure.legalBasis.map(\.ref.value)
    let newRefs = after.procedure.legalBasis.map(\.ref.value)
    let addedRefs = newRefs.filter { !oldRefs.contains($0) }
    let removedRefs = oldRefs.filter { !newRefs.contains($0) }
    if !addedRefs.isEmpty || !removedRefs.isEmpty {
      var parts: [String] = []
      if !addedRefs.isEmpty { parts.append("added \(addedRefs.joined(separator: ", "))") }
      if !removedRefs.isEmpty { parts.append("removed \(removedRefs.joined(separator: ", "))") }
      add(.legalBasisChanged, false, "legal basis " + parts.joined(separator: "; "))
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
    _ old: Catalog, _ new: Catalog
  ) -> String {
    var reasons: [String] = []
    if oldRequirement.keep == nil && newRequirement.keep != nil { reasons.append("a waiver was added") }
    if oldRequirement.keep != nil && newRequirement.keep == nil { reasons.append("its waiver was removed") }
    let oldSources = Set(oldProcedure.dataSources.map(\.value))
    let newSources = Set(newProcedure.dataSources.map(\.value))
    let listed = newSources.subtracting(oldSources).sorted()
    let unlisted = oldSources.subtracting(newSources).sorted()
    if !listed.isEmpty { reasons.append("source \(listed.joined(separator: ", ")) listed") }
    if !unlisted.isEmpty { reasons.append("source \(unlisted.joined(separator: ", ")) no longer listed") }
    let oldProviders = Set(
      oldAnalysis.levels.flatMap { level in level.provisions.map { "\($0.source) at \(level.level)" } })
    let newProviders = Set(
      newAnalysis.levels.flatMap { level in level.provisions.map { "\($0.source) at \(level.level)" } })
    let connected = newProviders.subtracting(oldProviders).sorted()
    let disconnected = oldProviders.subtracting(newProviders).sorted()
    if reasons.isEmpty && !connected.isEmpty { reasons.append("now provided by \(connected.joined(separator: ", "))") }
    if reasons.isEmpty && !disconnected.isEmpty {
      reasons.append("no longer provided by \(disconnected.joined(separator: ", "))")
    }
    if oldRequirement.alternatives.map(\.value) != newRequirement.alternatives.map(\.value) {
      reasons.append("its papers changed")
    }
    return reasons.isEmpty ? "the judging day or the rules changed" : reasons.joined(separator: "; ")
  }

  static func describe(_ copies: Copies?) -> String {
    guard let copies else { return "none" }
    var parts: [String] = []
    if let count = copies.original { parts.append("\(count) original") }
    if let count = copies.certifiedCopy { parts.append("\(count) certified") }
    if let count = copies.copy { parts.append("\(count) copy") }
    return parts.isEmpty ? "none" : parts.joined(separator: ", ")
  }

  static func compareFee(_ old: Fee?, _ new: Fee?, _ kind: ChannelKind, _ add: (Kind, Bool, String) -> Void) {
    let oldAmount = old?.amount
    let newAmount = new?.amount
    if let oldAmount, let newAmount, old?.currency == new?.currency {
      let currency = new?.currency ?? ""
      if newAmount.value > oldAmount.value {
        add(
          .feeRaised, true, "fee on '\(kind.rawValue)' raised from \(oldAmount.text) to \(newAmount.text) \(currency)")
      } else if newAmount.value < oldAmount.value {
        add(
          .feeLowered, false,
          "fee on '\(kind.rawValue)' lowered from \(oldAmount.text) to \(newAmount.text) \(currency)")
      }
    } else if oldAmount?.value != newAmount?.value || old?.currency != new?.currency {
      add(.feeChanged, false, "fee on '\(kind.rawValue)' changed: \(describe(old)) → \(describe(new))")
    }
    if old?.text?.content != new?.text?.content && oldAmount == newAmount {
      add(.feeChanged, false, "fee text on '\(kind.rawValue)' changed")
    }
  }

  static func describe(_ fee: Fee?) -> String {
    guard let fee else { return "none" }
    if let amount = fee.amount { return "\(amount.text) \(fee.currency ?? "")" }
    return fee.text?.text(preferring: "vi") ?? "none"
  }

  /// Times compared in hours, a working day counted as 8 hours.
  static func hours(_ time: ProcessingTime?) -> Double? {
    switch time {
    case .workingDays(let days): days.value * 8
    case .hours(let hours): hours.value
    default: nil
    }
  }

  static func describe(_ time: ProcessingTime?) -> String {
    switch time {
    case .workingDays(let days): "\(days.text) working day\(days.value == 1 ? "" : "s")"
    case .hours(let hours): "\(hours.text) hour\(hours.value == 1 ? "" : "s")"
    case .text(let text): "'\(text.text(preferring: "vi"))'"
    case nil: "none"
    }
  }

  static func compareTime(
    _ old: ProcessingTime?, _ new: ProcessingTime?, _ kind: ChannelKind, _ add: (Kind, Bool, String) -> Void
  ) {
    if let before = hours(old), let after = hours(new) {
      if after > before {
        add(.timeLonger, true, "processing time on '\(kind.rawValue)' longer: \(describe(old)) → \(describe(new))")
      } else if after < before {
        add(.timeShorter, false, "processing time on '\(kind.rawValue)' shorter: \(describe(old)) → \(describe(new))")
      }
    } else if describe(old) != describe(new) {
      add(.timeChanged, false, "processing time on '\(kind.rawValue)' changed: \(describe(old)) → \(describe(new))")
    }
  }

  // MARK: Reports

  public func markdown() -> String {
    let all = changes
    let added = procedures.count { $0.changes.contains { $0.kind == .procedureAdded } }
    let removed = procedures.count { $0.changes.contains { $0.kind == .procedureRemoved } }
    var text = "## OneStop catalog changes\n\n"
    if all.isEmpty { return text + "No change to any procedure.\n" }
    text += "\(procedures.count - added - removed) procedures changed, \(added) added, \(removed) removed; "
    text += "\(all.count) change\(all.count == 1 ? "" : "s")"
    let burdens = self.burdens.count
    text +=
      burdens == 0
      ? ", none burdens citizens.\n" : ", **\(burdens) burden\(burdens == 1 ? "s" : "") citizens**.\n"
    for procedure in procedures {
      text += "\n### \(procedure.code) \(MarkdownRenderer.escape(procedure.name))\n\n`\(procedure.file)`\n\n"
      for change in procedure.changes {
        text += "- " + (change.burden ? "**burden** " : "") + "`\(change.kind.rawValue)`: "
        text += MarkdownRenderer.escape(change.message) + "\n"
      }
    }
    return text
  }

  struct JSONReport: Encodable {
    var version = 1
    var summary: [String: Int]
    var changes: [Change]
  }

  public func json() -> String {
    let report = JSONReport(
      summary: [
        "procedures": procedures.count, "changes": changes.count, "burdens": burdens.count,
      ], changes: changes)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self) + "\n"
  }
}
