// Shape names, key terms and libyaml's syntax errors with their problem texts in Vietnamese
// (see `InputMessages`).

extension InputMessages {
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

  // MARK: Shape names and key terms

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
}
