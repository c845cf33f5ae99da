// The validator's messages (see `InputMessages`): what a value is, the labels of values, the
// messages themselves.

extension InputMessages {
  // MARK: Validator: what a value is

  /// "a list", "một danh sách".
  static func kind(of node: YAMLNode, _ language: Language) -> String {
    switch language {
    case .en:
      return node.kindName
    case .vi:
      switch node.content {
      case .scalar(let scalar):
        switch scalar.value {
        case .null: return "giá trị rỗng"
        case .bool: return "giá trị logic"
        case .int, .float: return "một số"
        case .string: return "văn bản"
        }
      case .sequence: return "một danh sách"
      case .mapping: return "một ánh xạ"
      case .invalid: return "một nút không hợp lệ"
      }
    }
  }

  /// What was found instead: ", found text 'x'", ", nhưng lại là văn bản 'x'".
  static func found(_ node: YAMLNode, _ language: Language) -> String {
    switch language {
    case .en:
      guard let scalar = node.scalar else { return "found \(node.kindName)" }
      switch scalar.value {
      case .string: return "found text '\(scalar.text)'"
      case .null: return "found nothing"
      default: return "found \(scalar.value.kindName) \(scalar.text)"
      }
    case .vi:
      guard let scalar = node.scalar else { return "nhưng lại là \(kind(of: node, .vi))" }
      switch scalar.value {
      case .string: return "nhưng lại là văn bản '\(scalar.text)'"
      case .null: return "nhưng đang để trống"
      case .bool: return "nhưng lại là giá trị logic \(scalar.text)"
      default: return "nhưng lại là số \(scalar.text)"
      }
    }
  }

  // MARK: Validator: labels of values

  static func theFile(_ language: Language) -> String {
    switch language {
    case .vi: "tệp"
    case .en: "the file"
    }
  }

  static func item(of label: String, _ language: Language) -> String {
    switch language {
    case .vi: "một mục của \(label)"
    case .en: "an item of \(label)"
    }
  }

  static func entry(_ key: String, in label: String, _ language: Language) -> String {
    switch language {
    case .vi: "'\(key)' trong \(label)"
    case .en: "'\(key)' in \(label)"
    }
  }

  static func text(_ code: String, of label: String, _ language: Language) -> String {
    switch language {
    case .vi: "văn bản '\(code)' của \(label)"
    case .en: "the '\(code)' text of \(label)"
    }
  }

  // MARK: Validator: messages

  static func notBoolean(_ language: Language, _ label: String, _ node: YAMLNode) -> InputMessage {
    let yaml11 = node.scalar.map(\.text).flatMap {
      ["yes", "no", "on", "off", "y", "n"].contains($0.lowercased()) ? $0 : nil
    }
    switch language {
    case .vi:
      return InputMessage(
        "\(label) phải là true hoặc false, \(found(node, .vi))",
        help: yaml11.map { "viết true hoặc false: YAML 1.2 đọc '\($0)' là văn bản, không phải giá trị logic" }
          ?? "viết true hoặc false")
    case .en:
      return InputMessage(
        "\(label) must be true or false, \(found(node, .en))",
        help: yaml11.map { "write true or false: YAML 1.2 reads '\($0)' as text, not as a boolean" }
          ?? "write true or false")
    }
  }

