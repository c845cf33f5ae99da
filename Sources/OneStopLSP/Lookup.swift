import OneStopKit

/// The rules' ids as the features read them: each entry's names, where it is defined, and every
/// place the catalog and the rules refer to it.
struct Lookup {
  let catalog: Catalog

  struct Entry {
    var id: String
    var name: LocalizedText?
    var definition: SourceLocation
    var until: Day?
  }

  func entries(_ kind: IDKind) -> [Entry] {
    func vocabulary(_ list: [VocabularyEntry]) -> [Entry] {
      list.map {
        Entry(
          id: $0.id.value, name: $0.name, definition: SourceLocation(file: $0.file, range: $0.id.range),
          until: $0.until?.value)
      }
    }
    switch kind {
    case .level: return vocabulary(catalog.rules.levels)
    case .field: return vocabulary(catalog.rules.fields)
    case .subject: return vocabulary(catalog.rules.subjects)
    case .paper:
      return catalog.rules.papers.map {
        Entry(
          id: $0.id.value, name: $0.name, definition: SourceLocation(file: $0.file, range: $0.id.range),
          until: $0.until?.value)
      }
    case .source:
      return catalog.rules.sources.map {
        Entry(id: $0.id.value, name: $0.name, definition: SourceLocation(file: $0.file, range: $0.id.range))
      }
    case .check: return []
    }
  }

  func entry(_ kind: IDKind, _ id: String) -> Entry? {
    entries(kind).first { $0.id == id }
  }

  /// Every place `id` of `kind` is written: its definition first, then the rules, then the
  /// procedures in path order.
  func references(_ kind: IDKind, _ id: String) -> [SourceLocation] {
    var found: [SourceLocation] = []
    if let entry = entry(kind, id) { found.append(entry.definition) }
    func add(_ value: Located<String>, _ file: String) {
      if value.value == id { found.append(SourceLocation(file: file, range: value.range)) }
    }
    let rules = catalog.rules
    switch kind {
    case .paper:
      for paper in rules.papers { if let next = paper.replacedBy { add(next, paper.file) } }
      for source in rules.sources { for paper in source.provides { add(paper, source.file) } }
    case .level:
      for source in rules.sources { for entry in source.connected { add(entry.level, source.file) } }
    default: break
    }
    for procedure in catalog.procedures {
      switch kind {
      case .paper:
        for (requirement, _) in procedure.allRequirements {
          for paper in requirement.alternatives { add(paper, procedure.file) }
        }
        for result in procedure.results { if case .paper(let paper, _) = result { add(paper, procedure.file) } }
      case .source:
        for source in procedure.dataSources { add(source, procedure.file) }
        for result in procedure.results { if case .update(let source) = result { add(source, procedure.file) } }
      case .level: for level in procedure.levels { add(level, procedure.file) }
      case .field: if let field = procedure.field { add(field, procedure.file) }
      case .subject: for subject in procedure.subjects { add(subject, procedure.file) }
      case .check: break
      }
    }
    return found
  }

  /// Both names, Vietnamese first: `Giấy khai sinh / Birth certificate`.
  static func names(_ name: LocalizedText?) -> String {
    guard let name else { return "" }
    return name.entries.map(\.text).joined(separator: " / ")
  }

  /// The span of `id`'s own characters inside a located value's span (which may hold quotes).
  static func idSpan(_ id: String, in range: SourceRange, _ lines: LineTable) -> (Int, Int) {
    let start = range.start.offset
    let end = min(max(start, range.end.offset), lines.bytes.count)
    let bytes = lines.bytes[start..<end]
    let target = Array(id.utf8)
    if !target.isEmpty, bytes.count >= target.count {
      for index in start...(end - target.count) where Array(lines.bytes[index..<(index + target.count)]) == target {
        return (index, index + target.count)
      }
    }
    return (start, end)
  }
}
