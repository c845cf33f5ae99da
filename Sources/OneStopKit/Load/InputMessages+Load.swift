// The loader's messages (see `InputMessages`): bytes and encoding, then the document.

extension InputMessages {
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
}
