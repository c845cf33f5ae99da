/// A host object: fields computed on demand, so an expression pays only for what it selects.
public protocol CELObject: Sendable {
  /// The name of its `CELObjectType`.
  var celTypeName: String { get }
  /// The field's value, or nil when it is absent (`has()` is false, selecting it is an error).
  func celField(_ name: String) -> CELValue?
}

/// A point in time: seconds and nanoseconds since 1970-01-01T00:00:00Z, within years 1 to 9999.
public struct CELTimestamp: Sendable, Hashable, Comparable {
  public var seconds: Int64
  public var nanos: Int32

  public init(seconds: Int64, nanos: Int32 = 0) {
    self.seconds = seconds
    self.nanos = nanos
  }

  /// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z.
  static let minSeconds: Int64 = -62_135_596_800
  static let maxSeconds: Int64 = 253_402_300_799

  var isValid: Bool { seconds >= Self.minSeconds && seconds <= Self.maxSeconds }

  /// RFC 3339, as `string()` writes it: `2009-02-13T23:31:30Z`.
  public var text: String { TimeFunctions.format(self) }

  public static func < (a: CELTimestamp, b: CELTimestamp) -> Bool {
    (a.seconds, a.nanos) < (b.seconds, b.nanos)
  }
}

/// A signed span of time: seconds and nanoseconds of the same sign, within ±10,000 years.
public struct CELDuration: Sendable, Hashable, Comparable {
  public var seconds: Int64
  public var nanos: Int32

  public init(seconds: Int64, nanos: Int32 = 0) {
    self.seconds = seconds
    self.nanos = nanos
  }

  static let maxSeconds: Int64 = 315_576_000_000

  var isValid: Bool { seconds >= -Self.maxSeconds && seconds <= Self.maxSeconds }

  /// Normalized from any seconds and nanoseconds (nanos brought within a second, same sign).
  static func normalized(seconds: Int64, nanos: Int64) -> CELDuration? {
    let (sum, overflow) = seconds.addingReportingOverflow(nanos / 1_000_000_000)
    if overflow { return nil }
    var s = sum
    var n = nanos % 1_000_000_000
    if s > 0 && n < 0 {
      s -= 1
      n += 1_000_000_000
    } else if s < 0 && n > 0 {
      s += 1
      n -= 1_000_000_000
    }
    return CELDuration(seconds: s, nanos: Int32(n))
  }

  /// Seconds, as `string()` writes it: `3723.5s`.
  public var text: String { TimeFunctions.format(self) }

  public static func < (a: CELDuration, b: CELDuration) -> Bool {
    (a.seconds, a.nanos) < (b.seconds, b.nanos)
  }
}

/// A map: insertion-ordered entries, keys of type bool, int, uint or string, looked up with CEL's
/// numeric equality (`{1: 'a'}[1u]` finds the entry).
public struct CELMap: Sendable {
  public private(set) var keys: [CELValue] = []
  public private(set) var values: [CELValue] = []
  private var index: [Key: Int] = [:]

  /// A key as the index holds it: numbers by value, whatever their type.
  enum Key: Hashable {
    case bool(Bool)
    case int(Int64)
    case bigUInt(UInt64)
    case string(String)
  }

  static func key(_ value: CELValue) -> Key? {
    switch value {
    case .bool(let bool): return .bool(bool)
    case .int(let int): return .int(int)
    case .uint(let uint): return uint <= UInt64(Int64.max) ? .int(Int64(uint)) : .bigUInt(uint)
    case .string(let string): return .string(string)
    case .double(let double):
      guard double == double.rounded(), double.isFinite else { return nil }
      if double >= -9.223_372_036_854_775_808e18 && double < 9.223_372_036_854_775_808e18 { return .int(Int64(double)) }
      if double >= 0 && double < 1.844_674_407_370_955_161_6e19 { return .bigUInt(UInt64(double)) }
      return nil
    default: return nil
    }
  }

  public init() {}

  /// A map of `entries`; a later entry with an equal key replaces the earlier one (use `inserting`
  /// to refuse duplicates).
  public init(_ entries: [(CELValue, CELValue)]) {
    for (key, value) in entries { _ = insert(key, value, replacing: true) }
  }

