// The fast path's procedure-level decoding: the procedure's mapping, its decision, cases and
// results (see `ProcedureStreamDecoder` in StreamDecode.swift, which holds the event and scalar
// helpers these build on).

extension ProcedureEventDecoder where Source: ~Copyable {
  // MARK: Procedures

  mutating func procedure() throws(GiveUp) -> Procedure {
    guard try next() == .streamStart, try next() == .documentStart else { throw GiveUp() }
    let keys = KeyTables.procedure
    var map = try begin(node(), .mappingStart)
    var procedure = Procedure(file: file, range: SourceRange(at: .start), code: Located("", SourceRange(at: .start)))
    while let field = try nextKey(keys, &map) {
      switch field.key {
      case .code: procedure.code = located(try freeText(node()))
      case .name: procedure.name = try localized(node())
      case .decision: procedure.decision = try decision(node())
      case .field: procedure.field = try id(node())
      case .levels: procedure.levels = try ids(node(), minItems: field.minItems)
      case .agency: procedure.agency = try localized(node())
      case .subjects: procedure.subjects = try ids(node(), minItems: field.minItems)
      case .boundaryFree: procedure.boundaryFree = try bool(node())
      case .dataSources: procedure.dataSources = try ids(node(), minItems: field.minItems)
      case .channels:
        procedure.channelsRange = keyRange()
        procedure.channels = try list(node(), minItems: field.minItems) { decoder, kind throws(GiveUp) in
          try decoder.channel(kind)
        }
      case .legalBasis:
        procedure.legalBasisRange = keyRange()
        procedure.legalBasis = try list(node(), minItems: field.minItems) { decoder, kind throws(GiveUp) in
          try decoder.legalReference(kind)
        }
      case .papers:
        procedure.papersRange = keyRange()
        procedure.papers = try requirements(node(), minItems: field.minItems)
      case .cases:
        procedure.cases = try list(node(), minItems: field.minItems) { decoder, kind throws(GiveUp) in
          try decoder.procedureCase(kind)
        }
      case .results:
        procedure.results = try list(node(), minItems: field.minItems) { decoder, kind throws(GiveUp) in
          try decoder.result(kind)
        }
      }
    }
    guard try next() == .documentEnd, try next() == .streamEnd else { throw GiveUp() }
    procedure.range = range(map)
    return procedure
  }

  private mutating func decision(_ kind: Kind) throws(GiveUp) -> Decision {
    var map = try begin(kind, .mappingStart)
    var ref: Located<String>?
    var date: Located<Day>?
    while let field = try nextKey(KeyTables.decision, &map) {
      switch field.key {
      case .ref: ref = located(try freeText(node()))
      case .date: date = try day(node())
      }
    }
    guard let ref else { throw GiveUp() }
    return Decision(ref: ref, date: date)
  }

  private mutating func procedureCase(_ kind: Kind) throws(GiveUp) -> Case {
    let keys = KeyTables.procedureCase
    var map = try begin(kind, .mappingStart)
    var id: Located<String>?
    var when: LocalizedText?
    var papers: [Requirement] = []
    while let field = try nextKey(keys, &map) {
      switch field.key {
      case .id: id = try self.id(node())
      case .when: when = try localized(node())
      case .papers: papers = try requirements(node(), minItems: field.minItems)
      }
    }
    guard let id else { throw GiveUp() }
    return Case(range: range(map), id: id, when: when, papers: papers)
  }

  private mutating func result(_ kind: Kind) throws(GiveUp) -> ProcedureResult {
    var map = try begin(kind, .mappingStart)
    var paper: Located<String>?
    var digitized = false
    var updates: Located<String>?
    while let field = try nextKey(KeyTables.result, &map) {
      switch field.key {
      case .paper: paper = try id(node())
      case .digitized: digitized = try bool(node())
      case .updates: updates = try id(node())
      }
    }
    if let paper { return .paper(paper, digitized: digitized) }
    guard let updates else { throw GiveUp() }
    return .update(updates)
  }
}
