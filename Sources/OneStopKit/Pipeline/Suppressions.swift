#if canImport(Glibc)
  import Glibc
#endif

/// Inline suppressions: `# onestop: ignore[check-id] reason` on the line above a finding silences
/// that check there. A reason is required, and an ignore that silences nothing is reported, so
/// every suppression leaves a trail.
public struct IgnoreComment: Sendable, Hashable {
  public var file: String
  /// The span of the comment.
  public var range: SourceRange
  public var checkIDs: [String]
  public var reason: String

  /// The line it silences.
  public var targetLine: Int { range.start.line + 1 }
}

enum Suppressions {
  static let marker = Array("onestop:".utf8)

  /// Finds the `# onestop: ignore[...] reason` comments of a file. Only whole-line comments count:
  /// the line holds nothing before the `#` but spaces.
  static func scan(_ bytes: [UInt8], file: String, lines: LineIndex) -> [IgnoreComment] {
    // Fast path: most files hold no "onestop:" at all.
    guard contains(bytes, marker) else { return [] }
    var found: [IgnoreComment] = []
    for line in 1...lines.lineCount {
      let content = lines.lineBytes(line, in: bytes)
      var index = content.startIndex
      while index < content.endIndex && (content[index] == 0x20 || content[index] == 0x09) { index += 1 }
      guard index < content.endIndex, content[index] == UInt8(ascii: "#") else { continue }
      let start = index
      let text = String(decoding: content[content.index(after: index)...], as: UTF8.self)
      let trimmed = text.drop { $0 == " " }
      guard trimmed.hasPrefix("onestop:") else { continue }
      let rest = trimmed.dropFirst("onestop:".count).drop { $0 == " " }
      guard rest.hasPrefix("ignore") else { continue }
      var ids: [String] = []
      var reason = ""
      var body = rest.dropFirst("ignore".count)
      if body.hasPrefix("["), let close = body.firstIndex(of: "]") {
        ids = body[body.index(after: body.startIndex)..<close].split(separator: ",").map {
          $0.trimmingCharacters(in: " ")
        }.filter { !$0.isEmpty }
        body = body[body.index(after: close)...]
      }
      reason = String(body).trimmingCharacters(in: " \t")
      let startPosition = lines.position(ofOffset: start, in: bytes)
      let endPosition = lines.position(ofOffset: content.endIndex, in: bytes)
      found.append(
        IgnoreComment(
          file: file, range: SourceRange(start: startPosition, end: endPosition), checkIDs: ids, reason: reason))
    }
    return found
  }

  /// Whether `needle` occurs in `bytes`: `memchr` finds each candidate first byte with vector
  /// compares, and `memcmp` tries the rest (a byte-by-byte search of every file cost 1% of a
  /// check).
  static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, needle.count <= bytes.count else { return false }
    return bytes.withUnsafeBytes { haystack in
      needle.withUnsafeBytes { needle in
        let base = haystack.baseAddress!
        let last = haystack.count - needle.count
        var position = 0
        while position <= last {
          guard let found = memchr(base + position, Int32(first), last - position + 1) else { return false }
          let offset = base.distance(to: UnsafeRawPointer(found))
          if memcmp(found, needle.baseAddress!, needle.count) == 0 { return true }
          position = offset + 1
        }
        return false
      }
    }
  }

  /// Removes the findings the comments silence and reports the comments that are wrong or unused.
  static func apply(
    _ ignores: [IgnoreComment], to diagnostics: [Diagnostic], language: Language = .en, custom: [CheckDescription] = []
  ) -> [Diagnostic] {
    guard !ignores.isEmpty else { return diagnostics }
    let all = CheckRegistry.descriptions + custom
    let configurable = Set(all.filter(\.isConfigurable).map(\.id))
    let known = Set(all.map(\.id))
    var valid: [IgnoreComment] = []
    var findings = Findings(language: language)
    for ignore in ignores
    where InvalidIgnoreCheck.isValid(ignore, known: known, configurable: configurable, into: &findings) {
      valid.append(ignore)
    }
    var used = Set<Int>()
    var kept: [Diagnostic] = []
    kept.reserveCapacity(diagnostics.count)
    // Keyed by file and line as they are: a text key built for each of a national catalog's
    // quarter of a million findings cost a tenth of a second.
    struct Place: Hashable {
      var file: String
      var line: Int
    }
    var byPlace: [Place: [Int]] = [:]
    for (index, ignore) in valid.enumerated() {
      byPlace[Place(file: ignore.file, line: ignore.targetLine), default: []].append(index)
    }
    for diagnostic in diagnostics {
      if let candidates = byPlace[Place(file: diagnostic.file, line: diagnostic.range.start.line)],
        let match = candidates.first(where: { valid[$0].checkIDs.contains(diagnostic.id) })
      {
        used.insert(match)
        continue
      }
      kept.append(diagnostic)
    }
    for (index, ignore) in valid.enumerated() where !used.contains(index) {
      UnusedIgnoreCheck.report(ignore, into: &findings)
    }
    return kept + findings.diagnostics
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var text = self[...]
    while let first = text.first, set.contains(first) { text = text.dropFirst() }
    while let last = text.last, set.contains(last) { text = text.dropLast() }
    return String(text)
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    self[...].trimmingCharacters(in: set)
  }
}
