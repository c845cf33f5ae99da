/// A place in a source file: 1-based line, 1-based column counted in Unicode code points, and the
/// 0-based byte offset into the file as stored on disk (a UTF-8 BOM included).
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
  public var line: Int
  public var column: Int
  public var offset: Int

  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  public static let start = SourcePosition(line: 1, column: 1, offset: 0)

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    lhs.offset < rhs.offset
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
