import OneStopCEL

/// The catalog as custom checks see it (`CustomCheckTypes`): objects whose fields are built only
/// when an expression selects them, so a rule that reads `procedure.code` costs no requirement
/// list. Field names and values are catalog.json's (docs/catalog-json.md).
enum CustomCheckValues {
  static func text(_ text: LocalizedText?) -> CELValue? {
    guard let text else { return nil }
    return map(text.entries.map { ($0.language, CELValue.string($0.text)) })
  }

  static func map(_ entries: [(String, CELValue)]) -> CELValue {
    .map(CELMap(entries.map { (CELValue.string($0.0), $0.1) }))
  }

  static func strings(_ values: [String]) -> CELValue {
    .list(values.map(CELValue.string))
  }

  static func ids(_ values: [Located<String>]) -> CELValue {
    .list(values.map { .string($0.value) })
  }

  static func number(_ number: Number?) -> CELValue? {
    number.map { .double($0.value) }
  }

  static func day(_ day: Day?) -> CELValue? {
    day.map { .string($0.description) }
  }

  static func int(_ value: Int?) -> CELValue? {
    value.map { .int(Int64($0)) }
  }

  /// `rules`, built once per run.
  static func rules(_ rules: Rules) -> CELValue {
    func entry(_ item: VocabularyEntry) -> CELValue {
      var fields: [(String, CELValue)] = [("id", .string(item.id.value))]
      fields.append(("name", text(item.name) ?? map([])))
      if let until = day(item.until?.value) { fields.append(("until", until)) }
      return .object(Record(type: "Entry", fields: fields))
    }
    func level(_ item: VocabularyEntry) -> CELValue {
      var fields: [(String, CELValue)] = [("id", .string(item.id.value)), ("name", text(item.name) ?? map([]))]
      if let until = day(item.until?.value) { fields.append(("until", until)) }
      return .object(Record(type: "Level", fields: fields))
    }
    func paper(_ item: PaperType) -> CELValue {
      var fields: [(String, CELValue)] = [
        ("id", .string(item.id.value)), ("kind", .string(item.kind.rawValue)), ("name", text(item.name) ?? map([])),
      ]
      if let replaced = item.replacedBy { fields.append(("replaced_by", .string(replaced.value))) }
      if let code = item.resultCode { fields.append(("result_code", .string(code))) }
      if let until = day(item.until?.value) { fields.append(("until", until)) }
      return .object(Record(type: "Paper", fields: fields))
    }
    func source(_ item: SharedSource) -> CELValue {
      var fields: [(String, CELValue)] = [
        ("connected", map(item.connected.map { ($0.level.value, CELValue.string($0.since.value.description)) })),
        ("id", .string(item.id.value)), ("kind", .string(item.kind.rawValue)), ("name", text(item.name) ?? map([])),
      ]
      if item.kind == .database { fields.append(("provides", ids(item.provides))) }
      return .object(Record(type: "Source", fields: fields))
    }
    func byID<T>(_ items: [T], _ id: (T) -> String, _ value: (T) -> CELValue) -> CELValue {
      var seen: Set<String> = []
      return map(items.filter { seen.insert(id($0)).inserted }.map { (id($0), value($0)) })
    }
    return .object(
      Record(
        type: "Rules",
        fields: [
          ("fields", byID(rules.fields, { $0.id.value }, entry)),
          ("levels", .list(rules.levels.map(level))),
          ("papers", byID(rules.papers, { $0.id.value }, paper)),
          ("sources", byID(rules.sources, { $0.id.value }, source)),
          ("subjects", byID(rules.subjects, { $0.id.value }, entry)),
        ]))
  }

  /// An object whose fields are all known up front (the rules' entries, small parts).
  struct Record: CELObject {
    let type: String
    let fields: [(String, CELValue)]
    var celTypeName: String { type }
    func celField(_ name: String) -> CELValue? {
      for (key, value) in fields where key == name { return value }
      return nil
    }
  }

  /// One procedure, for every check that looks at it: the lists of its parts are built the first
  /// time an expression selects them and kept for the other checks (a run's procedure is judged on
  /// one thread).
  final class ProcedureObject: CELObject, @unchecked Sendable {
    let procedure: Procedure
    let result: EliminationAnalysis.ProcedureResult
    var celTypeName: String { "Procedure" }

