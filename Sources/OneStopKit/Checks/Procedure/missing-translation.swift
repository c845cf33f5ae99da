/// `missing-translation`: every text a citizen reads exists in every policy language.
struct MissingTranslationCheck: ProcedureCheck, CatalogCheck {
  static let description = CheckDescription(
    id: "missing-translation", severity: .warning, stage: .rule,
    summary: Localized(
      vi: "văn bản thiếu bản dịch sang một trong các ngôn ngữ của rules/policy.yaml",
      en: "text lacks a translation into one of the policy's languages"),
    rationale: Localized(
      vi: """
        Danh sách giấy tờ và Cổng Dịch vụ công song ngữ (tiếng Việt trước, tiếng Anh sau) cho người \
        nước ngoài cư trú và nhà đầu tư; văn bản tiếng Anh còn thiếu sẽ thành một chỗ trống trong \
        bản xuất.
        """,
      en: """
        Checklists and the portal are bilingual (Vietnamese first, English after) for foreign \
        residents and investors; a missing English text shows up as a hole in the output.
        """),
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
    let kinds: [(entries: [VocabularyEntry], kind: String)] = [
      (rules.levels, "cấp thực hiện"), (rules.fields, "lĩnh vực"), (rules.subjects, "đối tượng thực hiện"),
    ]
    for (entries, kind) in kinds {
      for entry in entries {
        if let name = entry.name {
          report(name, .name(of: entry.id.value, kind), languages, file: entry.file, into: &findings)
        }
      }
    }
    for paper in rules.papers {
      if let name = paper.name {
        report(name, .name(of: paper.id.value, "loại giấy tờ"), languages, file: paper.file, into: &findings)
      }
    }
    for source in rules.sources {
      if let name = source.name {
        report(
          name, .name(of: source.id.value, "cơ sở dữ liệu dùng chung"), languages, file: source.file,
          into: &findings)
      }
    }
  }

  private func report(
    _ text: LocalizedText, _ what: TextRole, _ languages: [String], file: String, into findings: inout Findings
  ) {
    for language in languages.dropFirst() where text[language] == nil {
      findings.report(
        Self.self,
        findings.say(
          vi: "\(what.vietnamese) chưa có bản dịch '\(language)'", en: "\(what.english) has no '\(language)' text"),
        file: file, at: text.range,
        help: findings.say(
          vi: "thêm `\(language): ...` bên cạnh `\(languages[0]):`",
          en: "add `\(language): ...` beside `\(languages[0]):`"
        ))
    }
  }
}

/// What a citizen-readable text is, worded only when a translation is missing: most texts have
/// theirs, and building a phrase for every one of them would cost the whole catalog.
private enum TextRole {
  case procedureName, agency, processingTime, feeText
  case legalTitle(String)
  case caseCondition(String)
  case formName(String)
  case waiverReason(String)
  case note(String)
  /// The name of an id of rules/, with what the id is in Vietnamese (`lĩnh vực`).
  case name(of: String, String)

  var english: String {
    switch self {
    case .procedureName: "procedure name"
    case .agency: "agency"
    case .processingTime: "processing time"
    case .feeText: "fee text"
    case .legalTitle(let ref): "title of \(ref)"
    case .caseCondition(let id): "condition of case '\(id)'"
    case .formName(let id): "form name of '\(id)'"
    case .waiverReason(let id): "waiver reason of '\(id)'"
    case .note(let id): "note of '\(id)'"
    case .name(let id, _): "name of '\(id)'"
    }
  }

  var vietnamese: String {
    switch self {
    case .procedureName: "tên thủ tục"
    case .agency: "cơ quan thực hiện"
    case .processingTime: "diễn giải thời hạn giải quyết"
    case .feeText: "diễn giải phí, lệ phí"
    case .legalTitle(let ref): "trích yếu của văn bản \(ref)"
    case .caseCondition(let id): "nội dung trường hợp '\(id)'"
    case .formName(let id): "tên mẫu đơn, tờ khai của thành phần hồ sơ '\(id)'"
    case .waiverReason(let id): "lý do ngoại lệ giữ lại giấy tờ của thành phần hồ sơ '\(id)'"
    case .note(let id): "ghi chú của thành phần hồ sơ '\(id)'"
    case .name(let id, let kind): "tên của \(kind) '\(id)'"
    }
  }
}

extension Procedure {
  /// Calls `body` with every citizen-readable text of the procedure and what it is.
  fileprivate func forEachText(_ body: (LocalizedText, TextRole) -> Void) {
    if let name { body(name, .procedureName) }
    if let agency { body(agency, .agency) }
    for reference in legalBasis {
      if let title = reference.title { body(title, .legalTitle(reference.ref.value)) }
    }
    for channel in channels {
      if case .text(let text) = channel.processingTime { body(text, .processingTime) }
      if let text = channel.fee?.text { body(text, .feeText) }
    }
    for item in cases {
      if let when = item.when { body(when, .caseCondition(item.id.value)) }
    }
    for (requirement, _) in allRequirements {
      if let name = requirement.form?.name { body(name, .formName(requirement.id.value)) }
      if let reason = requirement.keep?.reason { body(reason, .waiverReason(requirement.id.value)) }
      if let note = requirement.note { body(note, .note(requirement.id.value)) }
    }
  }
}
