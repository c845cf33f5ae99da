import Foundation

/// What changed between two versions of a catalog, in the terms of the procedure rather than of
/// the YAML: requirements, eliminations, fees, times, channels, levels, legal basis. A change that
/// burdens citizens is a regression (`onestop diff --fail-on-regression`).
///
/// This file holds the model and the comparison; the reports are in CatalogDiff+Markdown.swift
/// and CatalogDiff+JSON.swift, every message in both languages in CatalogDiff+Words.swift.
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
    case bundleAdded = "bundle-added"
    case bundleRemoved = "bundle-removed"
    case bundleStepAdded = "bundle-step-added"
    case bundleStepRemoved = "bundle-step-removed"
    case bundlePaperAsked = "bundle-paper-asked"
    case bundlePaperSpared = "bundle-paper-spared"
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
    result += compareBundles(old: old, new: new, failed: failed, words)
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
}