  static func notList(_ language: Language, _ label: String, _ node: YAMLNode) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "\(label) phải là một danh sách, \(found(node, .vi))",
        help: "viết một danh sách: `[a, b]`, hoặc mỗi mục một dòng `- mục`")
    case .en:
      InputMessage(
        "\(label) must be a list, \(found(node, .en))", help: "write a list: `[a, b]` or one `- item` per line")
    }
  }

  static func tooFewItems(_ language: Language, _ label: String, minimum: Int) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "\(label) phải có ít nhất \(minimum) mục", help: minimum == 1 ? "thêm một mục, hoặc bỏ khóa này" : nil)
    case .en:
      InputMessage(
        "\(label) must list at least \(minimum) item\(minimum == 1 ? "" : "s")",
        help: minimum == 1 ? "add an item, or remove the key" : nil)
    }
  }

  static func notMapping(_ language: Language, _ label: String, _ node: YAMLNode) -> InputMessage {
    switch language {
    case .vi: InputMessage("\(label) phải là một ánh xạ, \(found(node, .vi))")
    case .en: InputMessage("\(label) must be a mapping, \(found(node, .en))")
    }
  }

  static func notObject(_ language: Language, _ label: String, _ shape: ObjectShape, _ node: YAMLNode)
    -> InputMessage
  {
    let keys = shape.fields.prefix(4).map(\.name)
    switch language {
    case .vi:
      return InputMessage(
        "\(label) phải là một ánh xạ (\(name(of: shape, .vi))), \(found(node, .vi))",
        help: "viết thành các dòng `khóa: giá trị`, với các khóa \(keys.map { "`\($0)`" }.joined(separator: ", "))")
    case .en:
      return InputMessage(
        "\(label) must be a mapping (\(shape.name)), \(found(node, .en))",
        help: "write it as `key: value` lines, with keys \(keys.joined(separator: ", "))")
    }
  }

  /// A key of a `.map` shape that is not an id.
  static func keyNotID(_ language: Language, meaning: String, key: String, in label: String) -> String {
    switch language {
    case .vi:
      "\(keyMeaning(meaning, .vi)) '\(key)' trong \(label) không phải là mã viết thường nối bằng gạch ngang"
    case .en: "\(meaning) '\(key)' in \(label) is not a lowercase kebab-case id"
    }
  }

  static func notInChoice(_ language: Language, _ label: String, words: [String], found text: String) -> String {
    let quoted = words.map { "'\($0)'" }
    switch language {
    case .vi: return "\(label) phải là \(quoted.orList(.vi)), nhưng lại là '\(text)'"
    case .en: return "\(label) must be \(quoted.orList), found '\(text)'"
    }
  }

  static func unknownKey(_ language: Language, key: String, in shape: ObjectShape, suggestion: String?)
    -> InputMessage
  {
    let names = shape.fields.map(\.name)
    switch language {
    case .vi:
      return InputMessage(
        "\(name(of: shape, .vi)) không có khóa '\(key)'",
        help: suggestion.map { didYouMean(.vi, $0) }
          ?? "các khóa của \(name(of: shape, .vi)) là \(names.map { "`\($0)`" }.joined(separator: ", "))")
    case .en:
      return InputMessage(
        "unknown key '\(key)' in \(shape.name)",
        help: suggestion.map { didYouMean(.en, $0) }
          ?? "the keys of a \(shape.name) are \(names.joined(separator: ", "))")
    }
  }

  static func missingKey(_ language: Language, _ key: String, in shape: ObjectShape) -> InputMessage {
    switch language {
    case .vi:
      let term = vietnameseTerm(of: key, in: shape.name).map { " (\($0))" } ?? ""
      return InputMessage("\(name(of: shape, .vi)) thiếu khóa '\(key)'", help: "thêm `\(key):`\(term)")
    case .en:
      let description = shape.field(key)?.description ?? ""
      return InputMessage(
        "\(shape.name) is missing the key '\(key)'", help: "add `\(key):` (\(description.prefix(80)))")
    }
  }

  static func missingOneOf(_ language: Language, _ group: [String], in shape: ObjectShape, atLeast: Bool)
    -> InputMessage
  {
    let quoted = group.map { "'\($0)'" }
    switch language {
    case .vi:
      return InputMessage(
        "\(name(of: shape, .vi)) cần \(atLeast ? "ít nhất " : "")một trong các khóa \(quoted.orList(.vi))",
        help: "thêm `\(group[0]):`")
    case .en:
      return InputMessage(
        "\(shape.name) needs \(atLeast ? "at least " : "")one of \(quoted.orList)", help: "add `\(group[0]):`")
    }
  }

  static func conflictingKeys(
    _ language: Language, _ first: String, _ second: String, group: [String], in shape: ObjectShape
  )
    -> InputMessage
  {
    let quoted = group.map { "'\($0)'" }
    switch language {
    case .vi:
      return InputMessage(
        "\(name(of: shape, .vi)) có cả '\(first)' và '\(second)', nhưng chỉ được có một",
        help: "giữ lại một trong các khóa \(quoted.orList(.vi))")
    case .en:
      return InputMessage(
        "\(shape.name) has both '\(first)' and '\(second)', but takes only one of them",
        help: "keep one of \(quoted.orList)")
    }
  }

  static func missingCompanion(_ language: Language, _ key: String, needs needed: String, in shape: ObjectShape)
    -> InputMessage
  {
    switch language {
    case .vi:
      InputMessage("'\(key)' trong \(name(of: shape, .vi)) cần có '\(needed)' đi kèm", help: "thêm `\(needed):`")
    case .en: InputMessage("'\(key)' in \(shape.name) needs '\(needed)' beside it", help: "add `\(needed):`")
    }
  }

  static func notLocalized(_ language: Language, _ label: String, languages: [String], _ node: YAMLNode)
    -> InputMessage
  {
    let example = languages.map { "\($0): ..." }.joined(separator: ", ")
    switch language {
    case .vi:
      return InputMessage(
        "\(label) phải là văn bản theo từng ngôn ngữ, `{\(example)}`, \(found(node, .vi))",
        help: "viết `{\(example)}`")
    case .en:
      return InputMessage(
        "\(label) must be text in each language, {\(example)}, \(found(node, .en))", help: "write `{\(example)}`")
    }
  }

  static func emptyText(_ language: Language, _ label: String) -> String {
    switch language {
    case .vi: "\(label) đang để trống"
    case .en: "\(label) is empty"
    }
  }

  static func unknownLanguage(
    _ language: Language, _ code: String, in label: String, languages: [String], suggestion: String?
  )
    -> InputMessage
  {
    switch language {
    case .vi:
      return InputMessage(
        "ngôn ngữ '\(code)' trong \(label) không có trong `languages` của rules/policy.yaml",
        help: suggestion.map { didYouMean(.vi, $0) }
          ?? "các ngôn ngữ là \(languages.map { "'\($0)'" }.joined(separator: ", "))")
    case .en:
      return InputMessage(
        "unknown language '\(code)' in \(label)",
        help: suggestion.map { didYouMean(.en, $0) } ?? "the languages are \(languages.joined(separator: ", "))")
    }
  }

  static func missingTranslation(_ language: Language, _ label: String, code: String) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "\(label) thiếu văn bản '\(code)'", help: "thêm `\(code): ...`: văn bản nào cũng cần có bản '\(code)'")
    case .en:
      InputMessage(
        "\(label) is missing its '\(code)' text", help: "add `\(code): ...`: every text needs its \(code) version")
    }
  }

  static func notNumber(_ language: Language, _ label: String, _ node: YAMLNode, quotedNumber: Bool) -> InputMessage {
    // `1.500.000` is how Vietnamese writes one million five hundred thousand; YAML reads it as
    // text. Say which number it probably means.
    if let text = node.scalar?.text, let meant = FeeAmountCheck.thousandsSeparated(text) {
      switch language {
      case .vi:
        return InputMessage(
          "\(label) phải là một số, \(found(node, .vi))",
          help: "viết `\(meant)` (\(FeeAmountCheck.grouped(meant, "."))): số không có dấu chấm phân cách hàng nghìn")
      case .en:
        return InputMessage(
          "\(label) must be a number, \(found(node, .en))",
          help: "write `\(meant)` (\(FeeAmountCheck.grouped(meant, ","))): numbers take no thousands separators")
      }
    }
    switch language {
    case .vi:
      return InputMessage(
        "\(label) phải là một số, \(found(node, .vi))", help: quotedNumber ? "viết số không có dấu ngoặc kép" : nil)
    case .en:
      return InputMessage(
        "\(label) must be a number, \(found(node, .en))", help: quotedNumber ? "write the number without quotes" : nil)
    }
  }

  static func numberTooLarge(_ language: Language, _ label: String, _ text: String) -> String {
    switch language {
    case .vi: "\(label) quá lớn: \(text)"
    case .en: "\(label) is too large: \(text)"
    }
  }

  static func numberNotFinite(_ language: Language, _ label: String, _ text: String) -> String {
    switch language {
    case .vi: "\(label) phải là một số hữu hạn, nhưng lại là \(text)"
    case .en: "\(label) must be a finite number, found \(text)"
    }
  }

  static func numberOutOfRange(_ language: Language, _ label: String, _ format: NumberFormat, _ text: String)
    -> String
  {
    switch (language, format) {
    case (.vi, .nonNegative): "\(label) phải từ 0 trở lên, nhưng lại là \(text)"
    case (.vi, .count): "\(label) phải là số nguyên từ 0 trở lên, nhưng lại là \(text)"
    case (.vi, .percent): "\(label) phải là tỷ lệ phần trăm từ 0 đến 100, nhưng lại là \(text)"
    case (.en, .nonNegative): "\(label) must be 0 or more, found \(text)"
    case (.en, .count): "\(label) must be a whole number, 0 or more, found \(text)"
    case (.en, .percent): "\(label) must be a percentage from 0 to 100, found \(text)"
    }
  }

  static func notID(_ language: Language, _ label: String, _ text: String) -> String {
    switch language {
    case .vi: "\(label) phải là mã viết thường nối bằng gạch ngang, nhưng lại là '\(text)'"
    case .en: "\(label) must be a lowercase kebab-case id, found '\(text)'"
    }
  }

  /// The help of invalid-id: the rules' id the text names (`xã` → `commune`), else the text
  /// written as an id, else the rule.
  static func idHelp(_ language: Language, suggestion: String?, name: String?, kebab: String?) -> String {
    if let suggestion { return didYouMean(language, suggestion, name: name) }
    switch language {
    case .vi: return kebab.map { "viết '\($0)'" } ?? "mã chỉ gồm chữ thường, chữ số và dấu gạch ngang đơn"
    case .en: return kebab.map { "write '\($0)'" } ?? "ids use lowercase letters, digits and single hyphens"
    }
  }

  static func notDate(_ language: Language, _ label: String, _ text: String) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "\(label) phải là một ngày dạng YYYY-MM-DD, nhưng lại là '\(text)'",
        help: "viết một ngày có thật theo dạng năm-tháng-ngày, ví dụ `2025-07-01`")
    case .en:
      InputMessage(
        "\(label) must be a date YYYY-MM-DD, found '\(text)'", help: "write a real calendar day, like 2025-07-01")
    }
  }

  static func notCurrency(_ language: Language, _ label: String, _ text: String) -> InputMessage {
    switch language {
    case .vi:
      InputMessage("\(label) phải là mã tiền tệ theo ISO 4217, nhưng lại là '\(text)'", help: "viết VND")
    case .en: InputMessage("\(label) must be an ISO 4217 currency code, found '\(text)'", help: "write VND")
    }
  }

  static func notRegex(_ language: Language, _ label: String, _ text: String) -> String {
    switch language {
    case .vi: "\(label) không phải là biểu thức chính quy hợp lệ: '\(text)'"
    case .en: "\(label) is not a valid regular expression: '\(text)'"
    }
  }

  static func notText(_ language: Language, _ label: String, _ node: YAMLNode) -> InputMessage {
    let help: String?
    switch node.scalar?.value {
    case nil, .string?:
      help = nil
    case .null?:
      help = language == .vi ? "viết giá trị sau dấu hai chấm" : "write the value after the colon"
    default:
      let text = node.scalar!.text
      help =
        language == .vi
        ? "đặt trong dấu ngoặc kép để giữ là văn bản: \"\(text)\"" : "quote it to keep it as text: \"\(text)\""
    }
    switch language {
    case .vi: return InputMessage("\(label) phải là văn bản, \(found(node, .vi))", help: help)
    case .en: return InputMessage("\(label) must be text, \(found(node, .en))", help: help)
    }
  }
}
