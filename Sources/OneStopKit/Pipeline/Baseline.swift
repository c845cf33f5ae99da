import Foundation

/// A baseline: today's findings keyed by check, file and YAML path (not line numbers, so edits
/// elsewhere in a file do not invalidate it). A team adopting a new check records the existing
/// findings, and from then on only new ones are reported.
public struct Baseline: Codable, Sendable, Equatable {
  public struct Entry: Codable, Sendable, Hashable, Comparable {
    public var check: String
    public var file: String
    /// The YAML path of the node the finding points at: `papers[birth-notice].paper`.
    public var path: String
    /// How many findings share this key.
    public var count: Int

    public static func < (a: Entry, b: Entry) -> Bool {
      (a.file, a.path, a.check) < (b.file, b.path, b.check)
    }
  }

  public var version = 1
  public var entries: [Entry]

  public init(entries: [Entry]) {
    self.entries = entries
  }

  public struct Outcome: Sendable {
    /// Findings the baseline does not hold.
    public var new: [Diagnostic]
    /// Entries (with the count that no longer occurs) of findings that are gone.
    public var stale: [Entry]
  }

  struct Key: Hashable {
    var check: String
    var file: String
    var path: String
  }

  /// Records `diagnostics`. `storage` gives the files back, to find each finding's YAML path.
  public static func record(_ diagnostics: [Diagnostic], storage: some CatalogStorage) -> Baseline {
    var counts: [Key: Int] = [:]
    for (diagnostic, path) in zip(diagnostics, paths(of: diagnostics, storage: storage)) {
      counts[Key(check: diagnostic.id, file: diagnostic.file, path: path), default: 0] += 1
    }
    return Baseline(
      entries: counts.map { Entry(check: $0.key.check, file: $0.key.file, path: $0.key.path, count: $0.value) }.sorted()
    )
  }

  /// Splits `diagnostics` into those the baseline holds and the new ones, and lists stale entries.
  public func apply(to diagnostics: [Diagnostic], storage: some CatalogStorage) -> Outcome {
    var remaining: [Key: Int] = [:]
    for entry in entries {
      remaining[Key(check: entry.check, file: entry.file, path: entry.path), default: 0] += entry.count
    }
    var new: [Diagnostic] = []
    for (diagnostic, path) in zip(diagnostics, Self.paths(of: diagnostics, storage: storage)) {
      let key = Key(check: diagnostic.id, file: diagnostic.file, path: path)
      if let left = remaining[key], left > 0 {
        remaining[key] = left - 1
      } else {
        new.append(diagnostic)
      }
    }
    let stale = remaining.filter { $0.value > 0 }.map {
      Entry(check: $0.key.check, file: $0.key.file, path: $0.key.path, count: $0.value)
    }.sorted()
    return Outcome(new: new, stale: stale)
  }

  public func encoded() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
  }

  public static func decode(_ data: [UInt8]) -> Baseline? {
    try? JSONDecoder().decode(Baseline.self, from: Data(data))
  }

  /// Each diagnostic's YAML path; files are loaded once each.
  static func paths(of diagnostics: [Diagnostic], storage: some CatalogStorage) -> [String] {
    var roots: [String: YAMLNode?] = [:]
    return diagnostics.map { diagnostic in
      if roots[diagnostic.file] == nil {
        var root: YAMLNode? = nil
        if case .bytes(let bytes) = storage.read(diagnostic.file, limit: LoadLimits.default.maxFileSize) {
          root = YAMLLoader.load(bytes, file: diagnostic.file).root
        }
        roots[diagnostic.file] = .some(root)
      }
      guard let root = roots[diagnostic.file] ?? nil else { return "" }
      return YAMLPath.path(to: diagnostic.range.start.offset, in: root)
    }
  }
}

/// Paths to nodes: keys joined by `.`, list items as `[id]` when the item has an `id`, else `[n]`.
public enum YAMLPath {
  public static func path(to offset: Int, in root: YAMLNode) -> String {
    var segments: [String] = []
    var node = root
    descend: while true {
      switch node.content {
      case .mapping(let pairs):
        // A finding at a mapping's start is about the mapping, whether written in block style
        // (starting at its first key) or flow style (starting at `{`).
        if offset == node.range.start.offset && !segments.isEmpty { break descend }
        for pair in pairs {
          if pair.keyRange.contains(offset) && offset < max(pair.keyRange.end.offset, pair.keyRange.start.offset + 1) {
            segments.append(pair.key)
            break descend
          }
          if pair.value.range.contains(offset) {
            segments.append(pair.key)
            node = pair.value
            continue descend
          }
        }
        break descend
      case .sequence(let items):
        for (index, item) in items.enumerated() where item.range.contains(offset) {
          if let id = item["id"]?.scalar?.text {
            segments.append("[\(id)]")
          } else {
            segments.append("[\(index)]")
          }
          node = item
          continue descend
        }
        break descend
      case .scalar, .invalid:
        break descend
      }
    }
    var text = ""
    for segment in segments {
      if segment.hasPrefix("[") || text.isEmpty { text += segment } else { text += "." + segment }
    }
    return text
  }
}
