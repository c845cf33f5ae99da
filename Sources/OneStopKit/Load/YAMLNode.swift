/// How a scalar was written, which decides how the YAML 1.2 core schema resolves it.
public enum ScalarStyle: UInt8, Sendable {
  case plain
  case singleQuoted
  case doubleQuoted
  case literal
  case folded
}

/// The value of a scalar under the YAML 1.2 core schema. Only plain scalars (and explicit core
/// tags) resolve to anything but a string: `no`, `off`, `0755`, `1:20` stay what YAML 1.2 says.
public enum ScalarValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// An integer; `nil` when it does not fit in 64 bits.
  case int(Int?)
  case float(Double)
  case string

  /// The word used in messages for what a scalar is ("found a number").
  public var kindName: String {
    switch self {
    case .null: "nothing (null)"
    case .bool: "a boolean"
    case .int, .float: "a number"
    case .string: "text"
    }
  }
}

/// A scalar: its text (NFC), how it was written, and its resolved value.
public struct YAMLScalar: Sendable {
  public var text: String
  public var style: ScalarStyle
  public var value: ScalarValue

  public init(text: String, style: ScalarStyle, value: ScalarValue) {
    self.text = text
    self.style = style
    self.value = value
  }
}

/// A node of the loaded YAML tree with the span it was written at. Aliases are resolved: an alias
/// node is a copy of its anchor's node (sharing storage), at the anchor's span.
public struct YAMLNode: Sendable {
  public enum Content: Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode])
    case mapping([YAMLPair])
    /// A node the loader already reported (an undefined alias, an unsupported tag): later stages
    /// skip it silently, so one mistake gives one diagnostic.
    case invalid
  }

  public var content: Content
  public var range: SourceRange

  public init(_ content: Content, range: SourceRange) {
    self.content = content
    self.range = range
  }

  public var scalar: YAMLScalar? {
    if case .scalar(let scalar) = content { return scalar }
    return nil
  }

  public var pairs: [YAMLPair]? {
    if case .mapping(let pairs) = content { return pairs }
    return nil
  }

  public var items: [YAMLNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  public var isInvalid: Bool {
    if case .invalid = content { return true }
    return false
  }

  /// The value of `key` in a mapping node.
  public subscript(key: String) -> YAMLNode? {
    guard case .mapping(let pairs) = content else { return nil }
    for pair in pairs where pair.key.isSameKey(key) { return pair.value }
    return nil
  }

  /// The pair whose key is `key` in a mapping node (for the key's own span).
  public func pair(_ key: String) -> YAMLPair? {
    guard case .mapping(let pairs) = content else { return nil }
    for pair in pairs where pair.key.isSameKey(key) { return pair }
    return nil
  }

  /// What the node is, for messages ("expected a list, found a mapping").
  public var kindName: String {
    switch content {
    case .scalar(let scalar): scalar.value.kindName
    case .sequence: "a list"
    case .mapping: "a mapping"
    case .invalid: "an invalid node"
    }
  }
}

/// A key and its value in a mapping. Keys are always scalars: the loader rejects the others.
public struct YAMLPair: Sendable {
  public var key: String
  public var keyRange: SourceRange
  public var value: YAMLNode

  public init(key: String, keyRange: SourceRange, value: YAMLNode) {
    self.key = key
    self.keyRange = keyRange
    self.value = value
  }
}

extension String {
  /// Whether two keys (or ids) are the same text. Every text the loader makes is NFC, and the
  /// schema's names are ASCII; two NFC strings are equal exactly when their bytes are, so strings
  /// of different byte counts differ. That test costs a load or two, where `==` on two different
  /// strings goes through Unicode comparison: the decoder and the validator look keys up in every
  /// mapping, and most of the keys they pass over differ in length.
  @inline(__always)
  func isSameKey(_ other: String) -> Bool {
    utf8.count == other.utf8.count && self == other
  }
}
