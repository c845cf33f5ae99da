import Foundation
import Testing

@testable import OneStopKit

/// The input side's messages (`InputMessages`: the walk, the loader, the validator): every one in
/// both languages, the Vietnamese free of English outside quoted ids, keys and code; and the
/// suggestions that read Vietnamese names.
@Suite("Input messages")
struct InputMessagesTests {
  static let scalar = YAMLNode(
    .scalar(YAMLScalar(text: "yes", style: .plain, value: .string)), range: .fileStart)
  static let number = YAMLNode(
    .scalar(YAMLScalar(text: "1.5", style: .plain, value: .float(1.5))), range: .fileStart)
  static let null = YAMLNode(
    .scalar(YAMLScalar(text: "", style: .plain, value: .null)), range: .fileStart)
  static let list = YAMLNode(.sequence([]), range: .fileStart)

  /// Every message of the table, called with sample arguments.
  static let messages: [(name: String, say: @Sendable (Language) -> InputMessage)] = {
    let shape = FormatSchema.procedure
    let fee = FormatSchema.fee
    func text(_ say: @escaping @Sendable (Language) -> String) -> @Sendable (Language) -> InputMessage {
      { InputMessage(say($0)) }
    }
    var all: [(String, @Sendable (Language) -> InputMessage)] = [
      ("fileTooLarge", { InputMessages.fileTooLarge($0, size: 5000, limit: 4096) }),
      ("missingRulesFiles one", { InputMessages.missingRulesFiles($0, ["rules/papers.yaml"], all: false) }),
      (
        "missingRulesFiles some", { InputMessages.missingRulesFiles($0, ["rules/a.yaml", "rules/b.yaml"], all: false) }
      ),
      ("missingRulesFiles all", { InputMessages.missingRulesFiles($0, ["rules/a.yaml", "rules/b.yaml"], all: true) }),
      ("unreadableFile", { InputMessages.unreadableFile($0, ReadFailure(code: EACCES)) }),
      ("unreadableFolder", { InputMessages.unreadableFolder($0, ReadFailure(code: EIO)) }),
      ("brokenLink", { InputMessages.brokenLink($0, ReadFailure(code: ENOENT)) }),
      ("pathOutsideRoot", { InputMessages.pathOutsideRoot($0, target: "/etc/passwd") }),
      ("folderLoop", { InputMessages.folderLoop($0) }),
      ("inputErrorNotConfigurable", { InputMessages.inputErrorNotConfigurable($0, id: "yaml-syntax") }),
      ("utf16Input", { InputMessages.utf16Input($0, encoding: "UTF-16LE") }),
      ("invalidUTF8", { InputMessages.invalidUTF8($0, byte: 0xFF) }),
      ("rawControlCharacter", { InputMessages.rawControlCharacter($0, 1) }),
      ("lineSeparator 85", { InputMessages.lineSeparator($0, 0x85) }),
      ("lineSeparator 2028", { InputMessages.lineSeparator($0, 0x2028) }),
      ("lineSeparator 2029", { InputMessages.lineSeparator($0, 0x2029) }),
      ("moreEncodingProblems", text { InputMessages.moreEncodingProblems($0, 3) }),
      ("escapedControlCharacter", { InputMessages.escapedControlCharacter($0, 1) }),
      ("parserCannotStart", { InputMessages.parserCannotStart($0) }),
      ("emptyFile", { InputMessages.emptyFile($0) }),
      ("multipleDocuments", { InputMessages.multipleDocuments($0) }),
      ("unsupportedTag scalar", { InputMessages.unsupportedTag($0, tag: "!!binary", onScalar: true) }),
      ("unsupportedTag collection", { InputMessages.unsupportedTag($0, tag: "!!set", onScalar: false) }),
      ("nestingTooDeep", { InputMessages.nestingTooDeep($0, limit: 64) }),
      ("recursiveAlias", { InputMessages.recursiveAlias($0, name: "a") }),
      ("undefinedAlias", { InputMessages.undefinedAlias($0, name: "a") }),
      ("aliasAsKey", { InputMessages.aliasAsKey($0) }),
      ("collectionAsKey", { InputMessages.collectionAsKey($0, list) }),
      ("mergeKey", { InputMessages.mergeKey($0) }),
      ("duplicateKey", { InputMessages.duplicateKey($0, key: "code") }),
      ("firstDefinedHere", text { InputMessages.firstDefinedHere($0) }),
      ("aliasLimit", { InputMessages.aliasLimit($0, limit: 100) }),
      ("nodeLimit", { InputMessages.nodeLimit($0, limit: 100) }),
      ("yamlSyntax unknown problem", text { InputMessages.yamlSyntax($0, problem: "some new problem") }),
      ("notBoolean yes", { InputMessages.notBoolean($0, "'presented'", scalar) }),
      ("notBoolean", { InputMessages.notBoolean($0, "'presented'", number) }),
      ("notList", { InputMessages.notList($0, "'levels'", scalar) }),
      ("tooFewItems 1", { InputMessages.tooFewItems($0, "'levels'", minimum: 1) }),
      ("tooFewItems 2", { InputMessages.tooFewItems($0, "'any_of'", minimum: 2) }),
      ("notMapping", { InputMessages.notMapping($0, "'connected'", list) }),
      ("notObject", { InputMessages.notObject($0, InputMessages.theFile($0), shape, list) }),
      ("keyNotID level", text { InputMessages.keyNotID($0, meaning: "level", key: "Xã", in: "'connected'") }),
      ("keyNotID check", text { InputMessages.keyNotID($0, meaning: "check", key: "X", in: "'checks'") }),
      ("notInChoice", text { InputMessages.notInChoice($0, "'kind'", words: ["in-person", "online"], found: "x") }),
      ("unknownKey suggested", { InputMessages.unknownKey($0, key: "nmae", in: shape, suggestion: "name") }),
      ("unknownKey", { InputMessages.unknownKey($0, key: "zzz", in: shape, suggestion: nil) }),
      ("missingKey", { InputMessages.missingKey($0, "levels", in: shape) }),
      (
        "missingOneOf",
        { InputMessages.missingOneOf($0, ["paper", "any_of"], in: FormatSchema.requirement, atLeast: false) }
      ),
      ("missingOneOf atLeast", { InputMessages.missingOneOf($0, ["amount", "text"], in: fee, atLeast: true) }),
      (
        "conflictingKeys",
        {
          InputMessages.conflictingKeys(
            $0, "paper", "any_of", group: ["paper", "any_of"], in: FormatSchema.requirement)
        }
      ),
      ("missingCompanion", { InputMessages.missingCompanion($0, "amount", needs: "currency", in: fee) }),
      ("notLocalized", { InputMessages.notLocalized($0, "'name'", languages: ["vi", "en"], scalar) }),
      ("emptyText", text { InputMessages.emptyText($0, InputMessages.text("vi", of: "'name'", $0)) }),
      (
        "unknownLanguage suggested",
        { InputMessages.unknownLanguage($0, "vn", in: "'name'", languages: ["vi", "en"], suggestion: "vi") }
      ),
      (
        "unknownLanguage",
        { InputMessages.unknownLanguage($0, "fr", in: "'name'", languages: ["vi", "en"], suggestion: nil) }
      ),
      ("missingTranslation", { InputMessages.missingTranslation($0, "'name'", code: "vi") }),
      ("notNumber quoted", { InputMessages.notNumber($0, "'amount'", scalar, quotedNumber: true) }),
      ("notNumber", { InputMessages.notNumber($0, "'amount'", list, quotedNumber: false) }),
      ("numberTooLarge", text { InputMessages.numberTooLarge($0, "'amount'", "1e999999") }),
      ("numberNotFinite", text { InputMessages.numberNotFinite($0, "'amount'", ".inf") }),
      ("numberOutOfRange nonNegative", text { InputMessages.numberOutOfRange($0, "'hours'", .nonNegative, "-1") }),
      ("numberOutOfRange count", text { InputMessages.numberOutOfRange($0, "'copy'", .count, "1.5") }),
      ("numberOutOfRange percent", text { InputMessages.numberOutOfRange($0, "'percent'", .percent, "120") }),
      ("notID", text { InputMessages.notID($0, InputMessages.item(of: "'levels'", $0), "xã") }),
      ("idHelp suggestion", text { InputMessages.idHelp($0, suggestion: "commune", name: "Cấp xã", kebab: nil) }),
      ("idHelp kebab", text { InputMessages.idHelp($0, suggestion: nil, name: nil, kebab: "don-de-nghi") }),
      ("idHelp rule", text { InputMessages.idHelp($0, suggestion: nil, name: nil, kebab: nil) }),
      ("notDate", { InputMessages.notDate($0, InputMessages.entry("commune", in: "'connected'", $0), "2025-02-30") }),
      ("notCurrency", { InputMessages.notCurrency($0, "'currency'", "đồng") }),
      ("notRegex", text { InputMessages.notRegex($0, "'code_pattern'", "[") }),
      ("notText number", { InputMessages.notText($0, "'code'", number) }),
      ("notText null", { InputMessages.notText($0, "'code'", null) }),
      ("notText list", { InputMessages.notText($0, "'code'", list) }),
    ]
    for problem in InputMessages.translatedProblems.sorted() {
      all.append(("yamlSyntax \(problem)", text { InputMessages.yamlSyntax($0, problem: problem) }))
    }
    for context in [
      "while parsing a block mapping", "while scanning a simple key", "while scanning for the next token",
    ] {
      all.append(("yamlSyntaxContext \(context)", text { InputMessages.yamlSyntaxContext($0, context: context) }))
    }
    for code in [EPERM, EACCES, ENOENT, EISDIR, ENOTDIR, ELOOP, EIO, EMFILE, ENAMETOOLONG, ENOMEM, EXDEV] {
      all.append(("systemError \(code)", text { InputMessages.systemError($0, code) }))
    }
    return all
  }()

