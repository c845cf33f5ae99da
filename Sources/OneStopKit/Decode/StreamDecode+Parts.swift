// The fast path's decoding of a procedure's parts: channels, processing times, fees, legal
// references and paper requirements with their copies, forms and waivers (see
// `ProcedureStreamDecoder` in StreamDecode.swift).

extension ProcedureEventDecoder where Source: ~Copyable {
  // MARK: Parts of a procedure

  mutating func channel(_ kind: Kind) throws(GiveUp) -> Channel {
    var map = try begin(kind, .mappingStart)
    var channelKind: Located<ChannelKind>?
    var onlineLevel: Located<OnlineLevel>?
    var time: ProcessingTime?
    var fee: Fee?
    while let field = try nextKey(KeyTables.channel, &map) {
      switch field.key {
      case .kind: channelKind = try choice(node(), as: ChannelKind.self)
      case .onlineLevel: onlineLevel = try choice(node(), as: OnlineLevel.self)
      case .processingTime: time = try processingTime(node())
      case .fee: fee = try self.fee(node())
      }
    }
    guard let channelKind else { throw GiveUp() }
    return Channel(range: range(map), kind: channelKind, onlineLevel: onlineLevel, processingTime: time, fee: fee)
  }

  private mutating func processingTime(_ kind: Kind) throws(GiveUp) -> ProcessingTime {
    var map = try begin(kind, .mappingStart)
    var time: ProcessingTime?
    while let field = try nextKey(KeyTables.processingTime, &map) {
      switch field.key {
      case .workingDays: time = .workingDays(try amount(node()))
      case .hours: time = .hours(try amount(node()))
      case .text: time = .text(try localized(node()))
      }
    }
    guard let time else { throw GiveUp() }
    return time
  }

  private mutating func fee(_ kind: Kind) throws(GiveUp) -> Fee {
    var map = try begin(kind, .mappingStart)
    var fee = Fee()
    while let field = try nextKey(KeyTables.fee, &map) {
      switch field.key {
      case .amount:
        let (number, written) = try amountAsWritten(node())
        fee.amount = number
        fee.amountWritten = written
      case .currency: fee.currency = try currency(node())
      case .text: fee.text = try localized(node())
      }
    }
    return fee
  }

  mutating func legalReference(_ kind: Kind) throws(GiveUp) -> LegalReference {
    var map = try begin(kind, .mappingStart)
    var ref: Located<String>?
    var title: LocalizedText?
    var article: String?
    var date: Day?
    while let field = try nextKey(KeyTables.legalReference, &map) {
      switch field.key {
      case .ref: ref = located(try freeText(node()))
      case .title: title = try localized(node())
      case .article: article = try freeText(node())
      case .date: date = try day(node()).value
      }
    }
    guard let ref else { throw GiveUp() }
    return LegalReference(range: range(map), ref: ref, title: title, article: article, date: date)
  }

  mutating func requirements(_ kind: Kind, minItems: Int) throws(GiveUp) -> [Requirement] {
    try list(kind, minItems: minItems) { decoder, kind throws(GiveUp) in try decoder.requirement(kind) }
  }

  private mutating func requirement(_ kind: Kind) throws(GiveUp) -> Requirement {
    let keys = KeyTables.requirement
    var map = try begin(kind, .mappingStart)
    var id: Located<String>?
    var alternatives: [Located<String>] = []
    var isAnyOf = false
    var copies: Copies?
    var presented = false
    var form: FormTemplate?
    var keep: Waiver?
    var note: LocalizedText?
    while let field = try nextKey(keys, &map) {
      switch field.key {
      case .id: id = try self.id(node())
      case .paper: alternatives = [try self.id(node())]
      case .anyOf:
        isAnyOf = true
        alternatives = try ids(node(), minItems: field.minItems)
      case .copies: copies = try self.copies(node())
      case .presented: presented = try bool(node())
      case .form: form = try self.form(node())
      case .keep:
        let range = keyRange()
        keep = try waiver(node(), range: range)
      case .note: note = try localized(node())
      }
    }
    guard let id else { throw GiveUp() }
    return Requirement(
      range: range(map), id: id, alternatives: alternatives, isAnyOf: isAnyOf, copies: copies, presented: presented,
      form: form, keep: keep, note: note)
  }

  private mutating func copies(_ kind: Kind) throws(GiveUp) -> Copies {
    var map = try begin(kind, .mappingStart)
    var copies = Copies()
    while let field = try nextKey(KeyTables.copies, &map) {
      switch field.key {
      case .original: copies.original = try count(node())
      case .certifiedCopy: copies.certifiedCopy = try count(node())
      case .copy: copies.copy = try count(node())
      }
    }
    return copies
  }

  private mutating func form(_ kind: Kind) throws(GiveUp) -> FormTemplate {
    var map = try begin(kind, .mappingStart)
    var code: String?
    var name: LocalizedText?
    while let field = try nextKey(KeyTables.form, &map) {
      switch field.key {
      case .code: code = try freeText(node())
      case .name: name = try localized(node())
      }
    }
    guard let code else { throw GiveUp() }
    return FormTemplate(code: code, name: name)
  }

  private mutating func waiver(_ kind: Kind, range: SourceRange) throws(GiveUp) -> Waiver {
    var map = try begin(kind, .mappingStart)
    var waiver = Waiver(range: range)
    while let field = try nextKey(KeyTables.waiver, &map) {
      switch field.key {
      case .reason: waiver.reason = try localized(node())
      case .legalBasis: waiver.legalBasis = located(try freeText(node()))
      case .until: waiver.until = try day(node())
      }
    }
    return waiver
  }
}
