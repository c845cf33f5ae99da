/// The shape of a value in a catalog or rules file. One set of shapes (FormatSchema.swift) drives
/// both the decoder's validation and the JSON Schemas written for editors, so they cannot drift.
public indirect enum Shape: Sendable {
  /// A string (never a retyped number or boolean) in a given format.
  case text(TextFormat)
  /// `{vi: ..., en: ...}`: one entry per policy language, the first one required.
  case localized
  case number(NumberFormat)
  case boolean
  case list(Shape, minItems: Int)
  case object(ObjectShape)
  /// A mapping from keys in `keys` format to values of one shape (`connected`, `checks`).
  case map(keys: TextFormat, values: Shape, keyMeaning: String)
  /// One of a closed list of words.
  case choice([String])
}

public enum TextFormat: Sendable, Equatable {
  /// Any non-empty text.
  case free
  /// A lowercase kebab-case id, `citizen-id`.
  case id
  /// `YYYY-MM-DD`, a real calendar day.
  case date
  /// An ISO 4217 currency code.
  case currency
  /// A regular expression (the policy's code pattern).
  case regex

  var pattern: String? {
    switch self {
    case .id: "^[a-z0-9]+(-[a-z0-9]+)*$"
    case .date: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    case .currency: "^[A-Z]{3}$"
    case .free, .regex: nil
    }
  }
}

public enum NumberFormat: Sendable, Equatable {
  /// A number >= 0 (days, hours, amounts).
  case nonNegative
  /// A whole number >= 0 (copies).
  case count
  /// A number from 0 to 100.
  case percent
}

/// A mapping with a fixed set of keys. A class: shapes are walked for every node of every file,
/// and a reference costs one retain where a struct of arrays costs one per array.
public final class ObjectShape: Sendable {
  public struct Field: Sendable {
    public var name: String
    public var shape: Shape
    public var required: Bool
    /// What the key is, in a sentence: the JSON Schemas' description, and the start of the
    /// key's meaning in docs/format.md.
    public var description: String
    /// The rest of the key's meaning in docs/format.md: the checks on it, and where the
    /// reference says more.
    public var details: String?
    /// The value a missing key stands for, as docs/format.md writes it.
    public var defaultValue: String?
    /// How docs/format.md says whether the key is required, when the shape's rules do not say it
    /// all (a check reports its absence; it depends on another key's value).
    public var presence: String?
  }

  /// The name used in messages ("procedure") and in the JSON Schema's `$defs` (`Procedure`).
  public let name: String
  public let title: String
  public let description: String
  public let fields: [Field]
  /// Groups of keys of which exactly one must be present (`paper` or `any_of`).
  public let exactlyOne: [[String]]
  /// Groups of keys of which at least one must be present (a fee's `amount` or `text`).
  public let atLeastOne: [[String]]
  /// A key that needs others with it (`amount` needs `currency`).
  public let dependencies: [(key: String, requires: [String])]
  /// The names of the required fields, in order: the validator asks for them in every mapping,
  /// and walking `fields` copied each field (three retains and releases) to read two properties.
  let requiredNames: [String]

  public init(
    name: String, title: String, description: String, fields: [Field], exactlyOne: [[String]] = [],
    atLeastOne: [[String]] = [], dependencies: [(key: String, requires: [String])] = []
  ) {
    self.name = name
    self.title = title
    self.description = description
    self.fields = fields
    self.requiredNames = fields.filter(\.required).map(\.name)
    self.exactlyOne = exactlyOne
    self.atLeastOne = atLeastOne
    self.dependencies = dependencies
  }

  public func field(_ name: String) -> Field? {
    fields.first { $0.name.isSameKey(name) }
  }

  /// The shape of the field `name`, without copying the whole field.
  func shape(of name: String) -> Shape? {
    for index in fields.indices where fields[index].name.isSameKey(name) { return fields[index].shape }
    return nil
  }
}

/// Shorthand for declaring fields.
func field(
  _ name: String, _ shape: Shape, required: Bool = false, _ description: String, details: String? = nil,
  default defaultValue: String? = nil, presence: String? = nil
) -> ObjectShape.Field {
  ObjectShape.Field(
    name: name, shape: shape, required: required, description: description, details: details,
    defaultValue: defaultValue, presence: presence)
}