  @Test("every input message has its Vietnamese text, free of English outside quotes")
  func everyMessage() {
    #expect(Self.messages.count > 100)
    for (name, say) in Self.messages {
      let vi = say(.vi)
      let en = say(.en)
      #expect(vi.message != en.message, "\(name): not translated: \(vi.message)")
      #expect(vi.message.first?.isUppercase != true, "\(name): starts with a capital: \(vi.message)")
      #expect(!vi.message.hasSuffix("."), "\(name): ends with a period")
      #expect(MessageCatalogTests.englishLeft(in: vi.message).isEmpty, "\(name): English in '\(vi.message)'")
      #expect((vi.help == nil) == (en.help == nil), "\(name): a help in one language only")
      if let help = vi.help {
        #expect(help != en.help, "\(name): help not translated: \(help)")
        #expect(MessageCatalogTests.englishLeft(in: help).isEmpty, "\(name): English in help '\(help)'")
      }
      for text in [vi.message, vi.help ?? ""] {
        #expect(text == text.precomposedStringWithCanonicalMapping, "\(name): not NFC")
      }
    }
  }

  @Test("every shape of the format has a Vietnamese name")
  func shapeNames() {
    var seen: Set<String> = []
    func walk(_ shape: Shape) {
      switch shape {
      case .object(let object):
        guard seen.insert(object.name).inserted else { return }
        #expect(InputMessages.vietnameseName(of: object.name) != nil, "no Vietnamese name for '\(object.name)'")
        for field in object.fields { walk(field.shape) }
      case .list(let item, _): walk(item)
      case .map(_, let values, let meaning):
        #expect(InputMessages.keyMeaning(meaning, .vi) != "khóa", "no Vietnamese name for keys meaning '\(meaning)'")
        walk(values)
      default: break
      }
    }
    walk(.object(FormatSchema.procedure))
    for (_, shape) in FormatSchema.rulesFiles { walk(.object(shape)) }
    #expect(seen.count > 15)
  }

