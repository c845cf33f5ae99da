/// Descriptions of the problems the loader, the validator and the file walk report. They are
/// always errors; they are listed here so that `onestop explain`, docs/checks.md and the example
/// tests cover them like every other check.
enum InputRules {
  static let p = ExampleCatalog.procedure

  static func load(
    _ id: String, _ summary: Localized, _ rationale: Localized, _ triggering: [Example],
    _ nonTriggering: [Example] = [
      Example(ExampleCatalog.procedure)
    ]
  ) -> CheckDescription {
    CheckDescription(
      id: id, stage: .load, summary: summary, rationale: rationale, triggering: triggering, nonTriggering: nonTriggering
    )
  }

  static func decode(
    _ id: String, _ summary: Localized, _ rationale: Localized, _ triggering: [Example],
    _ nonTriggering: [Example] = [
      Example(ExampleCatalog.procedure)
    ]
  ) -> CheckDescription {
    CheckDescription(
      id: id, stage: .decode, summary: summary, rationale: rationale, triggering: triggering,
      nonTriggering: nonTriggering)
  }

  static let all: [CheckDescription] = [
    load(
      "yaml-syntax", Localized(vi: "lỗi cú pháp YAML: tệp không phải YAML hợp lệ", en: "the file is not valid YAML"),
      Localized(
        vi:
          "libyaml không đọc tiếp được sau một lỗi cú pháp, nên phần còn lại của tệp chưa được kiểm tra cho đến khi lỗi này được sửa.",
        en: "libyaml cannot read past a syntax error, so the rest of the file is not checked until it is fixed."),
      [Example(p.replacingOccurrences(of: "field: civil-status", with: "field: civil-status↓: x"))]),
    load(
      "duplicate-key", Localized(vi: "một ánh xạ có cùng một khóa hai lần", en: "a mapping has the same key twice"),
      Localized(
        vi:
          "YAML 1.2 cấm trùng khóa; các bộ đọc YAML không thống nhất khóa nào được dùng, nên cùng một tệp mang nghĩa khác nhau với những công cụ khác nhau.",
        en:
          "YAML 1.2 forbids duplicate keys; parsers disagree on which one wins, so the file means different things to different tools."
      ),
      [Example(p + "\n↓field: residence\n")]),
    load(
      "alias-limit",
      Localized(
        vi: "bí danh (alias) làm tài liệu vượt giới hạn số nút", en: "aliases expand the document beyond the node limit"
      ),
      Localized(
        vi:
          "Bí danh sao chép nút của neo (anchor) mà nó trỏ tới; bí danh lồng nhau tăng theo hàm mũ (kiểu tấn công “billion laughs”). Tệp danh mục không cần bí danh.",
        en:
          "An alias copies its anchor's node; nested aliases grow exponentially (the billion-laughs attack). Catalog files need no aliases."
      ),
      [
        Example(
          "a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, ↓*b, *b, *b]\n",
          limits: LoadLimits(maxFileSize: 1 << 20, maxDepth: 64, maxNodes: 60))
      ],
      [Example("a: &a [x]\nb: *a\n", limits: LoadLimits(maxFileSize: 1 << 20, maxDepth: 64, maxNodes: 60))]),
    load(
      "recursive-alias",
      Localized(vi: "bí danh trỏ tới chính nút chứa nó", en: "an alias refers to the node that contains it"),
      Localized(
        vi: "Một nút không thể chứa chính nó; bí danh tự tham chiếu sẽ tạo ra một tài liệu vô hạn.",
        en: "A node cannot contain itself; a recursive alias would make an infinite document."),
      [Example("a: &a [x, ↓*a]\n")], [Example("a: &a [x]\nb: *a\n")]),
    load(
      "undefined-alias",
      Localized(
        vi: "bí danh trỏ tới một neo chưa được định nghĩa trước đó",
        en: "an alias refers to no anchor defined before it"),
      Localized(
        vi: "Bí danh phải đứng sau neo của nó; một bí danh gõ sai sẽ lặng lẽ thành giá trị rỗng.",
        en: "An alias must follow its anchor; a misspelt alias would silently be empty."),
      [Example("a: &a [x]\nb: ↓*b\n")], [Example("a: &a [x]\nb: *a\n")]),
    load(
      "nesting-too-deep",
      Localized(
        vi: "danh sách, ánh xạ lồng nhau quá giới hạn độ sâu", en: "collections are nested beyond the depth limit"),
      Localized(
        vi:
          "Lồng nhau quá sâu khiến libyaml tốn thời gian bậc hai (100.000 dấu `[` lồng nhau mất 30 giây); việc đọc dừng ngay khi chạm giới hạn.",
        en:
          "Deep nesting costs libyaml quadratic time (100,000 nested `[` take 30 s); the parse stops at the limit as the events arrive."
      ),
      [Example("a:\n  b:\n    c: ↓[x]\n", limits: LoadLimits(maxFileSize: 1 << 20, maxDepth: 3, maxNodes: 1000))],
      [Example("a:\n  b: [x]\n", limits: LoadLimits(maxFileSize: 1 << 20, maxDepth: 3, maxNodes: 1000))]),
    load(
      "file-too-large", Localized(vi: "tệp vượt giới hạn kích thước", en: "the file is over the size limit"),
      Localized(
        vi:
          "Một tệp thủ tục chỉ vài kilobyte; tệp hàng megabyte là nhầm lẫn hoặc tấn công, và bị từ chối trước khi đọc cú pháp.",
        en:
          "A procedure file is a few kilobytes; a file of megabytes is a mistake or an attack, and is refused before parsing."
      ),
      [Example("↓" + p, limits: LoadLimits(maxFileSize: 64, maxDepth: 64, maxNodes: 1000))],
      [Example(p, limits: LoadLimits(maxFileSize: 4096, maxDepth: 64, maxNodes: 1000))]),
    load(
      "invalid-utf8", Localized(vi: "tệp chứa byte không phải UTF-8", en: "the file holds bytes that are not UTF-8"),
      Localized(
        vi: "Tệp danh mục dùng bảng mã UTF-8; byte khác sẽ hiện lên Cổng Dịch vụ công thành chữ lỗi phông.",
        en: "Catalog files are UTF-8; other bytes would reach the portal as mojibake."),
      [Example("code: \"1.000001\"\nname: {vi: Đăng k↓⟪FF⟫ khai sinh}\n")]),
    load(
      "utf16-input", Localized(vi: "tệp mã hóa UTF-16 hoặc UTF-32", en: "the file is UTF-16 or UTF-32"),
      Localized(
        vi: "Tệp danh mục dùng bảng mã UTF-8 để vị trí byte, bản so sánh thay đổi và các công cụ thống nhất với nhau.",
        en: "Catalog files are UTF-8 so that byte offsets, diffs and tools agree."),
      [Example("↓⟪FF⟫⟪FE⟫c\u{0}o\u{0}")]),
    load(
      "forbidden-character",
      Localized(
        vi: "văn bản chứa ký tự điều khiển mà YAML hoặc XML 1.0 không chứa được",
        en: "the text holds a control character YAML or XML 1.0 cannot carry"),
      Localized(
        vi:
          "NUL và các ký tự điều khiển khác, U+FFFE và U+FFFF không thể có trong tệp XML cho Cổng Dịch vụ công; chúng bị từ chối dù viết trực tiếp hay viết bằng mã thoát như \"\\u0001\".",
        en:
          "NUL and other control characters, U+FFFE and U+FFFF cannot appear in the portal's XML; they are refused whether written raw or as an escape like \"\\u0001\"."
      ),
      [
        Example("code: \"1.000001\"\nname: {vi: ↓\"Đăng ký\\u0001\"}\n"),
        Example("code: \"1.000001\"\nname: {vi: Đăng↓\u{0} ký}\n"),
      ]),
    load(
      "line-separator",
      Localized(
        vi: "văn bản chứa ký tự U+0085, U+2028 hoặc U+2029 viết trực tiếp",
        en: "the text holds a raw U+0085, U+2028 or U+2029"),
      Localized(
        vi:
          "libyaml, một bộ đọc YAML 1.1, lặng lẽ đổi các ký tự này thành ngắt dòng hoặc khoảng trắng, nên văn bản bị thay đổi mà không có thông báo nào; YAML 1.2 coi chúng là ký tự thường.",
        en:
          "libyaml, a YAML 1.1 parser, silently turns these into line breaks or spaces, so the text would change without a word; YAML 1.2 treats them as ordinary characters."
      ),
      [Example("code: \"1.000001\"\nname: {vi: Đăng ký↓\u{2028}khai sinh}\n")]),
    load(
      "multiple-documents",
      Localized(vi: "tệp chứa nhiều hơn một tài liệu YAML", en: "the file holds more than one YAML document"),
      Localized(
        vi: "Mỗi tệp một thủ tục: tài liệu thứ hai sẽ bị phần lớn công cụ bỏ qua.",
        en: "One procedure per file: a second document would be ignored by most tools."),
      [Example(p + "\n↓---\ncode: \"1.000002\"\n")]),
    load(
      "unsupported-tag",
      Localized(
        vi: "một nút mang thẻ (tag) nằm ngoài lược đồ lõi của YAML 1.2",
        en: "a node carries a tag outside the YAML 1.2 core schema"),
      Localized(
        vi: "Các thẻ như !!python/object yêu cầu bộ đọc dựng đối tượng; tệp danh mục chỉ chứa dữ liệu thuần.",
        en: "Tags like !!python/object ask a loader to build objects; catalog files hold plain data only."),
      [
        Example(
          p.replacingOccurrences(of: "field: civil-status", with: "field: ↓!!python/object:os.system civil-status"))
      ],
      [Example(p.replacingOccurrences(of: "field: civil-status", with: "field: !!str civil-status"))]),
    load(
      "merge-key", Localized(vi: "ánh xạ dùng khóa gộp `<<`", en: "a mapping uses a merge key `<<`"),
      Localized(
        vi: "Khóa gộp là phần mở rộng của YAML 1.1 mà YAML 1.2 đã bỏ; các công cụ xử lý khóa gộp không thống nhất.",
        en: "Merge keys are a YAML 1.1 extension that YAML 1.2 dropped; tools disagree on them."),
      [Example("base: &b {x: 1}\nother:\n  ↓<<: *b\n  y: 2\n")], [Example("base: {x: 1}\nother:\n  x: 1\n  y: 2\n")]),
    load(
      "complex-key",
      Localized(vi: "khóa là danh sách, ánh xạ hoặc bí danh", en: "a key is a list, a mapping or an alias"),
      Localized(
        vi:
          "Khóa dùng để gọi tên trường dữ liệu; chỉ văn bản mới làm được việc đó. Khóa đặt trong dấu nháy là văn bản bình thường.",
        en: "Keys name fields; only text can. A quoted key is ordinary text."),
      [Example("? ↓[a, b]\n: 1\n"), Example("a: &k x\n↓*k : 1\n")], [Example("\"code\": \"1.000001\"\n")]),
    load(
      "empty-file", Localized(vi: "tệp rỗng hoặc chỉ có chú thích", en: "the file is empty or holds only comments"),
      Localized(
        vi: "Tệp thủ tục rỗng hầu như luôn là nhầm lẫn, và sẽ không công bố được gì.",
        en: "An empty procedure file is almost always a mistake, and it would publish nothing."),
      [Example("↓# nothing here yet\n")]),
    decode(
      "missing-key", Localized(vi: "thiếu khóa bắt buộc", en: "a required key is missing"),
      Localized(
        vi: "Định dạng danh mục bắt buộc có các khóa này; thiếu chúng thì thủ tục không công bố được.",
        en: "The format requires these keys; without them the procedure cannot be published."),
      [
        Example(
          p.replacingOccurrences(
            of: "code: \"1.000001\"\nname: {vi: Đăng ký khai sinh, en: Birth registration}\n",
            with: "↓code: \"1.000001\"\n"))
      ]),
    decode(
      "unknown-key", Localized(vi: "khóa không có trong định dạng", en: "a key the format does not define"),
      Localized(
        vi: "Một khóa gõ sai sẽ bị lặng lẽ bỏ qua, và giá trị người soạn thảo muốn ghi sẽ bị thiếu.",
        en: "A misspelt key would otherwise be ignored silently, and the value the drafter meant would be missing."),
      [Example(p.replacingOccurrences(of: "field: civil-status", with: "↓feild: civil-status\nfield: civil-status"))]),
    decode(
      "wrong-type", Localized(vi: "giá trị sai kiểu", en: "a value has the wrong type"),
      Localized(
        vi:
          "Theo YAML 1.2, `code: 1.001193` là một số còn `boundary_free: yes` là văn bản; trường văn bản không bao giờ nhận một số bị đổi kiểu, và giá trị đúng/sai chỉ là `true` hoặc `false`.",
        en:
          "Under YAML 1.2, `code: 1.001193` is a number and `boundary_free: yes` is text; text fields never receive a retyped number, and booleans are only true or false."
      ),
      [
        Example(p.replacingOccurrences(of: "code: \"1.000001\"", with: "code: ↓1.000001")),
        Example(p.replacingOccurrences(of: "field: civil-status", with: "field: civil-status\nboundary_free: ↓yes")),
      ],
      [
        Example(p.replacingOccurrences(of: "field: civil-status", with: "field: civil-status\nboundary_free: true"))
      ]),
    decode(
      "invalid-value",
      Localized(
        vi: "giá trị không thuộc danh sách cho phép, hoặc để trống",
        en: "a value is not one of the allowed words, or is empty"),
      Localized(
        vi:
          "Các danh mục đóng (hình thức nộp, mức độ trực tuyến, mức độ của quy tắc kiểm tra) là những gì Cổng Dịch vụ công và việc phân tích hiểu được.",
        en:
          "Closed vocabularies (channel kinds, online levels, severities) are what the portal and the analysis understand."
      ),
      [Example(p.replacingOccurrences(of: "{kind: in-person,", with: "{kind: ↓in-persn,"))]),
    decode(
      "invalid-date",
      Localized(vi: "ngày không phải một ngày có thật theo dạng YYYY-MM-DD", en: "a date is not a real YYYY-MM-DD day"),
      Localized(
        vi:
          "Ngày quyết định việc kết nối, ngoại lệ và cấp thực hiện đã chấm dứt; một ngày sai sẽ lặng lẽ làm thay đổi kết quả phân tích.",
        en: "Dates decide connections, waivers and retired levels; a wrong one silently changes the analysis."),
      [
        Example(
          p.replacingOccurrences(
            of: "field: civil-status", with: "decision: {ref: 163/QĐ-BTP, date: ↓2025-02-30}\nfield: civil-status"))
      ],
      [
        Example(
          p.replacingOccurrences(
            of: "field: civil-status", with: "decision: {ref: 163/QĐ-BTP, date: 2025-06-12}\nfield: civil-status"))
      ]),
    decode(
      "invalid-number",
      Localized(
        vi: "số âm, số có phần thập phân ở chỗ cần số nguyên, hoặc vượt giới hạn",
        en: "a number is negative, fractional where a count is needed, or out of range"),
      Localized(
        vi: "Số bản là số nguyên; thời hạn giải quyết và phí, lệ phí không bao giờ âm.",
        en: "Copies are whole numbers; times and fees are never negative."),
      [
        Example(
          p.replacingOccurrences(
            of: "copies: {original: 1}}\n  - {id: birth-notice", with: "copies: {original: ↓-1}}\n  - {id: birth-notice"
          ))
      ]),
    decode(
      "invalid-id",
      Localized(vi: "mã không đúng dạng chữ thường nối bằng gạch ngang", en: "an id is not lowercase kebab-case"),
      Localized(
        vi:
          "Mã được so sánh từng byte; một quy tắc viết duy nhất (chữ thường, chữ số, mỗi lần một dấu gạch ngang) giữ cho mã không bị nhầm lẫn.",
        en:
          "Ids are compared byte for byte; one spelling rule (lowercase, digits, single hyphens) keeps them unambiguous."
      ),
      [Example(p.replacingOccurrences(of: "{id: application,", with: "{id: ↓Application_Form,"))]),
    decode(
      "conflicting-keys",
      Localized(
        vi: "ánh xạ có hai khóa mà chỉ được dùng một", en: "a mapping has two keys of which only one is allowed"),
      Localized(
        vi:
          "Một thành phần hồ sơ là một giấy tờ (`paper`) hoặc các giấy tờ thay thế nhau (`any_of`), không bao giờ cả hai.",
        en: "A requirement is one paper (`paper`) or alternatives (`any_of`), never both."),
      [
        Example(
          p.replacingOccurrences(
            of: "paper: birth-notice,", with: "paper: birth-notice, ↓any_of: [birth-notice, passport],"))
      ]),
    decode(
      "empty-list", Localized(vi: "danh sách cần có phần tử nhưng để rỗng", en: "a list that needs items is empty"),
      Localized(
        vi: "Thủ tục cần ít nhất một cấp thực hiện và một kết quả thực hiện.",
        en: "A procedure needs at least one level and one result."),
      [Example(p.replacingOccurrences(of: "levels: [commune]", with: "levels: ↓[]"))]),
    CheckDescription(
      id: "missing-rules-file", stage: .files,
      summary: Localized(vi: "thiếu tệp quy tắc", en: "a rules file is missing"),
      rationale: Localized(
        vi: "Thư mục rules/ chứa các danh mục mà mọi thủ tục tham chiếu tới; thiếu nó thì không xác định được mã nào.",
        en: "The rules folder holds the vocabulary every procedure refers to; without it nothing can be resolved."),
      triggering: [], nonTriggering: [Example(p)]),
    CheckDescription(
      id: "unreadable-file", stage: .files,
      summary: Localized(vi: "không đọc được tệp hoặc thư mục", en: "a file or folder cannot be read"),
      rationale: Localized(
        vi: "Mọi tệp của danh mục đều được kiểm tra; tệp không đọc được sẽ được báo, không bao giờ bị lặng lẽ bỏ qua.",
        en: "Every file of the catalog is checked; one that cannot be read is reported, never skipped silently."),
      triggering: [], nonTriggering: [Example(p)]),
    CheckDescription(
      id: "path-outside-root", stage: .files,
      summary: Localized(vi: "liên kết dẫn ra ngoài thư mục danh mục", en: "a link leads outside the catalog root"),
      rationale: Localized(
        vi: "OneStop không đọc gì bên ngoài thư mục gốc của danh mục, nên danh mục không thể kéo tệp từ nơi khác vào.",
        en: "The compiler reads nothing outside the catalog root, so a catalog cannot pull in files from elsewhere."),
      triggering: [], nonTriggering: [Example(p)]),
    CheckDescription(
      id: "folder-loop", stage: .files,
      summary: Localized(
        vi: "liên kết dẫn ngược về một thư mục đã duyệt", en: "a link leads back to a folder already walked"),
      rationale: Localized(
        vi: "Vòng lặp thư mục sẽ khiến việc duyệt không bao giờ dừng; mỗi thư mục chỉ được duyệt một lần.",
        en: "A folder loop would make the walk endless; each folder is walked once."),
      triggering: [], nonTriggering: [Example(p)]),
  ]
}
