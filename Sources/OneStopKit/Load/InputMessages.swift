#if canImport(Glibc)
  import Glibc
#endif

/// A message and its help line, in one language.
struct InputMessage {
  var message: String
  var help: String?

  init(_ message: String, help: String? = nil) {
    self.message = message
    self.help = help
  }
}

/// Every text the input side writes for people, in both languages side by side: the file walk
/// and reads (`Pipeline/Storage.swift`, `Pipeline/Compiler.swift`), the loader (`Load/`) and the
/// validator (`Schema/Validate.swift`). The checks word their own messages in their files; the
/// plain-words help for libyaml's syntax errors is in `SyntaxHelp`.
///
/// Each function takes the run's language and the message's arguments. Ids, keys, paths, YAML
/// snippets and command-line options are never translated.
///
/// One table in four files, each an extension of this enum:
/// - `InputMessages.swift`: the file walk and reads, and the "did you mean" suggestions;
/// - `InputMessages+Load.swift`: the loader (bytes and encoding, the document);
/// - `InputMessages+Validate.swift`: the validator (what a value is, labels, messages);
/// - `InputMessages+Terms.swift`: shape names, key terms, and libyaml's syntax errors with its
///   problem texts in Vietnamese.
enum InputMessages {
  // MARK: Files

  static func fileTooLarge(_ language: Language, size: Int, limit: Int) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "tệp có \(size) byte, vượt giới hạn \(limit) byte", help: "tách tệp ra, hoặc nâng giới hạn bằng --max-file-size"
      )
    case .en:
      InputMessage(
        "file is \(size) bytes, over the limit of \(limit) bytes",
        help: "split the file, or raise the limit with --max-file-size")
    }
  }

  /// Rules files that are missing: one error for all of them, since nothing else can be judged.
  static func missingRulesFiles(_ language: Language, _ paths: [String], all: Bool) -> InputMessage {
    let list = paths.joined(separator: ", ")
    switch language {
    case .vi:
      return InputMessage(
        all
          ? "thư mục gốc không có rules/ (hoặc rules/ trống): thiếu cả \(paths.count) tệp quy tắc: \(list)"
          : paths.count == 1 ? "thiếu tệp quy tắc '\(paths[0])'" : "thiếu \(paths.count) tệp quy tắc: \(list)",
        help: all
          ? "chạy lệnh trong thư mục gốc của danh mục (thư mục chứa catalog/ và rules/), hoặc tạo các tệp quy tắc; xem docs/format.md"
          : "tạo \(paths.count == 1 ? "tệp này" : "các tệp này"); xem docs/format.md về các khóa của chúng")
    case .en:
      return InputMessage(
        all
          ? "the catalog root has no rules/ (or an empty one): all \(paths.count) rules files are missing: \(list)"
          : paths.count == 1
            ? "rules file '\(paths[0])' is missing" : "\(paths.count) rules files are missing: \(list)",
        help: all
          ? "run it in the catalog root (the folder holding catalog/ and rules/), or create the rules files; see docs/format.md"
          : "create \(paths.count == 1 ? "it" : "them"); see docs/format.md for their keys")
    }
  }

  static func unreadableFile(_ language: Language, _ failure: ReadFailure) -> InputMessage {
    switch language {
    case .vi: InputMessage("không đọc được tệp: \(failure.text(.vi))", help: "kiểm tra quyền truy cập của tệp")
    case .en: InputMessage("file cannot be read: \(failure.text(.en))", help: "check the file's permissions")
    }
  }

  static func unreadableFolder(_ language: Language, _ failure: ReadFailure) -> InputMessage {
    switch language {
    case .vi: InputMessage("không đọc được thư mục: \(failure.text(.vi))", help: "kiểm tra quyền truy cập của thư mục")
    case .en: InputMessage("folder cannot be read: \(failure.text(.en))", help: "check the file's permissions")
    }
  }

  static func brokenLink(_ language: Language, _ failure: ReadFailure) -> InputMessage {
    switch language {
    case .vi: InputMessage("liên kết không dẫn tới đâu: \(failure.text(.vi))", help: "sửa hoặc xóa liên kết này")
    case .en: InputMessage("link leads nowhere: \(failure.text(.en))", help: "check the file's permissions")
    }
  }

  static func pathOutsideRoot(_ language: Language, target: String) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "liên kết dẫn ra ngoài thư mục gốc của danh mục, tới '\(target)'",
        help: "chép tệp vào danh mục thay vì liên kết tới nó")
    case .en:
      InputMessage(
        "link leads outside the catalog root, to '\(target)'",
        help: "copy the file into the catalog instead of linking to it")
    }
  }

  static func folderLoop(_ language: Language) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "thư mục này đã được duyệt: một liên kết tạo thành vòng lặp",
        help: "xóa liên kết trỏ ngược về thư mục cha")
    case .en:
      InputMessage(
        "folder was already walked: a link makes a loop", help: "remove the link that points back to a parent folder")
    }
  }

  /// What a system error number means, for people.
  static func systemError(_ language: Language, _ code: Int32) -> String {
    switch language {
    case .en:
      return code == EISDIR ? "it is a folder" : POSIX.errorText(code)
    case .vi:
      switch code {
      case EACCES, EPERM: return "không có quyền truy cập"
      case ENOENT: return "không tồn tại"
      case EISDIR: return "đó là một thư mục"
      case ENOTDIR: return "một phần của đường dẫn không phải là thư mục"
      case ELOOP: return "quá nhiều liên kết nối tiếp nhau"
      case EIO: return "lỗi đọc ghi trên thiết bị"
      case EMFILE, ENFILE: return "quá nhiều tệp đang mở"
      case ENAMETOOLONG: return "tên quá dài"
      case ENOMEM: return "hết bộ nhớ"
      default: return "lỗi hệ thống số \(code) (`\(POSIX.errorText(code))`)"
      }
    }
  }

  /// The policy names an input error under `checks:` or `overrides:`.
  static func inputErrorNotConfigurable(_ language: Language, id: String) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "'\(id)' là lỗi đầu vào: rules/policy.yaml không đổi được mức độ của nó",
        help: "xóa dòng này: tệp không đọc đúng được thì luôn là lỗi")
    case .en:
      InputMessage(
        "'\(id)' is an input error and cannot be changed by the policy",
        help: "remove this line: files that cannot be read correctly are always errors")
    }
  }

  // MARK: Suggestions

  /// "did you mean 'x'?", with the id's name when the rules give one.
  static func didYouMean(_ language: Language, _ suggestion: String, name: String? = nil) -> String {
    let named = name.map { " (\($0))" } ?? ""
    switch language {
    case .vi: return "có phải là '\(suggestion)'\(named)?"
    case .en: return "did you mean '\(suggestion)'\(named)?"
    }
  }
}

extension Array where Element == String {
  /// `a, b hoặc c` / `a, b or c`
  func orList(_ language: Language) -> String {
    switch language {
    case .en: return orList
    case .vi:
      switch count {
      case 0: return ""
      case 1: return self[0]
      default: return dropLast().joined(separator: ", ") + " hoặc " + last!
      }
    }
  }
}
