import Foundation

/// Checks a node tree against a shape and reports every mismatch with its span: missing and
/// unknown keys (with "did you mean"), wrong types, bad enum values, dates, numbers and ids. It
/// goes on after each problem, so a drafter sees all of a file's mistakes in one run.
struct Validator {
  let file: String
  let languages: [String]
  /// The language of the messages.
  let language: Language
  /// The rules' ids with their names, when the rules are known (procedure files): an invalid id
  /// that is a name (`xã`, `giấy khai sinh`) gets the id it names as its help.
  let references: ReferenceSuggestions?
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String, languages: [String], language: Language = .en, references: ReferenceSuggestions? = nil) {
    self.file = file
    self.languages = languages.isEmpty ? ["vi", "en"] : languages
    self.language = language
    self.references = references
  }

  /// Validates `node` against `shape`. `field` is the object and key the value belongs to, which
  /// says what an id there refers to (`levels` of a procedure: a level).
  mutating func validate(
    _ node: YAMLNode, _ shape: Shape, label: @autoclosure () -> String, field: FieldPlace? = nil
  ) {
    if node.isInvalid { return }
    let language = self.language
    switch shape {
    case .text(let format):
      guard let text = expectText(node, label: label()) else { return }
      checkFormat(text, format, node: node, label: label(), field: field)
    case .localized:
      validateLocalized(node, label: label())
    case .number(let format):
      validateNumber(node, format, label: label())
    case .boolean:
      guard let scalar = node.scalar, case .bool = scalar.value else {
        report("wrong-type", InputMessages.notBoolean(language, label(), node), node.range)
        return
      }
    case .list(let item, let minItems):
      guard let items = node.items else {
        report("wrong-type", InputMessages.notList(language, label(), node), node.range)
        return
      }
      if items.count < minItems {
        report("empty-list", InputMessages.tooFewItems(language, label(), minimum: minItems), node.range)
      }
      for entry in items {
        validate(entry, item, label: InputMessages.item(of: label(), language), field: field)
      }
    case .object(let object):
      validateObject(node, object, label: label())
    case .map(let keys, let values, let keyMeaning):
      guard let pairs = node.pairs else {
        report("wrong-type", InputMessages.notMapping(language, label(), node), node.range)
        return
      }
      for pair in pairs {
        if keys == .id, !Self.isID(pair.key) {
          let message = InputMessages.keyNotID(language, meaning: keyMeaning, key: pair.key, in: label())
          let kind: CatalogVocabulary.Kind? = keyMeaning == "level" ? .level : nil
          report("invalid-id", InputMessage(message, help: idHelp(pair.key, kind)), pair.keyRange)
        }
        validate(pair.value, values, label: InputMessages.entry(pair.key, in: label(), language))
      }
    case .choice(let words):
      guard let text = expectText(node, label: label()) else { return }
      if !words.contains(text) {
        report(
          "invalid-value",
          InputMessage(
            InputMessages.notInChoice(language, label(), words: words, found: text),
            help: Suggest.closest(to: text, in: words).map { InputMessages.didYouMean(language, $0) }),
          node.range)
      }
    }
  }

  private mutating func validateObject(_ node: YAMLNode, _ object: ObjectShape, label: @autoclosure () -> String) {
    guard let pairs = node.pairs else {
      report("wrong-type", InputMessages.notObject(language, label(), object, node), node.range)
      return
    }
    func present(_ key: String) -> Bool { pairs.contains { $0.key.isSameKey(key) } }
    let startRange = SourceRange(at: node.range.start)
    for pair in pairs {
      if let shape = object.shape(of: pair.key) {
        validate(pair.value, shape, label: "'\(pair.key)'", field: FieldPlace(object: object, key: pair.key))
      } else {
        let suggestion = Suggest.closest(to: pair.key, in: object.fields.map(\.name))
        report(
          "unknown-key", InputMessages.unknownKey(language, key: pair.key, in: object, suggestion: suggestion),
          pair.keyRange)
      }
    }
    for name in object.requiredNames where !present(name) {
      report("missing-key", InputMessages.missingKey(language, name, in: object), startRange)
    }
    for group in object.exactlyOne {
      let found = pairs.filter { group.contains($0.key) }
      if found.isEmpty {
        report("missing-key", InputMessages.missingOneOf(language, group, in: object, atLeast: false), startRange)
      } else if found.count > 1 {
        report(
          "conflicting-keys",
          InputMessages.conflictingKeys(language, found[0].key, found[1].key, group: group, in: object),
          found[1].keyRange)
      }
    }
    for group in object.atLeastOne where !group.contains(where: present) {
      report("missing-key", InputMessages.missingOneOf(language, group, in: object, atLeast: true), startRange)
    }
    for dependency in object.dependencies where present(dependency.key) {
      for needed in dependency.requires where !present(needed) {
        let keyRange = pairs.first { $0.key == dependency.key }!.keyRange
        report(
          "missing-key", InputMessages.missingCompanion(language, dependency.key, needs: needed, in: object), keyRange)
      }
    }
  }

  private mutating func validateLocalized(_ node: YAMLNode, label: @autoclosure () -> String) {
    guard let pairs = node.pairs else {
      report("wrong-type", InputMessages.notLocalized(language, label(), languages: languages, node), node.range)
      return
    }
    let language = self.language
    for pair in pairs {
      if languages.contains(where: { $0.isSameKey(pair.key) }) {
        func textLabel() -> String { InputMessages.text(pair.key, of: label(), language) }
        guard let text = expectText(pair.value, label: textLabel()) else { continue }
        if Self.isBlank(text) {
          report("invalid-value", InputMessage(InputMessages.emptyText(language, textLabel())), pair.value.range)
        }
      } else {
        report(
          "unknown-key",
          InputMessages.unknownLanguage(
            language, pair.key, in: label(), languages: languages,
            suggestion: Suggest.language(for: pair.key, in: languages)),
          pair.keyRange)
      }
    }
    if !pairs.contains(where: { $0.key.isSameKey(languages[0]) }) {
      report(
        "missing-key", InputMessages.missingTranslation(language, label(), code: languages[0]),
        SourceRange(at: node.range.start))
    }
  }

  private mutating func validateNumber(_ node: YAMLNode, _ format: NumberFormat, label: @autoclosure () -> String) {
    guard let scalar = node.scalar else {
      report("wrong-type", InputMessages.notNumber(language, label(), node, quotedNumber: false), node.range)
      return
    }
    let value: Double
    switch scalar.value {
    case .int(let int?): value = Double(int)
    case .int(nil):
      report(
        "invalid-number", InputMessage(InputMessages.numberTooLarge(language, label(), scalar.text)), node.range)
      return
    case .float(let double): value = double
    default:
      report(
        "wrong-type", InputMessages.notNumber(language, label(), node, quotedNumber: Double(scalar.text) != nil),
        node.range)
      return
    }
    guard value.isFinite else {
      report(
        "invalid-number", InputMessage(InputMessages.numberNotFinite(language, label(), scalar.text)), node.range)
      return
    }
    let outOfRange: Bool
    switch format {
    case .nonNegative: outOfRange = value < 0
    case .count: outOfRange = value < 0 || value != value.rounded() || value > Double(Int32.max)
    case .percent: outOfRange = value < 0 || value > 100
    }
    if outOfRange {
      report(
        "invalid-number", InputMessage(InputMessages.numberOutOfRange(language, label(), format, scalar.text)),
        node.range)
    }
  }

  private mutating func checkFormat(
    _ text: String, _ format: TextFormat, node: YAMLNode, label: @autoclosure () -> String, field: FieldPlace?
  ) {
    switch format {
    case .free:
      if Self.isBlank(text) {
        report("invalid-value", InputMessage(InputMessages.emptyText(language, label())), node.range)
      }
    case .id:
      if !Self.isID(text) {
        report(
          "invalid-id",
          InputMessage(InputMessages.notID(language, label(), text), help: idHelp(text, field?.referenceKind)),
          node.range)
      }
    case .date:
      if Day(text) == nil {
        report("invalid-date", InputMessages.notDate(language, label(), text), node.range)
      }
    case .currency:
      if text.utf8.count != 3 || !text.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
        report("invalid-value", InputMessages.notCurrency(language, label(), text), node.range)
      }
    case .regex:
      do {
        _ = try NSRegularExpression(pattern: text)
      } catch {
        report("invalid-value", InputMessage(InputMessages.notRegex(language, label(), text)), node.range)
      }
    }
  }

  /// The node's text when it is a string scalar; otherwise reports `wrong-type` and returns nil.
  private mutating func expectText(_ node: YAMLNode, label: @autoclosure () -> String) -> String? {
    guard let scalar = node.scalar, case .string = scalar.value else {
      if !node.isInvalid {
        report("wrong-type", InputMessages.notText(language, label(), node), node.range)
      }
      return nil
    }
    return scalar.text
  }

  /// The help of an invalid id: the rules' id it names, else the text written as an id.
  private func idHelp(_ text: String, _ kind: CatalogVocabulary.Kind?) -> String {
    if let kind, let references, let id = references.vocabulary[kind].closest(to: text) {
      return InputMessages.idHelp(
        language, suggestion: id, name: references.name(of: id, kind, language), kebab: nil)
    }
    return InputMessages.idHelp(language, suggestion: nil, name: nil, kebab: Self.kebabCase(text))
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

  /// `text` written as an id, its letters kept without their diacritics (`Giấy khai sinh` →
  /// `giay-khai-sinh`, `Application_Form` → `application-form`), when that makes an id.
  static func kebabCase(_ text: String) -> String? {
    let words = Suggest.fold(text).split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
    let suggestion = words.joined(separator: "-")
    return suggestion.isEmpty || !isID(suggestion) ? nil : suggestion
  }

  private mutating func report(_ id: String, _ text: InputMessage, _ range: SourceRange) {
    diagnostics.append(
      Diagnostic(
        id: id, message: text.message, location: SourceLocation(file: file, range: range), help: text.help))
  }
}