  /// The findings of the example catalog with `procedure` as its one procedure.
  static func check(_ procedure: String, _ language: Language) -> [Diagnostic] {
    var files = ExampleCatalog.rules
    files["catalog/1.000001.yaml"] = procedure
    var options = CompileOptions(jobs: 1)
    options.language = language
    return Compiler.check(MemoryStorage(texts: files), options: options).diagnostics
  }

  @Test("an invalid id written as a name gets the id the rules give that name, in each language")
  func namesSuggestIDs() {
    let cases: [(from: String, to: String, vi: String, en: String)] = [
      ("levels: [commune]", "levels: [xã]", "có phải là 'commune' (Cấp xã)?", "did you mean 'commune' (Commune)?"),
      ("levels: [commune]", "levels: [Cấp xã]", "có phải là 'commune' (Cấp xã)?", "did you mean 'commune' (Commune)?"),
      (
        "paper: birth-notice,", "paper: giấy chứng sinh,", "có phải là 'birth-notice' (Giấy chứng sinh)?",
        "did you mean 'birth-notice' (Birth notice)?"
      ),
      (
        "field: civil-status", "field: Hộ tịch", "có phải là 'civil-status' (Hộ tịch)?",
        "did you mean 'civil-status' (Civil status)?"
      ),
      (
        "{paper: birth-certificate, digitized: true}", "{paper: giấy khai sinh, digitized: true}",
        "có phải là 'birth-certificate' (Giấy khai sinh)?", "did you mean 'birth-certificate' (Birth certificate)?"
      ),
      // Not a name of the rules: the text as an id, no letter dropped.
      ("{id: application,", "{id: Đơn đề nghị,", "viết 'don-de-nghi'", "write 'don-de-nghi'"),
      ("levels: [commune]", "levels: [Làng]", "viết 'lang'", "write 'lang'"),
    ]
    for (from, to, vi, en) in cases {
      let procedure = ExampleCatalog.procedure.replacingOccurrences(of: from, with: to)
      #expect(procedure != ExampleCatalog.procedure)
      for (language, help) in [(Language.vi, vi), (.en, en)] {
        let invalid = Self.check(procedure, language).filter { $0.id == "invalid-id" }
        #expect(invalid.map(\.help) == [help], "\(to) in \(language)")
      }
    }
  }

