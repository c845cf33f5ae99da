/// Builds the typed model from node trees that the validator has already checked. Anything the
/// validator reported is simply left out here, so one mistake gives one diagnostic.
struct ModelDecoder {
  let file: String
  let languages: [String]

  // MARK: Scalars

  func text(_ node: YAMLNode?) -> Located<String>? {
    guard let node, let scalar = node.scalar, case .string = scalar.value else { return nil }
    return Located(scalar.text, node.range)
  }

  func id(_ node: YAMLNode?) -> Located<String>? {
    guard let text = text(node), Validator.isID(text.value) else { return nil }
    return text
  }

  func ids(_ node: YAMLNode?) -> [Located<String>] {
    (node?.items ?? []).exactCompactMap { id($0) }
  }

  func day(_ node: YAMLNode?) -> Located<Day>? {
    guard let text = text(node), let day = Day(text.value) else { return nil }
    return Located(day, text.range)
  }

  func bool(_ node: YAMLNode?) -> Bool? {
    guard let scalar = node?.scalar, case .bool(let value) = scalar.value else { return nil }
    return value
  }

  func number(_ node: YAMLNode?) -> Number? {
    guard let scalar = node?.scalar else { return nil }
    switch scalar.value {
    case .int(let int?): return Number(Double(int))
    case .float(let double) where double.isFinite: return Number(double)
    default: return nil
    }
  }

  func count(_ node: YAMLNode?) -> Int? {
    guard let scalar = node?.scalar else { return nil }
    switch scalar.value {
    case .int(let int?) where int >= 0: return int
    // `1.0` is a whole number too; the validator accepts it, so the model must keep it.
    case .float(let double) where double >= 0 && double == double.rounded() && double < 1e15: return Int(double)
    default: return nil
    }
  }

  func localized(_ node: YAMLNode?) -> LocalizedText? {
    guard let node, let pairs = node.pairs else { return nil }
    var entries: [LocalizedText.Entry] = []
    // Policy language order, whatever order the file uses.
    for language in languages {
      if let pair = pairs.first(where: { $0.key.isSameKey(language) }), let text = text(pair.value) {
        entries.append(LocalizedText.Entry(language: language, text: text.value))
      }
    }
    guard !entries.isEmpty else { return nil }
    return LocalizedText(entries: entries, range: node.range)
  }

  func choice<T: RawRepresentable>(_ node: YAMLNode?, as type: T.Type) -> Located<T>? where T.RawValue == String {
    guard let text = text(node), let value = T(rawValue: text.value) else { return nil }
    return Located(value, text.range)
  }

  // MARK: Procedures

  func procedure(_ root: YAMLNode) -> Procedure? {
    guard root.pairs != nil else { return nil }
    let code = text(root[ProcedureKey.code]) ?? Located("", SourceRange(at: root.range.start))
    var procedure = Procedure(file: file, range: root.range, code: code)
    procedure.name = localized(root[ProcedureKey.name])
    if let node = root[ProcedureKey.decision], let ref = text(node[DecisionKey.ref]) {
      procedure.decision = Decision(ref: ref, date: day(node[DecisionKey.date]))
    }
    procedure.field = id(root[ProcedureKey.field])
    procedure.levels = ids(root[ProcedureKey.levels])
    procedure.agency = localized(root[ProcedureKey.agency])
    procedure.subjects = ids(root[ProcedureKey.subjects])
    procedure.boundaryFree = bool(root[ProcedureKey.boundaryFree])
    procedure.dataSources = ids(root[ProcedureKey.dataSources])
    procedure.channelsRange = root.pair(ProcedureKey.channels).map(\.keyRange)
    procedure.channels = (root[ProcedureKey.channels]?.items ?? []).exactCompactMap(channel)
    procedure.legalBasisRange = root.pair(ProcedureKey.legalBasis).map(\.keyRange)
    procedure.legalBasis = (root[ProcedureKey.legalBasis]?.items ?? []).exactCompactMap(legalReference)
    procedure.papersRange = root.pair(ProcedureKey.papers).map(\.keyRange)
    procedure.papers = (root[ProcedureKey.papers]?.items ?? []).exactCompactMap(requirement)
    procedure.cases = (root[ProcedureKey.cases]?.items ?? []).exactCompactMap(procedureCase)
    procedure.results = (root[ProcedureKey.results]?.items ?? []).exactCompactMap(result)
    return procedure
  }

