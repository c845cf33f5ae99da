import Foundation

/// `code-format`: the code must match the policy's pattern.
struct CodeFormatCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "code-format", stage: .rule,
    summary: "procedure code does not match the policy's code pattern",
    rationale: """
      Codes are how the national database, provincial portals and citizens find a procedure: \
      1.001193 for a national procedure, 1.012753.H19 for a provincial variant. A code outside the \
      pattern in rules/policy.yaml cannot be published.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(of: "code: \"1.000001\"", with: "code: ↓\"1-000001\""),
        path: "catalog/1-000001.yaml")
    ],
    nonTriggering: [
      Example(ExampleCatalog.procedure),
      Example(
        ExampleCatalog.procedure.replacingOccurrences(of: "1.000001", with: "1.000001.H19"),
        path: "catalog/1.000001.H19.yaml"),
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    let code = procedure.code
    guard !code.value.isEmpty, let pattern = catalog.codePattern else { return }
    if !pattern.matches(code.value) {
      findings.report(
        Self.self, "code '\(code.value)' does not match the pattern \(pattern.source)", file: procedure.file,
        at: code.range, help: "use the code the national database gives, like 1.001193")
    }
  }
}

/// `code-file-mismatch`: a procedure file is named after its code.
struct CodeFileMismatchCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "code-file-mismatch", stage: .rule,
    summary: "file name does not match the procedure's code",
    rationale: """
      One procedure per file, named CODE.yaml, lets drafters and reviewers find a procedure by its \
      code and keeps one file from silently shadowing another.
      """,
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
        Self.self, "file '\(name)' holds procedure '\(code.value)'", file: procedure.file, at: code.range,
        help: "rename the file to '\(code.value).yaml'")
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

/// `duplicate-requirement-id`: requirement and case ids are unique inside a procedure.
struct DuplicateRequirementIDCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "duplicate-requirement-id", stage: .rule,
    summary: "two requirements (or two cases) of a procedure share an id",
    rationale: """
      Requirement ids name a paper across outputs, waivers, baselines and diffs; two with one id \
      make every one of those ambiguous.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "  - {id: birth-notice,", with: "  - {id: ↓application,"))
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    var seen = FirstSeen()
    for (requirement, _) in procedure.allRequirements {
      let id = requirement.id
      if let first = seen.earlier(id) {
        findings.report(
          Self.self, "requirement id '\(id.value)' is used twice in this procedure", file: procedure.file, at: id.range,
          notes: [DiagnosticNote("first used here", at: SourceLocation(file: procedure.file, range: first))],
          help: "give each requirement its own id")
      }
    }
    var cases = FirstSeen()
    for item in procedure.cases {
      if let first = cases.earlier(item.id) {
        findings.report(
          Self.self, "case id '\(item.id.value)' is used twice in this procedure", file: procedure.file,
          at: item.id.range,
          notes: [DiagnosticNote("first used here", at: SourceLocation(file: procedure.file, range: first))],
          help: "give each case its own id")
      }
    }
  }
}

/// `missing-channel`: a procedure can be filed some way.
struct MissingChannelCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "missing-channel", stage: .rule,
    summary: "procedure lists no channel to file it through",
    rationale: """
      Every published procedure says how to file it (in person, online, by post) with the time and \
      fee of each channel; without one, citizens cannot use it and the portal cannot show it.
      """,
    triggering: [
      Example(
        "↓"
          + ExampleCatalog.procedure.replacingOccurrences(
            of:
              "channels:\n  - {kind: in-person, processing_time: {working_days: 1}, fee: {amount: 0, currency: VND}}\n",
            with: ""))
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    if procedure.channels.isEmpty {
      findings.report(
        Self.self, "procedure '\(procedure.code.value)' lists no channel", file: procedure.file,
        at: procedure.channelsRange ?? SourceRange(at: procedure.range.start),
        help: "add `channels:` with at least one of in-person, online, postal, each with its time and fee")
    }
  }
}

