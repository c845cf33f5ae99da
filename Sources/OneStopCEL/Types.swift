/// A CEL type, as the checker knows it.
public indirect enum CELType: Hashable, Sendable, CustomStringConvertible {
  case dyn, null, bool, int, uint, double, string, bytes, timestamp, duration
  case list(CELType)
  case map(key: CELType, value: CELType)
  /// A declared object type, by name (`CELObjectType`).
  case object(String)
  /// The type of a type value: `type(int)`; `type(.dyn)` is any type value.
  case type(CELType)
  /// A type parameter of a function overload.
  case typeParameter(String)
  case error

  public var description: String {
    switch self {
    case .dyn: "dyn"
    case .null: "null_type"
    case .bool: "bool"
    case .int: "int"
    case .uint: "uint"
    case .double: "double"
    case .string: "string"
    case .bytes: "bytes"
    case .timestamp: "google.protobuf.Timestamp"
    case .duration: "google.protobuf.Duration"
    case .list(let element): "list(\(element))"
    case .map(let key, let value): "map(\(key), \(value))"
    case .object(let name): name
    case .type(let type): "type(\(type))"
    case .typeParameter(let name): name
    case .error: "*error*"
    }
  }

  /// The name `type()` gives values of this type: `int`, `list`, `map`, `null_type`...
  public var runtimeName: String {
    switch self {
    case .list: "list"
    case .map: "map"
    case .type: "type"
    default: description
    }
  }

  /// The type a type name denotes, for the names that are identifiers (`int`, `list`...).
  static func named(_ name: String) -> CELType? {
    switch name {
    case "int": .int
    case "uint": .uint
    case "double": .double
    case "bool": .bool
    case "string": .string
    case "bytes": .bytes
    case "list": .list(.dyn)
    case "map": .map(key: .dyn, value: .dyn)
    case "null_type": .null
    case "type": .type(.dyn)
    case "google.protobuf.Timestamp": .timestamp
    case "google.protobuf.Duration": .duration
    default: nil
    }
  }

  var isNumeric: Bool {
    switch self {
    case .int, .uint, .double: true
    default: false
    }
  }

  var isDynamic: Bool {
    switch self {
    case .dyn, .error, .typeParameter: true
    default: false
    }
  }
}

/// A field of a declared object type.
public struct CELFieldDeclaration: Sendable {
  public var type: CELType
  /// Whether the field may be absent (`has()` is meaningful).
  public var optional: Bool

  public init(type: CELType, optional: Bool = false) {
    self.type = type
    self.optional = optional
  }
}

/// A declared object type: the fields an expression may select and test with `has()`.
public struct CELObjectType: Sendable {
  public var name: String
  public var fields: [String: CELFieldDeclaration]
  public var fieldOrder: [String]

  public init(name: String, fields: [(String, CELFieldDeclaration)]) {
    self.name = name
    self.fieldOrder = fields.map(\.0)
    var table: [String: CELFieldDeclaration] = [:]
    for (field, declaration) in fields { table[field] = declaration }
    self.fields = table
  }
}

/// What an expression may name: variables (qualified names allowed: `a.b`), object types, and
/// the container names are resolved in (`com.example`: `y` is looked up as `com.example.y`, then
/// `y`).
public struct CELEnvironment: Sendable {
  public var variables: [String: CELType]
  public var objectTypes: [String: CELObjectType]
  public var container: String
  public var limits: CELLimits

  public init(
    variables: [String: CELType] = [:], objectTypes: [CELObjectType] = [], container: String = "",
    limits: CELLimits = CELLimits()
  ) {
    self.variables = variables
    var types: [String: CELObjectType] = [:]
    for type in objectTypes { types[type.name] = type }
    self.objectTypes = types
    self.container = container
    self.limits = limits
  }

  /// The names `name` may stand for, most qualified first (container resolution).
  func candidates(_ name: String) -> [String] {
    if name.hasPrefix(".") { return [String(name.dropFirst())] }
    var result: [String] = []
    var prefix = container
    while !prefix.isEmpty {
      result.append(prefix + "." + name)
      if let dot = prefix.lastIndex(of: ".") { prefix = String(prefix[..<dot]) } else { prefix = "" }
    }
    result.append(name)
    return result
  }
}