  func channel(_ node: YAMLNode) -> Channel? {
    guard let kind = choice(node[ChannelKey.kind], as: ChannelKind.self) else { return nil }
    var time: ProcessingTime? = nil
    if let timeNode = node[ChannelKey.processingTime] {
      if let days = number(timeNode[ProcessingTimeKey.workingDays]) {
        time = .workingDays(days)
      } else if let hours = number(timeNode[ProcessingTimeKey.hours]) {
        time = .hours(hours)
      } else if let text = localized(timeNode[ProcessingTimeKey.text]) {
        time = .text(text)
      }
    }
    var fee: Fee? = nil
    if let feeNode = node[ChannelKey.fee] {
      let amount = number(feeNode[FeeKey.amount])
      let text = localized(feeNode[FeeKey.text])
      if amount != nil || text != nil {
        fee = Fee(amount: amount, currency: self.text(feeNode[FeeKey.currency])?.value, text: text)
      }
    }
    return Channel(
      range: node.range, kind: kind, onlineLevel: choice(node[ChannelKey.onlineLevel], as: OnlineLevel.self),
      processingTime: time, fee: fee)
  }

  func legalReference(_ node: YAMLNode) -> LegalReference? {
    guard let ref = text(node[LegalReferenceKey.ref]) else { return nil }
    return LegalReference(
      range: node.range, ref: ref, title: localized(node[LegalReferenceKey.title]),
      article: text(node[LegalReferenceKey.article])?.value, date: day(node[LegalReferenceKey.date])?.value)
  }

  func requirement(_ node: YAMLNode) -> Requirement? {
    guard let id = id(node[RequirementKey.id]) else { return nil }
    let alternatives: [Located<String>]
    let isAnyOf = node[RequirementKey.paper] == nil && node[RequirementKey.anyOf] != nil
    if isAnyOf {
      alternatives = ids(node[RequirementKey.anyOf])
    } else {
      alternatives = self.id(node[RequirementKey.paper]).map { [$0] } ?? []
    }
    var copies: Copies? = nil
    if let copiesNode = node[RequirementKey.copies], copiesNode.pairs != nil {
      copies = Copies(
        original: count(copiesNode[CopiesKey.original]), certifiedCopy: count(copiesNode[CopiesKey.certifiedCopy]),
        copy: count(copiesNode[CopiesKey.copy]))
    }
    var form: FormTemplate? = nil
    if let formNode = node[RequirementKey.form], let code = text(formNode[FormTemplateKey.code]) {
      form = FormTemplate(code: code.value, name: localized(formNode[FormTemplateKey.name]))
    }
    var keep: Waiver? = nil
    if let keepPair = node.pair(RequirementKey.keep), keepPair.value.pairs != nil {
      let keepNode = keepPair.value
      keep = Waiver(
        range: keepPair.keyRange, reason: localized(keepNode[WaiverKey.reason]),
        legalBasis: text(keepNode[WaiverKey.legalBasis]), until: day(keepNode[WaiverKey.until]))
    }
    return Requirement(
      range: node.range, id: id, alternatives: alternatives, isAnyOf: isAnyOf, copies: copies,
      presented: bool(node[RequirementKey.presented]) ?? false, form: form, keep: keep,
      note: localized(node[RequirementKey.note]))
  }

  func procedureCase(_ node: YAMLNode) -> Case? {
    guard let id = id(node[CaseKey.id]) else { return nil }
    return Case(
      range: node.range, id: id, when: localized(node[CaseKey.when]),
      papers: (node[CaseKey.papers]?.items ?? []).exactCompactMap(requirement))
  }