/// `missing-legal-basis`: a procedure rests on law.
struct MissingLegalBasisCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "missing-legal-basis", stage: .rule,
    summary: "procedure cites no legal basis",
    rationale: """
      An administrative procedure exists only by law; the national database publishes the legal \
      basis of each one, and a requirement without it cannot be enforced or reviewed.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "legal_basis:\n  - {ref: 60/2014/QH13, title: {vi: Luật Hộ tịch, en: Law on Civil Status}}",
          with: "↓legal_basis: []"))
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    if procedure.legalBasis.isEmpty {
      findings.report(
        Self.self, "procedure '\(procedure.code.value)' cites no legal basis", file: procedure.file,
        at: procedure.legalBasisRange ?? SourceRange(at: procedure.range.start),
        help: "add `legal_basis:` with the law or decree that sets the procedure")
    }
  }
}

/// `missing-papers`: a procedure asks for something, or says what each case asks for.
struct MissingPapersCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "missing-papers", stage: .rule,
    summary: "procedure lists no paper, neither in `papers` nor in a case",
    rationale: """
      Every published procedure has a dossier (thành phần hồ sơ), at least its application; a \
      procedure with none is almost always a file cut short.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of:
            "papers:\n  - {id: application, paper: birth-registration-form, copies: {original: 1}}\n  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}",
          with: "↓papers: []"))
    ],
    nonTriggering: [
      Example(ExampleCatalog.procedure),
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of:
            "papers:\n  - {id: application, paper: birth-registration-form, copies: {original: 1}}\n  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}",
          with: """
            papers: []
            cases:
              - id: in-hospital
                when: {vi: Trẻ sinh tại cơ sở y tế, en: Child born in a health facility}
                papers:
                  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}
            """)),
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    if procedure.papers.isEmpty && procedure.cases.allSatisfy({ $0.papers.isEmpty }) {
      findings.report(
        Self.self, "procedure '\(procedure.code.value)' lists no paper", file: procedure.file,
        at: procedure.papersRange ?? SourceRange(at: procedure.range.start),
        help: "add the dossier under `papers:`, or under the `cases:` it depends on")
    }
  }
}

/// `duplicate-channel`: one channel per kind.
struct DuplicateChannelCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "duplicate-channel", stage: .rule,
    summary: "two channels of a procedure have the same kind",
    rationale: """
      Time and fee are given per channel; two in-person channels leave citizens and the portal with \
      two answers to one question.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}}\n",
          with: "fee: {amount: 0, currency: VND}}\n  - ↓{kind: in-person, processing_time: {working_days: 2}}\n"))
    ],
    nonTriggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}}\n",
          with: "fee: {amount: 0, currency: VND}}\n  - {kind: postal, processing_time: {working_days: 2}}\n"))
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    var seen: [ChannelKind: SourceRange] = [:]
    for channel in procedure.channels {
      if let first = seen[channel.kind.value] {
        findings.report(
          Self.self, "procedure has two '\(channel.kind.value.rawValue)' channels", file: procedure.file,
          at: channel.range,
          notes: [DiagnosticNote("the first one is here", at: SourceLocation(file: procedure.file, range: first))],
          help: "merge them into one channel; put conditions in the fee or time text")
      } else {
        seen[channel.kind.value] = channel.range
      }
    }
  }
}

/// `online-level-misuse`: `online_level` belongs to online channels, and every online channel has one.
struct OnlineLevelMisuseCheck: ProcedureCheck {
  static let description = CheckDescription(
    id: "online-level-misuse", stage: .rule,
    summary: "`online_level` on a channel that is not online, or an online channel without it",
    rationale: """
      Whether a service is fully online (toàn trình) or partly (một phần) is what Decision 468's \
      online targets count; the level means nothing on a desk or postal channel.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "{kind: in-person, processing_time", with: "{kind: in-person, online_level: ↓full, processing_time")),
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}}\n",
          with: "fee: {amount: 0, currency: VND}}\n  - ↓{kind: online, processing_time: {working_days: 1}}\n")),
    ],
    nonTriggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "fee: {amount: 0, currency: VND}}\n",
          with:
            "fee: {amount: 0, currency: VND}}\n  - {kind: online, online_level: full, processing_time: {working_days: 1}}\n"
        ))
    ])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    for channel in procedure.channels {
      if let level = channel.onlineLevel, channel.kind.value != .online {
        findings.report(
          Self.self, "'\(channel.kind.value.rawValue)' channel has an online level", file: procedure.file,
          at: level.range, help: "remove `online_level`: only online channels have one")
      } else if channel.onlineLevel == nil, channel.kind.value == .online {
        findings.report(
          Self.self, "online channel does not say whether it is full or partial", file: procedure.file,
          at: channel.range, help: "add `online_level: full` (toàn trình) or `online_level: partial` (một phần)")
      }
    }
  }
}

