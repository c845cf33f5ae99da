import Foundation

/// JSON Schemas (draft 2020-12) for procedure files and each rules file, generated from the same
/// shapes the decoder validates against (FormatSchema.swift), so the two cannot drift. An editor
/// with the YAML language server uses them through the `# yaml-language-server: $schema=` line.
public enum JSONSchemaWriter {
  /// A JSON value with its keys kept in the order written; encoded with sorted keys.
  indirect enum Value: Encodable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case array([Value])
    case object([(String, Value)])

    func encode(to encoder: any Encoder) throws {
      switch self {
      case .string(let text):
        var container = encoder.singleValueContainer()
        try container.encode(text)
      case .number(let number):
        var container = encoder.singleValueContainer()
        try container.encode(number)
      case .integer(let number):
        var container = encoder.singleValueContainer()
        try container.encode(number)
      case .bool(let flag):
        var container = encoder.singleValueContainer()
        try container.encode(flag)
      case .array(let items):
        var container = encoder.unkeyedContainer()
        for item in items { try container.encode(item) }
      case .object(let members):
        var container = encoder.container(keyedBy: CatalogJSON.AnyKey.self)
        for (key, value) in members { try container.encode(value, forKey: CatalogJSON.AnyKey(key)) }
      }
    }
  }

  /// The schema files: `procedure.schema.json`, `bundle.schema.json`, then one per rules file
  /// (`levels.schema.json`, ...).
  public static func files(languages: [String] = Policy().languages) -> [(name: String, text: String)] {
    var files = [
      ("procedure.schema.json", document(FormatSchema.procedure, id: "procedure", languages: languages)),
      ("bundle.schema.json", document(FormatSchema.bundle, id: "bundle", languages: languages)),
    ]
    for (path, shape) in FormatSchema.rulesFiles {
      let stem = String(path.dropFirst("rules/".count).dropLast(".yaml".count))
      files.append(("\(stem).schema.json", document(shape, id: stem, languages: languages)))
    }
    files.append(("checks.schema.json", document(FormatSchema.checksFile.shape, id: "checks", languages: languages)))
    return files
  }

  static func document(_ shape: ObjectShape, id: String, languages: [String]) -> String {
    var definitions: [(String, Value)] = []
    var seen: Set<String> = []
    let root = objectSchema(shape, languages: languages, definitions: &definitions, seen: &seen, isRoot: true)
    guard case .object(var members) = root else { return "" }
    members.insert(("$schema", .string("https://json-schema.org/draft/2020-12/schema")), at: 0)
    members.insert(("$id", .string("urn:onestop:schema:\(FormatSchema.version):\(id)")), at: 1)
    if !definitions.isEmpty { members.append(("$defs", .object(definitions))) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(Value.object(members))) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  static func objectSchema(
    _ shape: ObjectShape, languages: [String], definitions: inout [(String, Value)], seen: inout Set<String>,
    isRoot: Bool = false
  ) -> Value {
    var properties: [(String, Value)] = []
    for field in shape.fields {
      var schema = schema(field.shape, languages: languages, definitions: &definitions, seen: &seen)
      if case .object(var members) = schema {
        members.append(("description", .string(field.description)))
        schema = .object(members)
      } else {
        schema = .object([("allOf", .array([schema])), ("description", .string(field.description))])
      }
      properties.append((field.name, schema))
    }
    var members: [(String, Value)] = [
      ("title", .string(shape.title)),
      ("description", .string(shape.description)),
      ("type", .string("object")),
      ("properties", .object(properties)),
      ("additionalProperties", .bool(false)),
    ]
    let required = shape.fields.filter(\.required).map { Value.string($0.name) }
    if !required.isEmpty { members.append(("required", .array(required))) }
    var all: [Value] = []
    for group in shape.exactlyOne {
      all.append(.object([("oneOf", .array(group.map { .object([("required", .array([.string($0)]))]) }))]))
    }
    for group in shape.atLeastOne {
      all.append(.object([("anyOf", .array(group.map { .object([("required", .array([.string($0)]))]) }))]))
    }
    if !all.isEmpty { members.append(("allOf", .array(all))) }
    if !shape.dependencies.isEmpty {
      members.append(
        ("dependentRequired", .object(shape.dependencies.map { ($0.key, .array($0.requires.map { .string($0) })) })))
    }
    return .object(members)
  }

  static func schema(
    _ shape: Shape, languages: [String], definitions: inout [(String, Value)], seen: inout Set<String>
  ) -> Value {
    switch shape {
    case .text(let format):
      return text(format)
    case .localized:
      let primary = languages.first ?? "vi"
      return .object([
        ("type", .string("object")),
        ("properties", .object(languages.map { ($0, nonEmptyText) })),
        ("required", .array([.string(primary)])),
        ("additionalProperties", .bool(false)),
      ])
    case .number(let format):
      switch format {
      case .nonNegative: return .object([("type", .string("number")), ("minimum", .integer(0))])
      case .count: return .object([("type", .string("integer")), ("minimum", .integer(0))])
      case .percent:
        return .object([("type", .string("number")), ("minimum", .integer(0)), ("maximum", .integer(100))])
      }
    case .boolean:
      return .object([("type", .string("boolean"))])
    case .list(let item, let minItems):
      var members: [(String, Value)] = [
        ("type", .string("array")),
        ("items", schema(item, languages: languages, definitions: &definitions, seen: &seen)),
      ]
      if minItems > 0 { members.append(("minItems", .integer(minItems))) }
      return .object(members)
    case .object(let object):
      if !seen.contains(object.title) {
        seen.insert(object.title)
        let definition = objectSchema(object, languages: languages, definitions: &definitions, seen: &seen)
        definitions.append((object.title, definition))
      }
      return .object([("$ref", .string("#/$defs/\(object.title)"))])
    case .map(let keys, let values, _):
      return .object([
        ("type", .string("object")),
        ("propertyNames", text(keys)),
        ("additionalProperties", schema(values, languages: languages, definitions: &definitions, seen: &seen)),
      ])
    case .choice(let words):
      return .object([("type", .string("string")), ("enum", .array(words.map { .string($0) }))])
    }
  }

  /// Text with at least one character that is not white space.
  static let nonEmptyText = Value.object([("type", .string("string")), ("pattern", .string("\\S"))])

  static func text(_ format: TextFormat) -> Value {
    switch format {
    case .free: return nonEmptyText
    case .id: return .object([("type", .string("string")), ("pattern", .string(format.pattern!))])
    case .date:
      return .object([("type", .string("string")), ("pattern", .string(format.pattern!)), ("format", .string("date"))])
    case .currency: return .object([("type", .string("string")), ("pattern", .string(format.pattern!))])
    case .regex: return .object([("type", .string("string")), ("format", .string("regex"))])
    }
  }

  /// The JSON a YAML node stands for under the core schema, for validating YAML files against the
  /// schemas (what the YAML language server does).
  public static func json(of node: YAMLNode) -> String {
    func value(_ node: YAMLNode) -> Any {
      switch node.content {
      case .scalar(let scalar):
        switch scalar.value {
        case .null: return NSNull()
        case .bool(let flag): return flag
        case .int(let int?): return int
        case .int(nil): return Double(scalar.text) ?? 0
        case .float(let double): return double.isFinite ? double : 0
        case .string: return scalar.text
        }
      case .sequence(let items): return items.map(value)
      case .mapping(let pairs):
        var object: [String: Any] = [:]
        for pair in pairs { object[pair.key] = value(pair.value) }
        return object
      case .invalid: return NSNull()
      }
    }
    let data = (try? JSONSerialization.data(withJSONObject: value(node), options: [.fragmentsAllowed])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
