import Foundation
import OneStopCEL

/// Every text the custom checks' machinery writes for people, in both languages side by side.
enum CustomCheckWords {
  typealias Text = (message: String, help: String?)

  static func say(_ language: Language, vi: String, en: String) -> String {
    language == .vi ? vi : en
  }

  static func builtInID(_ id: String, _ language: Language) -> Text {
    (
      say(
        language, vi: "mã quy tắc '\(id)' đã là mã của một quy tắc có sẵn",
        en: "the check id '\(id)' is a built-in check's id"),
      say(
        language, vi: "đặt mã khác; `onestop checks` liệt kê các mã đã dùng",
        en: "choose another id; `onestop checks` lists the ids in use")
    )
  }

  static func duplicateID(_ id: String, first: SourceRange, _ language: Language) -> Text {
    (
      say(
        language, vi: "mã quy tắc '\(id)' đã được khai ở dòng \(first.start.line)",
        en: "the check id '\(id)' is already declared on line \(first.start.line)"),
      say(language, vi: "mỗi quy tắc cần một mã riêng", en: "give each check an id of its own")
    )
  }

  static func invalidExpression(_ id: String, key: String, _ error: CELError, _ language: Language) -> Text {
    let kind: String
    switch error.kind {
    case .parse: kind = say(language, vi: "sai cú pháp", en: "does not parse")
    case .check: kind = say(language, vi: "sai kiểu", en: "does not type-check")
    case .eval, .cost: kind = say(language, vi: "không hợp lệ", en: "is not valid")
    }
    let detail = say(language, vi: error.vi, en: error.en)
    let help = error.suggestion.map { suggestion in
      say(language, vi: "có phải là '\(suggestion)'?", en: "did you mean '\(suggestion)'?")
    }
    return (
      say(
        language, vi: "quy tắc '\(id)': `\(key)` \(kind): \(detail)",
        en: "check '\(id)': `\(key)` \(kind): \(detail)"),
      help
        ?? say(
          language, vi: "docs/rules.md liệt kê các biến, kiểu dữ liệu và hàm dùng được",
          en: "docs/rules.md lists the variables, types and functions")
    )
  }

  static func invalidTemplate(_ id: String, _ kind: MessageTemplate.Problem.Kind, _ language: Language) -> Text {
    let detail: String
    switch kind {
    case .unclosed: detail = say(language, vi: "dấu `{` không được đóng", en: "a `{` is never closed")
    case .unopened: detail = say(language, vi: "dấu `}` không có `{` mở", en: "a `}` closes nothing")
    case .empty: detail = say(language, vi: "`{}` không chứa biểu thức", en: "`{}` holds no expression")
    }
    return (
      say(language, vi: "quy tắc '\(id)': `message` \(detail)", en: "check '\(id)': `message`: \(detail)"),
      say(language, vi: "viết `{{` hoặc `}}` để có dấu ngoặc nhọn", en: "write `{{` or `}}` for a brace")
    )
  }

  static func procedureBudgetSpent(_ error: CELError, budget: Int) -> CELError {
    var error = error
    error.vi = "đã dùng hết hạn mức chi phí \(budget) cho mỗi thủ tục"
    error.en = "the cost budget of \(budget) per procedure is spent"
    return error
  }

  /// A value as a message shows it: text as is, numbers as written, lists and maps in CEL's form,
  /// timestamps and durations as `string()` writes them.
  static func display(_ value: CELValue) -> String {
    switch value {
    case .string(let text): return text
    case .double(let double): return Number(double).text
    case .list(let items): return "[" + items.map(display).joined(separator: ", ") + "]"
    case .map(let map):
      return "{" + map.entries.map { display($0.key) + ": " + display($0.value) }.joined(separator: ", ") + "}"
    case .timestamp(let timestamp): return timestamp.text
    case .duration(let duration): return duration.text
    default: return ExpressionEvaluation.display(value)
    }
  }

  // MARK: Examples

  static func exampleName(_ triggering: Bool, _ number: Int, _ language: Language) -> String {
    triggering
      ? say(language, vi: "ví dụ vi phạm thứ \(number)", en: "triggering example \(number)")
      : say(language, vi: "ví dụ không vi phạm thứ \(number)", en: "non-triggering example \(number)")
  }

  static func exampleInvalid(_ id: String, _ name: String, _ problem: String, _ language: Language) -> Text {
    (
      say(
        language, vi: "quy tắc '\(id)': \(name) không phải là tệp thủ tục hợp lệ: \(problem)",
        en: "check '\(id)': \(name) is not a valid procedure file: \(problem)"),
      say(
        language, vi: "viết cả tệp thủ tục, như một tệp trong catalog/",
        en: "write a whole procedure file, as in catalog/")
    )
  }

  static func exampleNoMarker(_ id: String, _ name: String, _ language: Language) -> Text {
    (
      say(
        language, vi: "quy tắc '\(id)': \(name) không có dấu `↓` nào",
        en: "check '\(id)': \(name) has no `↓` marker"),
      say(
        language, vi: "đặt `↓` ngay trước chỗ phát hiện phải bắt đầu",
        en: "put `↓` right before where the finding must start")
    )
  }

  static func exampleMismatch(
    _ id: String, _ name: String, missing: [String], unexpected: [String], _ language: Language
  ) -> Text {
    var parts: [String] = []
    if !missing.isEmpty {
      parts.append(
        say(
          language, vi: "thiếu phát hiện tại \(missing.joined(separator: ", "))",
          en: "no finding at \(missing.joined(separator: ", "))"))
    }
    if !unexpected.isEmpty {
      parts.append(
        say(
          language, vi: "có phát hiện ngoài dự kiến tại \(unexpected.joined(separator: ", "))",
          en: "unexpected findings at \(unexpected.joined(separator: ", "))"))
    }
    return (
      say(
        language, vi: "quy tắc '\(id)': \(name) không cho kết quả như đã khai: \(parts.joined(separator: "; "))",
        en: "check '\(id)': \(name) does not behave as declared: \(parts.joined(separator: "; "))"),
      say(
        language,
        vi: "vị trí tính theo dòng:cột trong ví dụ; sửa biểu thức, hoặc sửa ví dụ nếu ví dụ sai",
        en: "places are line:column inside the example; fix the expression, or the example if it is wrong")
    )
  }

  static func place(_ line: Int, _ column: Int, _ language: Language) -> String {
    say(language, vi: "dòng \(line), cột \(column)", en: "line \(line), column \(column)")
  }
}