/// `missing-translation`: every text a citizen reads exists in every policy language.
struct MissingTranslationCheck: ProcedureCheck, CatalogCheck {
  static let description = CheckDescription(
    id: "missing-translation", severity: .warning, stage: .rule,
    summary: "text lacks a translation into one of the policy's languages",
    rationale: """
      Checklists and the portal are bilingual (Vietnamese first, English after) for foreign \
      residents and investors; a missing English text shows up as a hole in the output.
      """,
    triggering: [
      Example(
        ExampleCatalog.procedure.replacingOccurrences(
          of: "name: {vi: Đăng ký khai sinh, en: Birth registration}", with: "name: ↓{vi: Đăng ký khai sinh}"))
    ],
    nonTriggering: [Example(ExampleCatalog.procedure)])

  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings) {
    let languages = catalog.rules.policy.languages
    procedure.forEachText { text, what in
      report(text, what, languages, file: procedure.file, into: &findings)
    }
  }

  func check(_ catalog: Catalog, into findings: inout Findings) {
    let languages = catalog.rules.policy.languages
    let rules = catalog.rules
    for entry in rules.levels + rules.fields + rules.subjects {
      if let name = entry.name {
        report(name, "name of '\(entry.id.value)'", languages, file: entry.file, into: &findings)
      }
    }
    for paper in rules.papers {
      if let name = paper.name {
        report(name, "name of '\(paper.id.value)'", languages, file: paper.file, into: &findings)
      }
    }
    for source in rules.sources {
      if let name = source.name {
        report(name, "name of '\(source.id.value)'", languages, file: source.file, into: &findings)
      }
    }
  }

  private func report(
    _ text: LocalizedText, _ what: String, _ languages: [String], file: String, into findings: inout Findings
  ) {
    for language in languages.dropFirst() where text[language] == nil {
      findings.report(
        Self.self, "\(what) has no '\(language)' text", file: file, at: text.range,
        help: "add `\(language): ...` beside `\(languages[0]):`")
    }
  }
}

extension Procedure {
  /// Calls `body` with every citizen-readable text of the procedure and what it is.
  func forEachText(_ body: (LocalizedText, String) -> Void) {
    if let name { body(name, "procedure name") }
    if let agency { body(agency, "agency") }
    for reference in legalBasis {
      if let title = reference.title { body(title, "title of \(reference.ref.value)") }
    }
    for channel in channels {
      if case .text(let text) = channel.processingTime { body(text, "processing time") }
      if let text = channel.fee?.text { body(text, "fee text") }
    }
    for item in cases {
      if let when = item.when { body(when, "condition of case '\(item.id.value)'") }
    }
    for (requirement, _) in allRequirements {
      if let name = requirement.form?.name { body(name, "form name of '\(requirement.id.value)'") }
      if let reason = requirement.keep?.reason { body(reason, "waiver reason of '\(requirement.id.value)'") }
      if let note = requirement.note { body(note, "note of '\(requirement.id.value)'") }
    }
  }
}

/// The policy's code pattern, compiled once.
public struct CodePattern: @unchecked Sendable {
  public let source: String
  private let regex: NSRegularExpression

  public init?(_ source: String) {
    guard let regex = try? NSRegularExpression(pattern: source) else { return nil }
    self.source = source
    self.regex = regex
  }

  public func matches(_ text: String) -> Bool {
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    guard let match = regex.firstMatch(in: text, options: [.anchored], range: range) else { return false }
    return match.range == range
  }
}
