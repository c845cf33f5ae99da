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

  // MARK: Loader: bytes and encoding

  static func utf16Input(_ language: Language, encoding: String) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "tệp được mã hóa \(encoding); tệp danh mục phải dùng UTF-8",
        help: "chuyển tệp sang UTF-8, ví dụ bằng `iconv -f \(encoding) -t UTF-8`")
    case .en:
      InputMessage(
        "file is encoded in \(encoding); catalog files must be UTF-8",
        help: "convert the file to UTF-8, for example with `iconv -f \(encoding) -t UTF-8`")
    }
  }

  static func invalidUTF8(_ language: Language, byte: UInt8) -> InputMessage {
    let hex = "0x" + String(byte, radix: 16, uppercase: true)
    switch language {
    case .vi: return InputMessage("byte \(hex) không phải UTF-8 hợp lệ", help: "lưu tệp ở dạng mã hóa UTF-8")
    case .en: return InputMessage("invalid UTF-8 byte \(hex)", help: "save the file as UTF-8")
    }
  }

  static func rawControlCharacter(_ language: Language, _ scalar: UInt32) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "văn bản của danh mục không được chứa ký tự điều khiển \(codePointName(scalar))",
        help: "xóa ký tự này; muốn xuống dòng thì xuống dòng thật")
    case .en:
      InputMessage(
        "control character \(codePointName(scalar)) is not allowed in catalog text",
        help: "delete the character; write line breaks as real line breaks")
    }
  }

  static func lineSeparator(_ language: Language, _ scalar: UInt32) -> InputMessage {
    switch language {
    case .vi:
      let name =
        scalar == 0x85 ? "ký tự xuống dòng NEL" : scalar == 0x2028 ? "ký tự phân cách dòng" : "ký tự phân cách đoạn"
      return InputMessage(
        "không được dùng \(name) \(codePointName(scalar)) ở dạng thô",
        help:
          "thay bằng một lần xuống dòng bình thường hoặc một dấu cách; trình đọc YAML 1.1 coi ký tự này là xuống dòng")
    case .en:
      let name = scalar == 0x85 ? "next line" : scalar == 0x2028 ? "line separator" : "paragraph separator"
      return InputMessage(
        "raw \(name) character \(codePointName(scalar)) is not allowed",
        help: "replace it with an ordinary line break or a space; a YAML 1.1 parser reads it as a line break")
    }
  }

  /// The note after the last encoding problem shown.
  static func moreEncodingProblems(_ language: Language, _ count: Int) -> String {
    switch language {
    case .vi: "còn \(count) lỗi tương tự trong tệp này không được hiển thị"
    case .en: "\(count) more such problems in this file are not shown"
    }
  }

  static func escapedControlCharacter(_ language: Language, _ scalar: UInt32) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "văn bản chứa ký tự điều khiển \(codePointName(scalar)), mà XML 1.0 không biểu diễn được",
        help: "xóa chuỗi thoát tạo ra ký tự này")
    case .en:
      InputMessage(
        "text holds control character \(codePointName(scalar)), which XML 1.0 cannot carry",
        help: "remove the escape that writes it")
    }
  }

  // MARK: Loader: the document

  static func parserCannotStart(_ language: Language) -> InputMessage {
    switch language {
    case .vi: InputMessage("không khởi động được trình đọc YAML (hết bộ nhớ)")
    case .en: InputMessage("the YAML parser could not start (out of memory)")
    }
  }

  static func emptyFile(_ language: Language) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "tệp không chứa tài liệu YAML nào", help: "viết nội dung của thủ tục hoặc của tệp quy tắc, hoặc xóa tệp")
    case .en:
      InputMessage("file holds no YAML document", help: "write the procedure or rules mapping, or delete the file")
    }
  }

  static func multipleDocuments(_ language: Language) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "tệp chứa nhiều hơn một tài liệu YAML",
        help: "mỗi tệp chỉ giữ một tài liệu: xóa dòng `---` thứ hai và phần sau nó, hoặc chuyển phần đó sang tệp riêng")
    case .en:
      InputMessage(
        "file holds more than one YAML document",
        help: "keep one document per file: remove the second `---` and what follows, or move it to its own file")
    }
  }

  /// A tag on a scalar (`onScalar`: which may also not fit the value) or on a collection.
  static func unsupportedTag(_ language: Language, tag: String, onScalar: Bool) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "thẻ '\(tag)' không thuộc lược đồ lõi của YAML 1.2\(onScalar ? " hoặc không hợp với giá trị" : "")",
        help: "bỏ thẻ đi: tệp danh mục chỉ chứa dữ liệu thuần")
    case .en:
      InputMessage(
        "tag '\(tag)' is not part of the YAML 1.2 core schema\(onScalar ? " or does not fit the value" : "")",
        help: "remove the tag: catalog files hold plain data")
    }
  }

  static func nestingTooDeep(_ language: Language, limit: Int) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "các danh sách và ánh xạ lồng nhau sâu quá \(limit) mức",
        help: "tệp danh mục chỉ cần vài mức lồng nhau; nếu thật sự cần, nâng giới hạn bằng --max-depth")
    case .en:
      InputMessage(
        "collections are nested deeper than \(limit) levels",
        help: "catalog files need only a few levels; raise the limit with --max-depth if this is intended")
    }
  }

  static func recursiveAlias(_ language: Language, name: String) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "bí danh '*\(name)' trỏ tới chính nút chứa nó", help: "một nút không thể chứa chính nó; hãy chép các giá trị ra"
      )
    case .en:
      InputMessage(
        "alias '*\(name)' refers to the node that contains it",
        help: "a node cannot contain itself; copy the values instead"
      )
    }
  }

  static func undefinedAlias(_ language: Language, name: String) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "bí danh '*\(name)' không trỏ tới neo nào được định nghĩa trước nó",
        help: "định nghĩa neo `&\(name)` ở phía trên trong tệp, hoặc sửa lại tên")
    case .en:
      InputMessage(
        "alias '*\(name)' refers to no anchor defined before it",
        help: "define the anchor `&\(name)` earlier in the file, or fix the name")
    }
  }

  static func aliasAsKey(_ language: Language) -> InputMessage {
    switch language {
    case .vi: InputMessage("không được dùng bí danh làm khóa", help: "viết khóa ở dạng văn bản thường")
    case .en: InputMessage("an alias cannot be used as a key", help: "write the key as plain text")
    }
  }

  static func collectionAsKey(_ language: Language, _ node: YAMLNode) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "khóa là \(kind(of: node, .vi)), nhưng khóa phải là văn bản", help: "viết khóa ở dạng văn bản thường")
    case .en: InputMessage("key is \(node.kindName), but keys must be text", help: "write the key as plain text")
    }
  }

  static func mergeKey(_ language: Language) -> InputMessage {
    switch language {
    case .vi:
      InputMessage("không hỗ trợ khóa gộp (`<<`)", help: "viết đầy đủ các khóa; YAML 1.2 không có khóa gộp")
    case .en:
      InputMessage(
        "merge keys (`<<`) are not supported", help: "write the keys out in full; YAML 1.2 has no merge keys")
    }
  }

  static func duplicateKey(_ language: Language, key: String) -> InputMessage {
    switch language {
    case .vi: InputMessage("khóa '\(key)' bị lặp", help: "xóa một trong hai; chỉ khóa đầu tiên được đọc")
    case .en: InputMessage("duplicate key '\(key)'", help: "remove one of the two; only the first one is read")
    }
  }

  static func firstDefinedHere(_ language: Language) -> String {
    switch language {
    case .vi: "định nghĩa lần đầu ở đây"
    case .en: "first defined here"
    }
  }

  static func aliasLimit(_ language: Language, limit: Int) -> InputMessage {
    switch language {
    case .vi:
      InputMessage(
        "các bí danh làm tài liệu này bung ra quá \(limit) nút",
        help: "mỗi bí danh chép lại toàn bộ nút của neo: dùng ít bí danh hơn (tệp danh mục không cần bí danh)")
    case .en:
      InputMessage(
        "aliases expand this document to more than \(limit) nodes",
        help: "an alias copies its anchor's whole node: use fewer aliases (catalog files need none)")
    }
  }

  static func nodeLimit(_ language: Language, limit: Int) -> InputMessage {
    switch language {
    case .vi: InputMessage("tài liệu có quá \(limit) nút", help: "tách tệp ra, hoặc nâng giới hạn bằng --max-nodes")
    case .en:
      InputMessage("document has more than \(limit) nodes", help: "split the file, or raise the limit with --max-nodes")
    }
  }

  // MARK: Loader: libyaml's syntax errors

  /// The message of a libyaml syntax error; `problem` is libyaml's own text.
  static func yamlSyntax(_ language: Language, problem: String) -> String {
    switch language {
    case .vi: "lỗi cú pháp YAML: \(libyamlProblem(problem))"
    case .en: "YAML syntax error: \(problem)"
    }
  }

  /// The note at libyaml's "while parsing ..." mark.
  static func yamlSyntaxContext(_ language: Language, context: String) -> String {
    switch language {
    case .en:
      return context
    case .vi:
      let words = context.split(separator: " ", maxSplits: 2)
      guard words.count == 3, words[0] == "while", words[1] == "parsing" || words[1] == "scanning" else {
        return "`\(context)`"
      }
      let thing = String(words[2])
      guard let named = libyamlThings[thing] else { return "`\(context)`" }
      return thing == "for the next token" ? "khi tìm thành phần tiếp theo, từ đây" : "khi đọc \(named) bắt đầu từ đây"
    }
  }

  /// What libyaml reads ("a block mapping"), in Vietnamese.
  private static let libyamlThings: [String: String] = [
    "a block collection": "danh sách dạng khối",
    "a block mapping": "ánh xạ dạng khối",
    "a block node": "nút dạng khối",
    "a flow mapping": "ánh xạ trong { }",
    "a flow node": "nút trong [ ] hoặc { }",
    "a flow sequence": "danh sách trong [ ]",
    "a node": "nút",
    "a quoted scalar": "văn bản trong dấu ngoặc",
    "a tag": "thẻ",
    "a tag directive": "chỉ thị %TAG",
    "a %TAG directive": "chỉ thị %TAG",
    "a %YAML directive": "chỉ thị %YAML",
    "a directive": "chỉ thị",
    "a block scalar": "văn bản dạng khối",
    "a plain scalar": "văn bản không có ngoặc",
    "a simple key": "khóa",
    "an alias": "bí danh",
    "an anchor": "neo",
    "for the next token": "thành phần tiếp theo",
  ]

  /// libyaml's problem texts in Vietnamese; one it may add later is shown as it is, quoted.
  private static func libyamlProblem(_ problem: String) -> String {
    libyamlProblems[problem] ?? "`\(problem)`"
  }

  private static let libyamlProblems: [String: String] = [
    "block sequence entries are not allowed in this context": "không được đặt mục danh sách ('- ') ở chỗ này",
    "control characters are not allowed": "không được dùng ký tự điều khiển",
    "could not find expected ':'": "không tìm thấy dấu ':' cần có",
    "could not find expected directive name": "không tìm thấy tên chỉ thị cần có",
    "did not find URI escaped octet": "không tìm thấy byte thoát trong URI",
    "did not find expected '!'": "không tìm thấy dấu '!' cần có",
    "did not find expected ',' or ']'": "không tìm thấy dấu ',' hoặc ']' cần có",
    "did not find expected ',' or '}'": "không tìm thấy dấu ',' hoặc '}' cần có",
    "did not find expected '-' indicator": "không tìm thấy dấu '-' mở đầu mục danh sách",
    "did not find expected <document start>": "không tìm thấy dấu mở đầu tài liệu `---` cần có",
    "did not find expected <stream-start>": "không tìm thấy điểm bắt đầu luồng",
    "did not find expected alphabetic or numeric character": "không tìm thấy chữ cái hoặc chữ số cần có",
    "did not find expected comment or line break": "không tìm thấy chú thích hoặc dấu xuống dòng cần có",
    "did not find expected digit or '.' character": "không tìm thấy chữ số hoặc dấu '.' cần có",
    "did not find expected hexdecimal number": "không tìm thấy số thập lục phân cần có",
    "did not find expected key": "không tìm thấy khóa cần có",
    "did not find expected node content": "không tìm thấy nội dung cần có",
    "did not find expected tag URI": "không tìm thấy URI của thẻ",
    "did not find expected version number": "không tìm thấy số phiên bản",
    "did not find expected whitespace": "không tìm thấy khoảng trắng cần có",
    "did not find expected whitespace or line break": "không tìm thấy khoảng trắng hoặc dấu xuống dòng cần có",
    "did not find the expected '>'": "không tìm thấy dấu '>' cần có",
    "found a tab character that violates indentation": "ký tự tab làm sai thụt lề",
    "found a tab character where an indentation space is expected": "ký tự tab nằm ở chỗ cần dấu cách thụt lề",
    "found an incorrect leading UTF-8 octet": "byte đầu của ký tự UTF-8 không hợp lệ",
    "found an incorrect trailing UTF-8 octet": "byte sau của ký tự UTF-8 không hợp lệ",
    "found an indentation indicator equal to 0": "chỉ số thụt lề bằng 0",
    "found character that cannot start any token": "gặp ký tự không thể đứng đầu",
    "found duplicate %TAG directive": "chỉ thị %TAG bị lặp",
    "found duplicate %YAML directive": "chỉ thị %YAML bị lặp",
    "found extremely long version number": "số phiên bản quá dài",
    "found incompatible YAML document": "tài liệu YAML thuộc phiên bản không tương thích",
    "found invalid Unicode character escape code": "mã thoát ký tự Unicode không hợp lệ",
    "found undefined tag handle": "tiền tố thẻ chưa được định nghĩa",
    "found unexpected ':'": "dấu ':' không đúng chỗ",
    "found unexpected document indicator": "dấu phân cách tài liệu (`---` hoặc `...`) không đúng chỗ",
    "found unexpected end of stream": "tệp kết thúc giữa chừng",
    "found unexpected non-alphabetical character": "gặp ký tự không phải chữ cái",
    "found unknown directive name": "tên chỉ thị không xác định",
    "found unknown escape character": "ký tự thoát không xác định",
    "incomplete UTF-16 character": "ký tự UTF-16 không trọn vẹn",
    "incomplete UTF-16 surrogate pair": "cặp thay thế UTF-16 không trọn vẹn",
    "incomplete UTF-8 octet sequence": "chuỗi byte UTF-8 không trọn vẹn",
    "input is too long": "dữ liệu vào quá dài",
    "invalid Unicode character": "ký tự Unicode không hợp lệ",
    "invalid leading UTF-8 octet": "byte đầu của ký tự UTF-8 không hợp lệ",
    "invalid length of a UTF-8 sequence": "độ dài chuỗi UTF-8 không hợp lệ",
    "invalid trailing UTF-8 octet": "byte sau của ký tự UTF-8 không hợp lệ",
    "mapping keys are not allowed in this context": "không được đặt khóa ở chỗ này",
    "mapping values are not allowed in this context": "không được đặt giá trị (sau dấu ': ') ở chỗ này",
  ]

  /// The libyaml problem texts translated above, for the test that holds the list to libyaml.
  static var translatedProblems: Dictionary<String, String>.Keys { libyamlProblems.keys }

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

  /// What a shape is called in messages: "procedure", "thủ tục".
  static func name(of shape: ObjectShape, _ language: Language) -> String {
    switch language {
    case .en: shape.name
    case .vi: vietnameseName(of: shape.name) ?? "'\(shape.name)'"
    }
  }

  /// The Vietnamese name of each `ObjectShape` of `FormatSchema` (a test holds the list to it).
  static func vietnameseName(of shape: String) -> String? {
    switch shape {
    case "decision": "quyết định công bố"
    case "processing time": "thời hạn giải quyết"
    case "fee": "phí, lệ phí"
    case "channel": "cách thức thực hiện"
    case "legal basis": "căn cứ pháp lý"
    case "copies": "số lượng bản"
    case "form": "mẫu đơn, tờ khai"
    case "waiver": "ngoại lệ giữ lại giấy tờ"
    case "requirement": "thành phần hồ sơ"
    case "case": "trường hợp"
    case "result": "kết quả thực hiện"
    case "procedure": "thủ tục"
    case "level": "cấp thực hiện"
    case "entry": "mục"
    case "paper type": "loại giấy tờ"
    case "source": "cơ sở dữ liệu dùng chung"
    case "override": "mục mức độ riêng theo thư mục"
    case "target": "chỉ tiêu"
    case "targets": "các chỉ tiêu"
    case "policy": "tệp rules/policy.yaml"
    default: shape.hasPrefix("rules/") ? "tệp \(shape)" : nil
    }
  }

  /// What the keys of a `.map` shape are (`keyMeaning`): "level", "cấp thực hiện".
  static func keyMeaning(_ meaning: String, _ language: Language) -> String {
    switch language {
    case .en: meaning
    case .vi:
      switch meaning {
      case "level": "cấp thực hiện"
      case "check": "quy tắc kiểm tra"
      default: "khóa"
      }
    }
  }

  /// A required key's Vietnamese term, for the help of missing-key (the English help quotes the
  /// field's description from `FormatSchema`).
  static func vietnameseTerm(of key: String, in shape: String) -> String? {
    switch (shape, key) {
    case ("form", "code"): "số hiệu mẫu"
    case ("decision", "ref"): "số quyết định công bố"
    case ("requirement", "id"): "mã thành phần hồ sơ, duy nhất trong thủ tục"
    case ("case", "id"): "mã trường hợp, duy nhất trong thủ tục"
    case ("case", "papers"): "các giấy tờ trường hợp này thêm vào hồ sơ"
    case ("channel", "kind"): "hình thức nộp"
    case ("waiver", "legal_basis"): "điều khoản yêu cầu giữ lại giấy tờ"
    case (_, "id"): "mã"
    case (_, "name"): "tên"
    case (_, "code"): "mã thủ tục"
    case (_, "field"): "lĩnh vực"
    case (_, "levels"): "cấp thực hiện"
    case (_, "results"): "kết quả thực hiện"
    case (_, "ref"): "số hiệu văn bản"
    case (_, "title"): "trích yếu"
    case (_, "when"): "nội dung trường hợp"
    case (_, "reason"): "lý do giữ lại giấy tờ"
    case (_, "connected"): "ngày kết nối theo từng cấp"
    case (_, "files"): "các mẫu đường dẫn"
    case (_, "checks"): "mức độ của từng quy tắc kiểm tra"
    case (_, "by"): "ngày đến hạn"
    case (_, "percent"): "tỷ lệ phần trăm"
    case (_, "as_of"): "ngày đánh giá"
    case (_, "code_pattern"): "mẫu mã thủ tục"
    case (_, "languages"): "các ngôn ngữ, ngôn ngữ chính đứng đầu"
    case (_, "fields"): "danh mục lĩnh vực"
    case (_, "subjects"): "danh mục đối tượng thực hiện"
    case (_, "papers"): "danh mục loại giấy tờ"
    case (_, "sources"): "danh mục cơ sở dữ liệu dùng chung"
    default: nil
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
