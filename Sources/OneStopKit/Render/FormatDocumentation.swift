/// The key tables of docs/format.md, from `FormatSchema`, as docs/checks.md comes from the check
/// registry. The page keeps each table between two marker comments,
///
///     <!-- BEGIN generated: keys of Channel -->
///     <!-- END generated -->
///
/// and the prose around them is written by hand. `FormatDocumentationTests` fails when a table on
/// the page is not the one `updating(_:)` gives; `UPDATE_GOLDEN=1 swift test` rewrites them.
public enum FormatDocumentation {
  /// One table of the page: the keys of a shape, in the section that documents it. The keys of a
  /// shape with no table of its own (a rules file's entries, the policy's overrides and targets)
  /// are listed in the table of the shape that holds them, under a path (`levels[].id`).
  public struct Table: Sendable {
    public let shape: ObjectShape
    /// The number of the page's section the table sits in: `3.3`.
    public let section: String
    /// The name the markers give the table: the shape's title.
    public var name: String { shape.title }
  }

  /// Every table of the page, in page order.
  public static let tables: [Table] = {
    var tables = [
      Table(shape: FormatSchema.procedure, section: "3.1"),
      Table(shape: FormatSchema.decision, section: "3.2"),
      Table(shape: FormatSchema.channel, section: "3.3"),
      Table(shape: FormatSchema.processingTime, section: "3.4"),
      Table(shape: FormatSchema.fee, section: "3.5"),
      Table(shape: FormatSchema.legalReference, section: "3.6"),
      Table(shape: FormatSchema.requirement, section: "3.7"),
      Table(shape: FormatSchema.copies, section: "3.8"),
      Table(shape: FormatSchema.form, section: "3.9"),
      Table(shape: FormatSchema.waiver, section: "3.10"),
      Table(shape: FormatSchema.procedureCase, section: "3.11"),
      Table(shape: FormatSchema.result, section: "3.12"),
      Table(shape: FormatSchema.bundle, section: "3.14"),
    ]
    let sections = [
      "rules/levels.yaml": "4.1", "rules/fields.yaml": "4.2", "rules/subjects.yaml": "4.2", "rules/papers.yaml": "4.3",
      "rules/sources.yaml": "4.4", "rules/policy.yaml": "5",
    ]
    for (path, shape) in FormatSchema.rulesFiles {
      tables.append(Table(shape: shape, section: sections[path] ?? "?"))
    }
    tables.append(Table(shape: FormatSchema.checksFile.shape, section: "4.5"))
    return tables
  }()

  public static func beginMarker(_ table: Table) -> String { "<!-- BEGIN generated: keys of \(table.name) -->" }
  public static let endMarker = "<!-- END generated -->"
  static let beginPrefix = "<!-- BEGIN generated: keys of "

  /// One row of a table: a key of `shape`, written `path` (`overrides[].files`).
  struct Row {
    var path: String
    var shape: ObjectShape
    var field: ObjectShape.Field
  }

  /// The rows of a table: its shape's keys in order, each followed by the keys of a shape it
  /// holds that has no table of its own. When several keys hold the same such shape (the three
  /// lists of targets), its keys come once, after them all, under `*`.
  static func rows(_ table: Table) -> [Row] {
    rows(of: table.shape, prefix: "")
  }

  private static func rows(of shape: ObjectShape, prefix: String) -> [Row] {
    var rows: [Row] = []
    let held = shape.fields.map { inlined($0.shape) }
    let shared = held.compactMap { $0 }.first { nested in held.filter { $0?.shape === nested.shape }.count > 1 }
    for (field, nested) in zip(shape.fields, held) {
      rows.append(Row(path: prefix + field.name, shape: shape, field: field))
      guard let nested, nested.shape !== shared?.shape else { continue }
      rows += Self.rows(of: nested.shape, prefix: prefix + field.name + (nested.isList ? "[]." : "."))
    }
    if let shared {
      rows += Self.rows(of: shared.shape, prefix: prefix + "*" + (shared.isList ? "[]." : "."))
    }
    return rows
  }

  /// The shape a key holds (itself, or as the items of its list) when that shape has no table.
  private static func inlined(_ shape: Shape) -> (shape: ObjectShape, isList: Bool)? {
    switch shape {
    case .object(let object) where table(of: object) == nil: (object, false)
    case .list(.object(let object), _) where table(of: object) == nil: (object, true)
    default: nil
    }
  }

  private static func table(of shape: ObjectShape) -> Table? {
    tables.first { $0.shape === shape }
  }

  /// The table in Markdown, without its markers.
  public static func markdown(_ table: Table) -> String {
    var text = "| Key | Type | Required | Meaning |\n| --- | --- | --- | --- |\n"
    var previous = ""
    for row in rows(table) {
      // The next key of a group (exactly one of, at least one of) leaves the cell blank: the row
      // above says it.
      let required = presence(row.field, in: row.shape)
      let isGroup = (row.shape.exactlyOne + row.shape.atLeastOne).contains { $0.contains(row.field.name) }
      let cell = isGroup && required == previous ? "" : required
      previous = required
      let meaning = [row.field.description, row.field.details].compactMap { $0 }.joined(separator: " ")
      let cells = ["`\(row.path)`", typeName(row.field.shape), cell, escape(meaning)]
      text += "| " + cells.joined(separator: " | ") + " |\n"
    }
    return text
  }