/// Where a value sits: the object and the key it is the value of (or, for a list, whose items it is).
struct FieldPlace {
  let object: ObjectShape
  let key: String

  /// What an id here refers to in rules/, if anything.
  var referenceKind: CatalogVocabulary.Kind? {
    switch (object.name, key) {
    case ("procedure", "field"): .field
    case ("procedure", "levels"), ("target", "level"): .level
    case ("procedure", "subjects"): .subject
    case ("procedure", "data_sources"), ("result", "updates"): .source
    case ("requirement", "paper"), ("requirement", "any_of"), ("result", "paper"), ("source", "provides"),
      ("paper type", "replaced_by"):
      .paper
    default: nil
    }
  }
}

/// The rules' ids and names, for suggesting the id a drafter meant where they wrote a name.
package struct ReferenceSuggestions: Sendable {
  let vocabulary: CatalogVocabulary
  let rules: Rules

  init(_ rules: Rules) {
    self.rules = rules
    self.vocabulary = CatalogVocabulary(rules)
  }

  /// The name of `id` in `language`, as the rules give it.
  func name(of id: String, _ kind: CatalogVocabulary.Kind, _ language: Language) -> String? {
    let name: LocalizedText?
    switch kind {
    case .level: name = rules.levels.first { $0.id.value == id }?.name
    case .field: name = rules.fields.first { $0.id.value == id }?.name
    case .subject: name = rules.subjects.first { $0.id.value == id }?.name
    case .paper: name = rules.papers.first { $0.id.value == id }?.name
    case .source: name = rules.sources.first { $0.id.value == id }?.name
    }
    return name?.text(preferring: language.rawValue)
  }
}
