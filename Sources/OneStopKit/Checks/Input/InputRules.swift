/// Descriptions of the problems the loader, the validator and the file walk report. They are
/// always errors; they are listed here so that `onestop explain`, docs/checks.md and the example
/// tests cover them like every other check.
enum InputRules {
  static let p = ExampleCatalog.procedure

  static func load(
    _ id: String, _ summary: String, _ rationale: String, _ triggering: [Example],
    _ nonTriggering: [Example] = [
      Example(ExampleCatalog.procedure)
    ]
  ) -> CheckDescription {
    CheckDescription(
      id: id, stage: .load, summary: summary, rationale: rationale, triggering: triggering, nonTriggering: nonTriggering
    )
  }

  static func decode(
    _ id: String, _ summary: String, _ rationale: String, _ triggering: [Example],
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
      "yaml-syntax", "the file is not valid YAML",
      "libyaml cannot read past a syntax error, so the rest of the file is not checked until it is fixed.",
      [Example(p.replacingOccurrences(of: "field: civil-status", with: "field: civil-status↓: x"))]),
    load(
      "duplicate-key", "a mapping has the same key twice",
      "YAML 1.2 forbids duplicate keys; parsers disagree on which one wins, so the file means different things to different tools.",
      [Example(p + "\n↓field: residence\n")]),
    load(
      "alias-limit", "aliases expand the document beyond the node limit",
      "An alias copies its anchor's node; nested aliases grow exponentially (the billion-laughs attack). Catalog files need no aliases.",
      [
        Example(
          "a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, ↓*b, *b, *b]\n",
          limits: LoadLimits(maxFileSize: 1 << 20, maxDepth: 64, maxNodes: 60))
      ],
      [Example("a: &a [x]\nb: *a\n", limits: LoadLimits(maxFileSize: 1 << 20, maxDepth: 64, maxNodes: 60))]),
    load(
      "recursive-alias", "an alias refers to the node that contains it",
      "A node cannot contain itself; a recursive alias would make an infinite document.",
      [Example("a: &a [x, ↓*a]\n")], [Example("a: &a [x]\nb: *a\n")]),
    load(
      "undefined-alias", "an alias refers to no anchor defined before it",
      "An alias must follow its anchor; a misspelt alias would silently be empty.",
      [Example("a: &a [x]\nb: ↓*b\n")], [Example("a: &a [x]\nb: *a\n")]),
    load(
      "nesting-too-deep", "collections are nested beyond the depth limit",
      "Deep nesting costs libyaml quadratic time (100,000 nested `[` take 30 s); the parse stops at the limit as the events arrive.",
      [Example("a:\n  b:\n    c: ↓[x]\n", limits: LoadLimits(maxFileSize: 1 << 20, maxDepth: 3, maxNodes: 1000))],
      [Example("a:\n  b: [x]\n", limits: LoadLimits(maxFileSize: 1 << 20, maxDepth: 3, maxNodes: 1000))]),
    load(
      "file-too-large", "the file is over the size limit",
      "A procedure file is a few kilobytes; a file of megabytes is a mistake or an attack, and is refused before parsing.",
      [Example("↓" + p, limits: LoadLimits(maxFileSize: 64, maxDepth: 64, maxNodes: 1000))],
      [Example(p, limits: LoadLimits(maxFileSize: 4096, maxDepth: 64, maxNodes: 1000))]),
    load(
      "invalid-utf8", "the file holds bytes that are not UTF-8",
      "Catalog files are UTF-8; other bytes would reach the portal as mojibake.",
      [Example("code: \"1.000001\"\nname: {vi: Đăng k↓⟪FF⟫ khai sinh}\n")]),
    load(
      "utf16-input", "the file is UTF-16 or UTF-32",
      "Catalog files are UTF-8 so that byte offsets, diffs and tools agree.",
      [Example("↓⟪FF⟫⟪FE⟫c\u{0}o\u{0}")]),
    load(
      "forbidden-character", "the text holds a control character YAML or XML 1.0 cannot carry",
      "NUL and other control characters, U+FFFE and U+FFFF cannot appear in the portal's XML; they are refused whether written raw or as an escape like \"\\u0001\".",
      [
        Example("code: \"1.000001\"\nname: {vi: ↓\"Đăng ký\\u0001\"}\n"),
        Example("code: \"1.000001\"\nname: {vi: Đăng↓\u{0} ký}\n"),
      ]),
    load(
      "line-separator", "the text holds a raw U+0085, U+2028 or U+2029",
      "libyaml, a YAML 1.1 parser, silently turns these into line breaks or spaces, so the text would change without a word; YAML 1.2 treats them as ordinary characters.",
      [Example("code: \"1.000001\"\nname: {vi: Đăng ký↓\u{2028}khai sinh}\n")]),
    load(
      "multiple-documents", "the file holds more than one YAML document",
      "One procedure per file: a second document would be ignored by most tools.",
      [Example(p + "\n↓---\ncode: \"1.000002\"\n")]),
    load(
      "unsupported-tag", "a node carries a tag outside the YAML 1.2 core schema",
      "Tags like !!python/object ask a loader to build objects; catalog files hold plain data only.",
      [
        Example(
          p.replacingOccurrences(of: "field: civil-status", with: "field: ↓!!python/object:os.system civil-status"))
      ],
      [Example(p.replacingOccurrences(of: "field: civil-status", with: "field: !!str civil-status"))]),
    load(
      "merge-key", "a mapping uses a merge key `<<`",
      "Merge keys are a YAML 1.1 extension that YAML 1.2 dropped; tools disagree on them.",
      [Example("base: &b {x: 1}\nother:\n  ↓<<: *b\n  y: 2\n")], [Example("base: {x: 1}\nother:\n  x: 1\n  y: 2\n")]),
    load(
      "complex-key", "a key is a list, a mapping or an alias",
      "Keys name fields; only text can. A quoted key is ordinary text.",
      [Example("? ↓[a, b]\n: 1\n"), Example("a: &k x\n↓*k : 1\n")], [Example("\"code\": \"1.000001\"\n")]),
    load(
      "empty-file", "the file is empty or holds only comments",
      "An empty procedure file is almost always a mistake, and it would publish nothing.",
      [Example("↓# nothing here yet\n")]),
    decode(
      "missing-key", "a required key is missing",
      "The format requires these keys; without them the procedure cannot be published.",
      [
        Example(
          p.replacingOccurrences(
            of: "code: \"1.000001\"\nname: {vi: Đăng ký khai sinh, en: Birth registration}\n",
            with: "↓code: \"1.000001\"\n"))
      ]),
    decode(
      "unknown-key", "a key the format does not define",
      "A misspelt key would otherwise be ignored silently, and the value the drafter meant would be missing.",
      [Example(p.replacingOccurrences(of: "field: civil-status", with: "↓feild: civil-status\nfield: civil-status"))]),
    decode(
      "wrong-type", "a value has the wrong type",
      "Under YAML 1.2, `code: 1.001193` is a number and `boundary_free: yes` is text; text fields never receive a retyped number, and booleans are only true or false.",
      [
        Example(p.replacingOccurrences(of: "code: \"1.000001\"", with: "code: ↓1.000001")),
        Example(p.replacingOccurrences(of: "field: civil-status", with: "field: civil-status\nboundary_free: ↓yes")),
      ],
      [
        Example(p.replacingOccurrences(of: "field: civil-status", with: "field: civil-status\nboundary_free: true"))
      ]),
    decode(
      "invalid-value", "a value is not one of the allowed words, or is empty",
      "Closed vocabularies (channel kinds, online levels, severities) are what the portal and the analysis understand.",
      [Example(p.replacingOccurrences(of: "{kind: in-person,", with: "{kind: ↓in-persn,"))]),
    decode(
      "invalid-date", "a date is not a real YYYY-MM-DD day",
      "Dates decide connections, waivers and retired levels; a wrong one silently changes the analysis.",
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
      "invalid-number", "a number is negative, fractional where a count is needed, or out of range",
      "Copies are whole numbers; times and fees are never negative.",
      [
        Example(
          p.replacingOccurrences(
            of: "copies: {original: 1}}\n  - {id: birth-notice", with: "copies: {original: ↓-1}}\n  - {id: birth-notice"
          ))
      ]),
    decode(
      "invalid-id", "an id is not lowercase kebab-case",
      "Ids are compared byte for byte; one spelling rule (lowercase, digits, single hyphens) keeps them unambiguous.",
      [Example(p.replacingOccurrences(of: "{id: application,", with: "{id: ↓Application_Form,"))]),
    decode(
      "conflicting-keys", "a mapping has two keys of which only one is allowed",
      "A requirement is one paper (`paper`) or alternatives (`any_of`), never both.",
      [
        Example(
          p.replacingOccurrences(
            of: "paper: birth-notice,", with: "paper: birth-notice, ↓any_of: [birth-notice, passport],"))
      ]),
    decode(
      "empty-list", "a list that needs items is empty",
      "A procedure needs at least one level and one result.",
      [Example(p.replacingOccurrences(of: "levels: [commune]", with: "levels: ↓[]"))]),
    CheckDescription(
      id: "missing-rules-file", stage: .files, summary: "a rules file is missing",
      rationale: "The rules folder holds the vocabulary every procedure refers to; without it nothing can be resolved.",
      triggering: [], nonTriggering: [Example(p)]),
    CheckDescription(
      id: "unreadable-file", stage: .files, summary: "a file or folder cannot be read",
      rationale: "Every file of the catalog is checked; one that cannot be read is reported, never skipped silently.",
      triggering: [], nonTriggering: [Example(p)]),
    CheckDescription(
      id: "path-outside-root", stage: .files, summary: "a link leads outside the catalog root",
      rationale:
        "The compiler reads nothing outside the catalog root, so a catalog cannot pull in files from elsewhere.",
      triggering: [], nonTriggering: [Example(p)]),
    CheckDescription(
      id: "folder-loop", stage: .files, summary: "a link leads back to a folder already walked",
      rationale: "A folder loop would make the walk endless; each folder is walked once.",
      triggering: [], nonTriggering: [Example(p)]),
  ]
}