  @Test("a language key written the usual other ways suggests the policy's code")
  func languageKeys() {
    let procedure = ExampleCatalog.procedure.replacingOccurrences(
      of: "name: {vi: Đăng ký khai sinh, en: Birth registration}",
      with: "name: {vn: Đăng ký khai sinh, en: Birth registration}")
    let vi = Self.check(procedure, .vi).filter { $0.id == "unknown-key" }
    #expect(vi.map(\.help) == ["có phải là 'vi'?"])
    let en = Self.check(procedure, .en).filter { $0.id == "unknown-key" }
    #expect(en.map(\.help) == ["did you mean 'vi'?"])
  }

  @Test("a file over the node limit without aliases is node-limit; with aliases, alias-limit")
  func nodeLimit() {
    let limits = LoadLimits(maxFileSize: 1 << 20, maxDepth: 64, maxNodes: 50)
    let big = "code: [" + Array(repeating: "1", count: 60).joined(separator: ", ") + "]\n"
    let plain = YAMLLoader.load(Array(big.utf8), file: "f.yaml", limits: limits, language: .vi).diagnostics
    #expect(plain.map(\.id) == ["node-limit"])
    #expect(plain.first?.message == "tài liệu có quá 50 nút")
    let aliased = "a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: [*a, *a, *a, *a, *a, *a]\n"
    let expanded = YAMLLoader.load(Array(aliased.utf8), file: "f.yaml", limits: limits).diagnostics
    #expect(expanded.map(\.id) == ["alias-limit"])
  }

  @Test("libyaml's syntax errors and their notes are read in Vietnamese")
  func syntaxInVietnamese() throws {
    let text = "code: \"1.000001\"\nname: {vi: a, en: b\nfield: x\n"
    let diagnostic = try #require(
      YAMLLoader.load(Array(text.utf8), file: "f.yaml", language: .vi).diagnostics.first { $0.id == "yaml-syntax" })
    #expect(diagnostic.message == "lỗi cú pháp YAML: không tìm thấy dấu ',' hoặc '}' cần có")
    #expect(diagnostic.notes.map(\.message).first == "khi đọc ánh xạ trong { } bắt đầu từ đây")
    #expect(diagnostic.help?.hasPrefix("dấu ngoặc mở ở dòng 2 chưa được đóng") == true)
  }

  @Test("a policy with findings speaks the run's language, which it decides itself")
  func policyInItsOwnLanguage() {
    var files = ExampleCatalog.rules
    files["catalog/1.000001.yaml"] = ExampleCatalog.procedure
    for (languages, expected) in [("[vi, en]", Language.vi), ("[en, vi]", .en)] {
      files["rules/policy.yaml"] =
        "as_of: 2026-11-29\ncode_pattern: '^[0-9.]+$'\nlanguages: \(languages)\nchecks: {yaml-syntax: warning}\n"
      let result = Compiler.check(MemoryStorage(texts: files), options: CompileOptions(jobs: 1))
      #expect(result.language == expected)
      let finding = result.diagnostics.first { $0.id == "invalid-value" }
      #expect(
        finding?.message
          == (expected == .vi
            ? "'yaml-syntax' là lỗi đầu vào: rules/policy.yaml không đổi được mức độ của nó"
            : "'yaml-syntax' is an input error and cannot be changed by the policy"))
    }
  }
}