    init(procedure: Procedure, result: EliminationAnalysis.ProcedureResult) {
      self.procedure = procedure
      self.result = result
    }

    /// The requirements, channels, results and legal references, as the scoped checks judge them.
    private(set) lazy var requirementObjects: [RequirementObject] = zip(procedure.allRequirements, result.requirements)
      .map { item, analysis in
        RequirementObject(requirement: item.requirement, caseID: item.caseID, analysis: analysis)
      }
    private(set) lazy var channelObjects: [ChannelObject] = procedure.channels.map { ChannelObject(channel: $0) }
    private(set) lazy var resultObjects: [ResultObject] = procedure.results.map { ResultObject(result: $0) }
    private(set) lazy var legalBasisObjects: [LegalBasisObject] = procedure.legalBasis.map {
      LegalBasisObject(reference: $0)
    }

    private lazy var channelsValue: CELValue = .list(channelObjects.map { .object($0) })
    private lazy var requirementsValue: CELValue = .list(requirementObjects.map { .object($0) })
    private lazy var resultsValue: CELValue = .list(resultObjects.map { .object($0) })
    private lazy var legalBasisValue: CELValue = .list(legalBasisObjects.map { .object($0) })

    func celField(_ name: String) -> CELValue? {
      switch name {
      case "code": return .string(procedure.code.value)
      case "channels": return channelsValue
      case "requirements": return requirementsValue
      case "results": return resultsValue
      case "legal_basis": return legalBasisValue
      default: return build(name)
      }
    }

    private func build(_ name: String) -> CELValue? {
      switch name {
      case "agency": return text(procedure.agency)
      case "boundary_free": return procedure.boundaryFree.map(CELValue.bool)
      case "cases":
        return .list(
          procedure.cases.map { item in
            var fields: [(String, CELValue)] = [("id", .string(item.id.value))]
            if let when = text(item.when) { fields.append(("when", when)) }
            return .object(Record(type: "Case", fields: fields))
          })
      case "channels": return .list(channelObjects.map { .object($0) })
      case "code": return .string(procedure.code.value)
      case "data_sources": return ids(procedure.dataSources)
      case "decision":
        guard let decision = procedure.decision else { return nil }
        var fields: [(String, CELValue)] = [("ref", .string(decision.ref.value))]
        if let date = day(decision.date?.value) { fields.append(("date", date)) }
        return .object(Record(type: "Decision", fields: fields))
      case "field": return procedure.field.map { .string($0.value) }
      case "file": return .string(procedure.file)
      case "legal_basis": return .list(legalBasisObjects.map { .object($0) })
      case "levels": return strings(result.levels)
      case "name": return text(procedure.name)
      case "requirements": return .list(requirementObjects.map { .object($0) })
      case "results": return .list(resultObjects.map { .object($0) })
      case "subjects": return ids(procedure.subjects)
      default: return nil
      }
    }
  }

  final class ChannelObject: CELObject, @unchecked Sendable {
    let channel: Channel
    var celTypeName: String { "Channel" }
    init(channel: Channel) { self.channel = channel }

    private lazy var feeValue: CELValue? = build("fee")
    private lazy var timeValue: CELValue? = build("processing_time")

    func celField(_ name: String) -> CELValue? {
      switch name {
      case "kind": return .string(channel.kind.value.rawValue)
      case "fee": return feeValue
      case "processing_time": return timeValue
      default: return build(name)
      }
    }

    private func build(_ name: String) -> CELValue? {
      switch name {
      case "fee":
        guard let fee = channel.fee else { return nil }
        var fields: [(String, CELValue)] = []
        if let amount = number(fee.amount) { fields.append(("amount", amount)) }
        if let currency = fee.currency { fields.append(("currency", .string(currency))) }
        if let text = text(fee.text) { fields.append(("text", text)) }
        return .object(Record(type: "Fee", fields: fields))
      case "kind": return .string(channel.kind.value.rawValue)
      case "online_level": return channel.onlineLevel.map { .string($0.value.rawValue) }
      case "processing_time":
        guard let time = channel.processingTime else { return nil }
        let field: (String, CELValue)
        switch time {
        case .workingDays(let days): field = ("working_days", .double(days.value))
        case .hours(let hours): field = ("hours", .double(hours.value))
        case .text(let words): field = ("text", text(words) ?? map([]))
        }
        return .object(Record(type: "ProcessingTime", fields: [field]))
      default: return nil
      }
    }
  }