  public var count: Int { keys.count }
  public var entries: [(key: CELValue, value: CELValue)] { Array(zip(keys, values)).map { ($0.0, $0.1) } }

  /// Inserts; false when the key is not a valid map key, or is present and `replacing` is false.
  mutating func insert(_ key: CELValue, _ value: CELValue, replacing: Bool = false) -> Bool {
    guard let indexKey = Self.key(key), !key.isDouble else { return false }
    if let existing = index[indexKey] {
      guard replacing else { return false }
      values[existing] = value
      return true
    }
    index[indexKey] = keys.count
    keys.append(key)
    values.append(value)
    return true
  }

  public subscript(key: CELValue) -> CELValue? {
    guard let indexKey = Self.key(key), let position = index[indexKey] else { return nil }
    return values[position]
  }

  public subscript(string key: String) -> CELValue? {
    guard let position = index[.string(key)] else { return nil }
    return values[position]
  }
}

/// A value.
public indirect enum CELValue: Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  case uint(UInt64)
  case double(Double)
  case string(String)
  case bytes([UInt8])
  case list([CELValue])
  case map(CELMap)
  case timestamp(CELTimestamp)
  case duration(CELDuration)
  case type(CELType)
  case object(any CELObject)

  var isDouble: Bool {
    if case .double = self { return true }
    return false
  }

  /// The value's type, as `type()` gives it.
  public var celType: CELType {
    switch self {
    case .null: .null
    case .bool: .bool
    case .int: .int
    case .uint: .uint
    case .double: .double
    case .string: .string
    case .bytes: .bytes
    case .list: .list(.dyn)
    case .map: .map(key: .dyn, value: .dyn)
    case .timestamp: .timestamp
    case .duration: .duration
    case .type: .type(.dyn)
    case .object(let object): .object(object.celTypeName)
    }
  }
}

extension CELValue: Equatable {
  /// CEL equality: numbers compare by value across int, uint and double (NaN equals nothing),
  /// lists element by element, maps entry by entry, values of different kinds are unequal.
  public static func == (a: CELValue, b: CELValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
    case (.bytes(let x), .bytes(let y)): return x == y
    case (.list(let x), .list(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0 == $1 }
    case (.map(let x), .map(let y)):
      guard x.count == y.count else { return false }
      for (key, value) in zip(x.keys, x.values) {
        guard let other = y[key], other == value else { return false }
      }
      return true
    case (.timestamp(let x), .timestamp(let y)): return x == y
    case (.duration(let x), .duration(let y)): return x == y
    case (.type(let x), .type(let y)): return x.runtimeName == y.runtimeName
    case (.object(let x), .object(let y)):
      return x.celTypeName == y.celTypeName && String(describing: x) == String(describing: y)
    default:
      if let order = Numbers.compare(a, b) { return order == 0 }
      return false
    }
  }
}

/// Numbers of different types compared by value.
enum Numbers {
  /// -1, 0, 1 when both are numbers and ordered; nil otherwise (not numbers, or a NaN).
  static func compare(_ a: CELValue, _ b: CELValue) -> Int? {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y ? -1 : x > y ? 1 : 0
    case (.uint(let x), .uint(let y)): return x < y ? -1 : x > y ? 1 : 0
    case (.double(let x), .double(let y)):
      if x.isNaN || y.isNaN { return nil }
      return x < y ? -1 : x > y ? 1 : 0
    case (.int(let x), .uint(let y)):
      if x < 0 { return -1 }
      return UInt64(x) < y ? -1 : UInt64(x) > y ? 1 : 0
    case (.uint, .int): return compare(b, a).map { -$0 }
    case (.int(let x), .double(let y)): return compareIntDouble(x, y)
    case (.double, .int): return compare(b, a).map { -$0 }
    case (.uint(let x), .double(let y)):
      // As cel-go: the integer converted to double, with the precision it loses.
      if y.isNaN { return nil }
      let d = Double(x)
      return d < y ? -1 : d > y ? 1 : 0
    case (.double, .uint): return compare(b, a).map { -$0 }
    default: return nil
    }
  }

  static func compareIntDouble(_ x: Int64, _ y: Double) -> Int? {
    if y.isNaN { return nil }
    let d = Double(x)
    return d < y ? -1 : d > y ? 1 : 0
  }
}
