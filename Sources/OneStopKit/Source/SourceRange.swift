/// A place in a source file: 1-based line, 1-based column counted in Unicode code points, and the
/// 0-based byte offset into the file as stored on disk (a UTF-8 BOM included).
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
  // Stored as 32-bit numbers: positions are kept for every node and every located value, and a
  // file is at most a few megabytes. The public face is Int.
  private var storedLine: UInt32
  private var storedColumn: UInt32
  private var storedOffset: UInt32

  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = UInt32(clamping: newValue) }
  }

  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = UInt32(clamping: newValue) }
  }

  public var offset: Int {
    get { Int(storedOffset) }
    set { storedOffset = UInt32(clamping: newValue) }
  }

  public init(line: Int, column: Int, offset: Int) {
    storedLine = UInt32(clamping: line)
    storedColumn = UInt32(clamping: column)
    storedOffset = UInt32(clamping: offset)
  }

  public static let start = SourcePosition(line: 1, column: 1, offset: 0)

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    lhs.storedOffset < rhs.storedOffset
  }

  enum CodingKeys: String, CodingKey {
    case line, column, offset
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column),
      offset: try container.decode(Int.self, forKey: .offset))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
    try container.encode(offset, forKey: .offset)
  }
}

/// A half-open span of a source file, from `start` up to (not including) `end`.
public struct SourceRange: Hashable, Sendable, Codable {
  public var start: SourcePosition
  public var end: SourcePosition

  public init(start: SourcePosition, end: SourcePosition) {
    self.start = start
    self.end = end
  }

  public init(at position: SourcePosition) {
    self.start = position
    self.end = position
  }

  public static let fileStart = SourceRange(at: .start)

  /// Whether `position` lies inside the span (its end counted in, so an empty span contains its start).
  public func contains(_ offset: Int) -> Bool {
    offset >= start.offset && offset <= max(end.offset, start.offset)
  }
}

/// A span together with the file it belongs to (a path relative to the catalog root, with `/`).
public struct SourceLocation: Hashable, Sendable, Codable {
  public var file: String
  public var range: SourceRange

  public init(file: String, range: SourceRange) {
    self.file = file
    self.range = range
  }
}

/// A value decoded from YAML together with where it was written.
public struct Located<Value: Sendable>: Sendable {
  public var value: Value
  public var range: SourceRange

  public init(_ value: Value, _ range: SourceRange) {
    self.value = value
    self.range = range
  }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// Where each name (a key, an id) was first seen, to report duplicates with a note at the first.
/// Mappings and requirement lists are short, where comparing costs less than hashing; past 16
/// names they go into a dictionary, so that a hostile file of 100,000 requirements stays linear
/// (a search of every earlier name per name took minutes). The loader does the same for keys
/// over the pairs it already holds (`TreeBuilder.Frame.earlierKey`).
struct FirstSeen {
  private var list: [(name: String, range: SourceRange)] = []
  private var index: [String: SourceRange]?

  /// The range of an earlier occurrence of `name`; nil (and `name` remembered at `range`) when
  /// this is the first.
  mutating func earlier(_ name: String, at range: SourceRange) -> SourceRange? {
    if index != nil {
      if let first = index![name] { return first }
      index![name] = range
      return nil
    }
    if let first = list.first(where: { $0.name.isSameKey(name) }) { return first.range }
    list.append((name, range))
    if list.count > 16 {
      var built: [String: SourceRange] = [:]
      for entry in list { built[entry.name] = entry.range }
      index = built
      list = []
    }
    return nil
  }

  mutating func earlier(_ id: Located<String>) -> SourceRange? {
    earlier(id.value, at: id.range)
  }
}