  final class LegalBasisObject: CELObject {
    let reference: LegalReference
    var celTypeName: String { "LegalBasis" }
    init(reference: LegalReference) { self.reference = reference }

    func celField(_ name: String) -> CELValue? {
      switch name {
      case "article": return reference.article.map(CELValue.string)
      case "date": return day(reference.date)
      case "ref": return .string(reference.ref.value)
      case "title": return text(reference.title) ?? map([])
      default: return nil
      }
    }
  }

  final class ResultObject: CELObject {
    let result: ProcedureResult
    var celTypeName: String { "Result" }
    init(result: ProcedureResult) { self.result = result }

    func celField(_ name: String) -> CELValue? {
      switch (result, name) {
      case (.paper(_, let digitized), "digitized"): return .bool(digitized)
      case (.paper(let paper, _), "paper"): return .string(paper.value)
      case (.update(let source), "updates"): return .string(source.value)
      default: return nil
      }
    }
  }

  final class RequirementObject: CELObject, @unchecked Sendable {
    let requirement: Requirement
    let caseID: String?
    let analysis: EliminationAnalysis.RequirementResult
    var celTypeName: String { "Requirement" }
    init(requirement: Requirement, caseID: String?, analysis: EliminationAnalysis.RequirementResult) {
      self.requirement = requirement
      self.caseID = caseID
      self.analysis = analysis
    }

    private lazy var levelsValue: CELValue? = build("levels")
    private lazy var copiesValue: CELValue? = build("copies")
    private lazy var statusValue: CELValue = .string(analysis.status.rawValue)

    func celField(_ name: String) -> CELValue? {
      switch name {
      case "status": return statusValue
      case "levels": return levelsValue
      case "copies": return copiesValue
      default: return build(name)
      }
    }

    private func build(_ name: String) -> CELValue? {
      switch name {
      case "any_of": return requirement.isAnyOf ? ids(requirement.alternatives) : nil
      case "case": return caseID.map(CELValue.string)
      case "copies":
        guard let copies = requirement.copies else { return nil }
        var fields: [(String, CELValue)] = []
        if let value = int(copies.certifiedCopy) { fields.append(("certified_copy", value)) }
        if let value = int(copies.copy) { fields.append(("copy", value)) }
        if let value = int(copies.original) { fields.append(("original", value)) }
        return .object(Record(type: "Copies", fields: fields))
      case "form":
        guard let form = requirement.form else { return nil }
        var fields: [(String, CELValue)] = [("code", .string(form.code))]
        if let name = text(form.name) { fields.append(("name", name)) }
        return .object(Record(type: "Form", fields: fields))
      case "id": return .string(requirement.id.value)
      case "keep":
        guard let keep = requirement.keep else { return nil }
        var fields: [(String, CELValue)] = []
        if let basis = keep.legalBasis { fields.append(("legal_basis", .string(basis.value))) }
        if let reason = text(keep.reason) { fields.append(("reason", reason)) }
        if let until = day(keep.until?.value) { fields.append(("until", until)) }
        return .object(Record(type: "Keep", fields: fields))
      case "levels":
        return .list(
          analysis.levels.map { level in
            .object(
              Record(
                type: "RequirementLevel",
                fields: [
                  ("level", .string(level.level)),
                  (
                    "provided_by",
                    .list(
                      level.provisions.map { provision in
                        .object(
                          Record(
                            type: "Provision",
                            fields: [
                              ("paper", .string(provision.paper)), ("since", .string(provision.since.description)),
                              ("source", .string(provision.source)),
                            ]))
                      })
                  ),
                  ("status", .string(level.status.rawValue)),
                ]))
          })
      case "note": return text(requirement.note)
      case "paper": return requirement.isAnyOf ? nil : requirement.alternatives.first.map { .string($0.value) }
      case "presented": return .bool(requirement.presented)
      case "status": return .string(analysis.status.rawValue)
      default: return nil
      }
    }
  }
}
