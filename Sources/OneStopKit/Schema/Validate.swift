import Foundation

/// Checks a node tree against a shape and reports every mismatch with its span: missing and
/// unknown keys (with "did you mean"), wrong types, bad enum values, dates, numbers and ids. It
/// goes on after each problem, so a drafter sees all of a file's mistakes in one run.
struct Validator {
  let file: String
  let languages: [String]
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String, languages: [String]) {
    self.file = file
    self.languages = languages.isEmpty ? ["vi", "en"] : languages
  }

  mutating func validate(_ node: YAMLNode, _ shape: Shape, label: @autoclosure () -> String) {
    if node.isInvalid { return }
    switch shape {
    case .text(let format):
      guard let text = expectText(node, label: label()) else { return }
      checkFormat(text, format, node: node, label: label())
    case .localized:
      validateLocalized(node, label: label())
    case .number(let format):
      validateNumber(node, format, label: label())
    case .boolean:
      guard let scalar = node.scalar, case .bool = scalar.value else {
        var help = "write true or false"
        if let scalar = node.scalar, ["yes", "no", "on", "off", "y", "n"].contains(scalar.text.lowercased()) {
          help = "write true or false: YAML 1.2 reads '\(scalar.text)' as text, not as a boolean"
        }
        report("wrong-type", "\(label()) must be true or false, found \(describe(node))", node.range, help: help)
        return
      }
    case .list(let item, let minItems):
      guard let items = node.items else {
        report(
          "wrong-type", "\(label()) must be a list, found \(describe(node))", node.range,
          help: "write a list: `[a, b]` or one `- item` per line")
        return
      }
      if items.count < minItems {
        report(
          "empty-list", "\(label()) must list at least \(minItems) item\(minItems == 1 ? "" : "s")", node.range,
          help: minItems == 1 ? "add an item, or remove the key" : nil)
      }
      for entry in items { validate(entry, item, label: "an item of \(label())") }
    case .object(let object):
      validateObject(node, object, label: label())
    case .map(let keys, let values, let keyMeaning):
      guard let pairs = node.pairs else {
        report("wrong-type", "\(label()) must be a mapping, found \(describe(node))", node.range)
        return
      }
      for pair in pairs {
        if keys == .id, !Self.isID(pair.key) {
          report(
            "invalid-id", "\(keyMeaning) '\(pair.key)' in \(label()) is not a lowercase kebab-case id", pair.keyRange,
            help: Self.idHelp(pair.key))
        }
        validate(pair.value, values, label: "'\(pair.key)' in \(label())")
      }
    case .choice(let words):
      guard let text = expectText(node, label: label()) else { return }
      if !words.contains(text) {
        report(
          "invalid-value", "\(label()) must be \(words.map { "'\($0)'" }.orList), found '\(text)'", node.range,
          help: Suggest.help(for: text, in: words))
      }
    }
  }

  private mutating func validateObject(_ node: YAMLNode, _ object: ObjectShape, label: @autoclosure () -> String) {
    guard let pairs = node.pairs else {
      report(
        "wrong-type", "\(label()) must be a mapping (\(object.name)), found \(describe(node))", node.range,
        help: "write it as `key: value` lines, with keys \(object.fields.prefix(4).map(\.name).joined(separator: ", "))"
      )
      return
    }
    func present(_ key: String) -> Bool { pairs.contains { $0.key.isSameKey(key) } }
    let startRange = SourceRange(at: node.range.start)
    for pair in pairs {
      if let shape = object.shape(of: pair.key) {
        validate(pair.value, shape, label: "'\(pair.key)'")
      } else {
        let names = object.fields.map(\.name)
        report(
          "unknown-key", "unknown key '\(pair.key)' in \(object.name)", pair.keyRange,
          help: Suggest.help(for: pair.key, in: names)
            ?? "the keys of a \(object.name) are \(names.joined(separator: ", "))")
      }
    }
    for name in object.requiredNames where !present(name) {
      let description = object.field(name)?.description ?? ""
      report(
        "missing-key", "\(object.name) is missing the key '\(name)'", startRange,
        help: "add `\(name):` (\(description.prefix(80)))")
    }
    for group in object.exactlyOne {
      let found = pairs.filter { group.contains($0.key) }
      if found.isEmpty {
        report(
          "missing-key", "\(object.name) needs one of \(group.map { "'\($0)'" }.orList)", startRange,
          help: "add `\(group[0]):`")
      } else if found.count > 1 {
        report(
          "conflicting-keys",
          "\(object.name) has both '\(found[0].key)' and '\(found[1].key)', but takes only one of them",
          found[1].keyRange, help: "keep one of \(group.map { "'\($0)'" }.orList)")
      }
    }
    for group in object.atLeastOne where !group.contains(where: present) {
      report(
        "missing-key", "\(object.name) needs at least one of \(group.map { "'\($0)'" }.orList)", startRange,
        help: "add `\(group[0]):`")
    }
    for dependency in object.dependencies where present(dependency.key) {
      for needed in dependency.requires where !present(needed) {
        let keyRange = pairs.first { $0.key == dependency.key }!.keyRange
        report(
          "missing-key", "'\(dependency.key)' in \(object.name) needs '\(needed)' beside it", keyRange,
          help: "add `\(needed):`")
      }
    }
  }

  private mutating func validateLocalized(_ node: YAMLNode, label: @autoclosure () -> String) {
    guard let pairs = node.pairs else {
      let example = languages.map { "\($0): ..." }.joined(separator: ", ")
      report(
        "wrong-type", "\(label()) must be text in each language, {\(example)}, found \(describe(node))", node.range,
        help: "write `{\(example)}`")
      return
    }
    for pair in pairs {
      if languages.contains(where: { $0.isSameKey(pair.key) }) {
        guard let text = expectText(pair.value, label: "the '\(pair.key)' text of \(label())") else { continue }
        if Self.isBlank(text) {
          report("invalid-value", "the '\(pair.key)' text of \(label()) is empty", pair.value.range)
        }
      } else {
        report(
          "unknown-key", "unknown language '\(pair.key)' in \(label())", pair.keyRange,
          help: Suggest.language(for: pair.key, in: languages).map { "did you mean '\($0)'?" }
            ?? "the languages are \(languages.joined(separator: ", "))")
      }
    }
    if !pairs.contains(where: { $0.key.isSameKey(languages[0]) }) {
      report(
        "missing-key", "\(label()) is missing its '\(languages[0])' text", SourceRange(at: node.range.start),
        help: "add `\(languages[0]): ...`: every text needs its \(languages[0]) version")
    }
  }

  private mutating func validateNumber(_ node: YAMLNode, _ format: NumberFormat, label: @autoclosure () -> String) {
    guard let scalar = node.scalar else {
      report("wrong-type", "\(label()) must be a number, found \(describe(node))", node.range)
      return
    }
    let value: Double
    switch scalar.value {
    case .int(let int?): value = Double(int)
    case .int(nil):
      report("invalid-number", "\(label()) is too large: \(scalar.text)", node.range)
      return
    case .float(let double): value = double
    default:
      let help = Double(scalar.text) != nil ? "write the number without quotes" : nil
      report("wrong-type", "\(label()) must be a number, found \(describe(node))", node.range, help: help)
      return
    }
    guard value.isFinite else {
      report("invalid-number", "\(label()) must be a finite number, found \(scalar.text)", node.range)
      return
    }
    switch format {
    case .nonNegative where value < 0:
      report("invalid-number", "\(label()) must be 0 or more, found \(scalar.text)", node.range)
    case .count where value < 0 || value != value.rounded() || value > Double(Int32.max):
      report("invalid-number", "\(label()) must be a whole number, 0 or more, found \(scalar.text)", node.range)
    case .percent where value < 0 || value > 100:
      report("invalid-number", "\(label()) must be a percentage from 0 to 100, found \(scalar.text)", node.range)
    default:
      break
    }
  }

  private mutating func checkFormat(
    _ text: String, _ format: TextFormat, node: YAMLNode, label: @autoclosure () -> String
  ) {
    switch format {
    case .free:
      if Self.isBlank(text) { report("invalid-value", "\(label()) is empty", node.range) }
    case .id:
      if !Self.isID(text) {
        report(
          "invalid-id", "\(label()) must be a lowercase kebab-case id, found '\(text)'", node.range,
          help: Self.idHelp(text))
      }
    case .date:
      if Day(text) == nil {
        report(
          "invalid-date", "\(label()) must be a date YYYY-MM-DD, found '\(text)'", node.range,
          help: "write a real calendar day, like 2025-07-01")
      }
    case .currency:
      if text.utf8.count != 3 || !text.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
        report(
          "invalid-value", "\(label()) must be an ISO 4217 currency code, found '\(text)'", node.range,
          help: "write VND")
      }
    case .regex:
      do {
        _ = try NSRegularExpression(pattern: text)
      } catch {
        report("invalid-value", "\(label()) is not a valid regular expression: '\(text)'", node.range)
      }
    }
  }

  /// The node's text when it is a string scalar; otherwise reports `wrong-type` and returns nil.
  private mutating func expectText(_ node: YAMLNode, label: @autoclosure () -> String) -> String? {
    guard let scalar = node.scalar else {
      if !node.isInvalid {
        report("wrong-type", "\(label()) must be text, found \(describe(node))", node.range)
      }
      return nil
    }
    guard case .string = scalar.value else {
      let help: String? =
        if case .null = scalar.value {
          "write the value after the colon"
        } else {
          "quote it to keep it as text: \"\(scalar.text)\""
        }
      report("wrong-type", "\(label()) must be text, found \(describe(node))", node.range, help: help)
      return nil
    }
    return scalar.text
  }

  private func describe(_ node: YAMLNode) -> String {
    guard let scalar = node.scalar else { return node.kindName }
    switch scalar.value {
    case .string: return "text '\(scalar.text)'"
    case .null: return "nothing"
    default: return "\(scalar.value.kindName) \(scalar.text)"
    }
  }

  /// Whether a text is empty or all white space. A text that starts with a printable ASCII
  /// character other than a space is not, which spares almost every text the walk through its
  /// first grapheme.
  static func isBlank(_ text: String) -> Bool {
    if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
    return text.allSatisfy(\.isWhitespace)
  }

  static func isID(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isID($0) }
  }

  static func isID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousWasHyphen = true
    for byte in bytes {
      if byte == UInt8(ascii: "-") {
        if previousWasHyphen { return false }
        previousWasHyphen = true
      } else if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      {
        previousWasHyphen = false
      } else {
        return false
      }
    }
    return !previousWasHyphen
  }

  static func idHelp(_ text: String) -> String {
    let words = text.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
    let suggestion = words.joined(separator: "-")
    return suggestion.isEmpty || !isID(suggestion)
      ? "ids use lowercase letters, digits and single hyphens" : "write '\(suggestion)'"
  }

  private mutating func report(_ id: String, _ message: String, _ range: SourceRange, help: String? = nil) {
    diagnostics.append(
      Diagnostic(id: id, message: message, location: SourceLocation(file: file, range: range), help: help))
  }
}
