/// The keys of one mapping shape of a procedure file, as an enum whose raw values are the
/// shape's key names, in the shape's order. Both decoders read procedures through these enums:
/// the fast path switches over them with no `default` (a key added here is a compile error there
/// until it is read), the tree path looks nodes up by them. `FormatKeyTests` holds every enum to
/// its shape in `FormatSchema`, and every shape of the procedure file to an enum.
protocol FormatKey: RawRepresentable<String>, CaseIterable, Hashable, Sendable where AllCases == [Self] {
  /// The shape whose keys these are.
  static var shape: ObjectShape { get }
}

enum ProcedureKey: String, FormatKey {
  case code, name, decision, field, levels, agency, subjects
  case boundaryFree = "boundary_free"
  case dataSources = "data_sources"
  case channels
  case legalBasis = "legal_basis"
  case papers, cases, results
  static var shape: ObjectShape { FormatSchema.procedure }
}

enum DecisionKey: String, FormatKey {
  case ref, date
  static var shape: ObjectShape { FormatSchema.decision }
}

enum ChannelKey: String, FormatKey {
  case kind
  case onlineLevel = "online_level"
  case processingTime = "processing_time"
  case fee
  static var shape: ObjectShape { FormatSchema.channel }
}

enum ProcessingTimeKey: String, FormatKey {
  case workingDays = "working_days"
  case hours, text
  static var shape: ObjectShape { FormatSchema.processingTime }
}

enum FeeKey: String, FormatKey {
  case amount, currency, text
  static var shape: ObjectShape { FormatSchema.fee }
}

enum LegalReferenceKey: String, FormatKey {
  case ref, title, article, date
  static var shape: ObjectShape { FormatSchema.legalReference }
}

enum RequirementKey: String, FormatKey {
  case id, paper
  case anyOf = "any_of"
  case copies, presented, form, keep, note
  static var shape: ObjectShape { FormatSchema.requirement }
}

enum CopiesKey: String, FormatKey {
  case original
  case certifiedCopy = "certified_copy"
  case copy
  static var shape: ObjectShape { FormatSchema.copies }
}

enum FormTemplateKey: String, FormatKey {
  case code, name
  static var shape: ObjectShape { FormatSchema.form }
}

enum WaiverKey: String, FormatKey {
  case reason
  case legalBasis = "legal_basis"
  case until
  static var shape: ObjectShape { FormatSchema.waiver }
}

enum CaseKey: String, FormatKey {
  case id, when, papers
  static var shape: ObjectShape { FormatSchema.procedureCase }
}

enum ResultKey: String, FormatKey {
  case paper, digitized, updates
  static var shape: ObjectShape { FormatSchema.result }
}

extension YAMLNode {
  /// The value of the key `key` of a mapping.
  subscript<Key: FormatKey>(key: Key) -> YAMLNode? { self[key.rawValue] }

  /// The pair of the key `key` of a mapping.
  func pair<Key: FormatKey>(_ key: Key) -> YAMLPair? { pair(key.rawValue) }
}