  func result(_ node: YAMLNode) -> ProcedureResult? {
    if let paper = id(node[ResultKey.paper]) {
      return .paper(paper, digitized: bool(node[ResultKey.digitized]) ?? false)
    }
    if let source = id(node[ResultKey.updates]) { return .update(source) }
    return nil
  }

  // MARK: Rules

  func vocabulary(_ root: YAMLNode, key: String) -> [VocabularyEntry] {
    (root[key]?.items ?? []).compactMap { node in
      guard let id = id(node["id"]) else { return nil }
      return VocabularyEntry(
        file: file, range: node.range, id: id, name: localized(node["name"]), until: day(node["until"]))
    }
  }

  func papers(_ root: YAMLNode) -> [PaperType] {
    (root["papers"]?.items ?? []).compactMap { node in
      guard let id = id(node["id"]) else { return nil }
      return PaperType(
        file: file, range: node.range, id: id, name: localized(node["name"]),
        kind: choice(node["kind"], as: PaperKind.self)?.value ?? .document,
        resultCode: text(node["result_code"])?.value,
        until: day(node["until"]), replacedBy: self.id(node["replaced_by"]))
    }
  }

  func sources(_ root: YAMLNode) -> [SharedSource] {
    (root["sources"]?.items ?? []).compactMap { node in
      guard let id = id(node["id"]) else { return nil }
      var connected: [(level: Located<String>, since: Located<Day>)] = []
      for pair in node["connected"]?.pairs ?? [] {
        guard Validator.isID(pair.key), let since = day(pair.value) else { continue }
        connected.append((Located(pair.key, pair.keyRange), since))
      }
      return SharedSource(
        file: file, range: node.range, id: id, name: localized(node["name"]),
        kind: choice(node["kind"], as: SourceKind.self)?.value ?? .database, provides: ids(node["provides"]),
        connected: connected)
    }
  }

  func severities(_ node: YAMLNode?) -> [(id: Located<String>, severity: Located<SeveritySetting>)] {
    (node?.pairs ?? []).compactMap { pair in
      guard let setting = choice(pair.value, as: SeveritySetting.self) else { return nil }
      return (Located(pair.key, pair.keyRange), setting)
    }
  }

  func policy(_ root: YAMLNode) -> Policy {
    var policy = Policy()
    policy.file = file
    policy.asOf = day(root["as_of"])
    policy.codePattern = text(root["code_pattern"])
    let languages = ids(root["languages"]).map(\.value)
    if !languages.isEmpty { policy.languages = languages }
    policy.checks = severities(root["checks"])
    policy.overrides = (root["overrides"]?.items ?? []).compactMap { node in
      guard node.pairs != nil else { return nil }
      return SeverityOverride(
        range: node.range, files: (node["files"]?.items ?? []).compactMap { text($0) },
        checks: severities(node["checks"]))
    }
    if let targets = root["targets"] {
      func list(_ key: String) -> [Targets.Target] {
        (targets[key]?.items ?? []).compactMap { node in
          guard let by = day(node["by"]), let percent = number(node["percent"]) else { return nil }
          return Targets.Target(by: by.value, percent: percent.value, level: id(node["level"]))
        }
      }
      policy.targets = Targets(
        notReprovided: list("not_reprovided"), onlineDossiers: list("online_dossiers"),
        digitizedResults: list("digitized_results"))
    }
    return policy
  }
}

extension Array where Element == YAMLNode {
  /// `compactMap` into an array of exactly the needed capacity: the model of a national catalog
  /// stays in memory, and doubling growth would leave a third of it empty.
  func exactCompactMap<T>(_ transform: (YAMLNode) -> T?) -> [T] {
    var result: [T] = []
    result.reserveCapacity(count)
    for node in self {
      if let value = transform(node) { result.append(value) }
    }
    return result
  }
}
