#if canImport(Glibc)
  import Glibc
#endif

/// How much a finding matters. `off` exists only in policy files, to silence a check.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
  case error
  case warning
  case info

  var rank: Int {
    switch self {
    case .error: 2
    case .warning: 1
    case .info: 0
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A secondary location attached to a diagnostic ("first defined here").
public struct DiagnosticNote: Hashable, Sendable, Codable {
  public var message: String
  public var location: SourceLocation?

  public init(_ message: String, at location: SourceLocation? = nil) {
    self.message = message
    self.location = location
  }
}

/// One finding: what is wrong, where, and what to do about it.
public struct Diagnostic: Hashable, Sendable, Codable {
  /// The stable kebab-case id of the check or decoder rule that produced it.
  public var id: String
  public var severity: Severity
  /// One lowercase phrase without a final period.
  public var message: String
  public var location: SourceLocation
  public var notes: [DiagnosticNote]
  /// One action that fixes the problem, if there is an obvious one.
  public var help: String?

  public init(
    id: String, severity: Severity, message: String, location: SourceLocation, notes: [DiagnosticNote] = [],
    help: String? = nil
  ) {
    self.id = id
    self.severity = severity
    self.message = message
    self.location = location
    self.notes = notes
    self.help = help
  }

  public var file: String { location.file }
  public var range: SourceRange { location.range }

  /// The order diagnostics are shown in: file, line, column, id, then message for total order.
  public static func sortOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    let files = byteOrder(a.location.file, b.location.file)
    if files != 0 { return files < 0 }
    let pa = a.location.range.start
    let pb = b.location.range.start
    if pa.line != pb.line { return pa.line < pb.line }
    if pa.column != pb.column { return pa.column < pb.column }
    // Ids are ASCII, where byte order is String's order.
    let ids = byteOrder(a.id, b.id)
    if ids != 0 { return ids < 0 }
    return a.message < b.message
  }

  /// Sorts `diagnostics` by `sortOrder`, equal ones kept in their order. Files are ranked once
  /// and small keys are sorted instead of the diagnostics themselves: sorting a national
  /// catalog's quarter of a million findings by comparing and moving whole diagnostics took half
  /// a second on one thread.
  static func sort(_ diagnostics: inout [Diagnostic]) {
    let count = diagnostics.count
    guard count > 1 else { return }
    var fileIDs: [String: Int32] = [:]
    var files: [String] = []
    var keys: [SortKey] = []
    keys.reserveCapacity(count)
    for index in 0..<count {
      let location = diagnostics[index].location
      let file: Int32
      if let known = fileIDs[location.file] {
        file = known
      } else {
        file = Int32(files.count)
        fileIDs[location.file] = file
        files.append(location.file)
      }
      keys.append(
        SortKey(file: file, line: location.range.start.line, column: location.range.start.column, index: index))
    }
    var rank = [Int32](repeating: 0, count: files.count)
    for (position, file) in files.indices.sorted(by: { byteOrder(files[$0], files[$1]) < 0 }).enumerated() {
      rank[file] = Int32(position)
    }
    for index in keys.indices { keys[index].file = rank[Int(keys[index].file)] }
    keys.sort { a, b in
      if a.file != b.file { return a.file < b.file }
      if a.line != b.line { return a.line < b.line }
      if a.column != b.column { return a.column < b.column }
      // The same place: the rest of `sortOrder` decides, then the order they came in.
      if sortOrder(diagnostics[a.index], diagnostics[b.index]) { return true }
      if sortOrder(diagnostics[b.index], diagnostics[a.index]) { return false }
      return a.index < b.index
    }
    // The permutation is applied in place, one cycle at a time: a sorted copy would hold a
    // second quarter of a million findings at the check's peak of memory.
    var placed = [Bool](repeating: false, count: count)
    for start in 0..<count where !placed[start] {
      placed[start] = true
      if keys[start].index == start { continue }
      let first = diagnostics[start]
      var position = start
      while true {
        let source = keys[position].index
        if source == start {
          diagnostics[position] = first
          break
        }
        diagnostics[position] = diagnostics[source]
        placed[source] = true
        position = source
      }
    }
  }

  private struct SortKey {
    var file: Int32
    var line: Int
    var column: Int
    var index: Int
  }

  /// Compares two strings' UTF-8 bytes (memcmp): negative, zero or positive. Paths share long
  /// prefixes, and a national catalog sorts hundreds of thousands of findings by them.
  static func byteOrder(_ a: String, _ b: String) -> Int {
    var a = a
    var b = b
    return a.withUTF8 { x in
      b.withUTF8 { y in
        let common = min(x.count, y.count)
        if common > 0 {
          let order = memcmp(x.baseAddress!, y.baseAddress!, common)
          if order != 0 { return Int(order) }
        }
        return x.count - y.count
      }
    }
  }
}

/// Counts of findings by severity.
public struct DiagnosticSummary: Equatable, Sendable {
  public var errors = 0
  public var warnings = 0
  public var infos = 0

  public init(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
      switch diagnostic.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .info: infos += 1
      }
    }
  }
}