  /// The Required cell: the shape's rules for the key, in words.
  static func presence(_ field: ObjectShape.Field, in shape: ObjectShape) -> String {
    if let presence = field.presence { return presence }
    let name = field.name
    var parts: [String] = []
    if let group = shape.exactlyOne.first(where: { $0.contains(name) }) {
      parts.append("exactly one of " + codeList(group))
    } else if let group = shape.atLeastOne.first(where: { $0.contains(name) }) {
      parts.append("at least one of " + codeList(group))
    }
    let needers = shape.dependencies.filter { $0.requires.contains(name) }.map(\.key)
    if field.required {
      parts.insert("yes", at: 0)
    } else if !needers.isEmpty {
      parts.append("yes when " + needers.map { "`\($0)`" }.joined(separator: " or ") + " is present")
    } else if parts.isEmpty {
      parts.append(field.defaultValue.map { "no (default `\($0)`)" } ?? "no")
    }
    for dependency in shape.dependencies where dependency.key == name {
      parts.append("only beside " + codeList(dependency.requires))
    }
    return parts.joined(separator: "; ")
  }

  /// The Type cell.
  static func typeName(_ shape: Shape) -> String {
    switch shape {
    case .text(let format): textName(format)
    case .localized: "localized text"
    case .number(.nonNegative): "number ≥ 0"
    case .number(.count): "count"
    case .number(.percent): "percent"
    case .boolean: "boolean"
    case .choice(let words): "choice: " + codeList(words)
    case .object(let object): "mapping" + (table(of: object).map { " (§\($0.section))" } ?? "")
    case .list(let item, let minItems):
      "list of \(pluralName(item)) (≥ \(minItems)"
        + (item.object.flatMap(table(of:)).map { ", §\($0.section)" } ?? "") + ")"
    case .map(let keys, let values, let keyMeaning):
      "mapping: \(keyMeaning) \(textName(keys)) → "
        + (values.words.map { $0.map { "`\($0)`" }.joined(separator: " \\| ") } ?? typeName(values))
    }
  }

  private static func textName(_ format: TextFormat) -> String {
    switch format {
    case .free: "text"
    case .id: "id"
    case .date: "date"
    case .currency: "currency"
    case .regex: "regex"
    }
  }

  /// What a list holds, in the plural: `ids`, `text`, `legal references`.
  private static func pluralName(_ shape: Shape) -> String {
    switch shape {
    case .text(.free): return "text"
    case .object(let object):
      // The title's words: `LegalReference` -> `legal references`, `Entry` -> `entries`.
      var words = ""
      for character in object.title {
        if character.isUppercase && !words.isEmpty { words += " " }
        words += character.lowercased()
      }
      return words.hasSuffix("y") ? words.dropLast() + "ies" : words + "s"
    default: return typeName(shape) + "s"
    }
  }

  private static func codeList(_ words: [String]) -> String {
    words.map { "`\($0)`" }.joined(separator: ", ")
  }

  private static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|")
  }

  /// `document` with each generated block replaced by the table its marker names, and what was
  /// wrong with the markers: a name no table has, a block never closed, a table with no block or
  /// with two.
  public static func updating(_ document: String) -> (text: String, problems: [String]) {
    var lines = document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var problems: [String] = []
    var seen: [String: Int] = [:]
    var index = 0
    while index < lines.count {
      defer { index += 1 }
      guard lines[index].hasPrefix(beginPrefix) else { continue }
      let name = String(lines[index].dropFirst(beginPrefix.count).prefix { $0 != " " })
      guard let table = tables.first(where: { $0.name == name && beginMarker($0) == lines[index] }) else {
        problems.append("line \(index + 1): no table is named '\(name)' (\(lines[index]))")
        continue
      }
      seen[name, default: 0] += 1
      guard let end = lines[(index + 1)...].firstIndex(of: endMarker) else {
        problems.append("line \(index + 1): the table \(name) has no '\(endMarker)' after it")
        break
      }
      let body = markdown(table).split(separator: "\n").map(String.init)
      lines.replaceSubrange((index + 1)..<end, with: body)
      index += body.count + 1
    }
    for table in tables where seen[table.name] != 1 {
      problems.append("the page holds the table \(table.name) \(seen[table.name] ?? 0) times, not once")
    }
    return (lines.joined(separator: "\n"), problems)
  }
}

extension Shape {
  /// The object shape, when this is one.
  fileprivate var object: ObjectShape? {
    if case .object(let object) = self { return object }
    return nil
  }

  /// The words of a choice.
  fileprivate var words: [String]? {
    if case .choice(let words) = self { return words }
    return nil
  }
}
