/// `code-file-mismatch`: a procedure file is named after its code.
struct CodeFileMismatchCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "code-file-mismatch", stage: .rule,
    summary: Localized(
      vi: "tên tệp không khớp mã thủ tục", en: "file name does not match the procedure's code"),
    rationale: Localized(
      vi: """
        Mỗi thủ tục một tệp, đặt tên theo mã thủ tục (MÃ.yaml), giúp người soạn thảo và người rà \
        soát tìm được thủ tục theo mã, và tránh để một tệp lặng lẽ che khuất tệp khác.
        """,
      en: """
        One procedure per file, named CODE.yaml, lets drafters and reviewers find a procedure by its \
        code and keeps one file from silently shadowing another.
        """),
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(of: "code: ", with: "code: ↓"), path: "catalog/1.000002.yaml")
    ],
    nonTriggering: [Example(ExampleCatalog.procedure, path: "catalog/civil-status/1.000001.yaml")])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    let code = procedure.code
    guard !code.value.isEmpty else { return }
    let file = procedure.file
    // The common case, `…/CODE.yaml`, compared as bytes.
    if Self.isNamed(file, code.value) { return }
    let name = file.lastIndex(of: "/").map { String(file[file.index(after: $0)...]) } ?? file
    var stem = Substring(name)
    if stem.hasSuffix(".yaml") {
      stem = stem.dropLast(5)
    } else if stem.hasSuffix(".yml") {
      stem = stem.dropLast(4)
    }
    if stem != code.value && Normalization.nfc(String(stem)) != code.value {
      findings.report(
        Self.self,
        findings.say(
          vi: "tệp '\(name)' chứa thủ tục có mã '\(code.value)'", en: "file '\(name)' holds procedure '\(code.value)'"),
        file: procedure.file, at: code.range,
        help: findings.say(
          vi: "đổi tên tệp thành '\(code.value).yaml'", en: "rename the file to '\(code.value).yaml'"))
    }
  }

  /// Whether `file` is `code.yaml`, or ends with `/code.yaml`, byte for byte.
  static func isNamed(_ file: String, _ code: String) -> Bool {
    var file = file
    var code = code
    return file.withUTF8 { path in
      code.withUTF8 { code in
        let extensionBytes: StaticString = ".yaml"
        let start = path.count - code.count - extensionBytes.utf8CodeUnitCount
        guard start >= 0, start == 0 || path[start - 1] == UInt8(ascii: "/") else { return false }
        for index in 0..<code.count where path[start + index] != code[index] { return false }
        let extensionStart = start + code.count
        for index in 0..<extensionBytes.utf8CodeUnitCount
        where path[extensionStart + index] != extensionBytes.utf8Start[index] {
          return false
        }
        return true
      }
    }
  }
}
