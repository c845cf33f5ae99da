import Foundation

/// catalog.json: the whole compiled catalog with each requirement's status per level and why.
/// Built from Codable types; keys are sorted and the output pretty-printed, so the same catalog
/// always gives the same bytes. docs/catalog-json.md documents every field.
enum CatalogJSON {
  static let formatVersion = 1

  struct Text: Encodable {
    var entries: [(String, String)]

    init(_ text: LocalizedText) { entries = text.entries.map { ($0.language, $0.text) } }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: AnyKey.self)
      for (language, text) in entries { try container.encode(text, forKey: AnyKey(language)) }
    }
  }

  struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// A number as its canonical text: integers without a fraction.
  struct JSONNumber: Encodable {
    var number: Number
    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      if let int = Int64(exactly: number.value) {
        try container.encode(int)
      } else {
        try container.encode(number.value)
      }
    }
  }

  struct Entry: Encodable {
    var id: String
    var name: Text?
    var until: Day?
  }

  struct Paper: Encodable {
    var id: String
    var name: Text?
    var kind: PaperKind
    var result_code: String?
    var until: Day?
    var replaced_by: String?
  }

  struct Source: Encodable {
    var id: String
    var name: Text?
    var kind: SourceKind
    var provides: [String]?
    var connected: [String: Day]
  }

  struct ProcessingTimeJSON: Encodable {
    var working_days: JSONNumber?
    var hours: JSONNumber?
    var text: Text?
  }

  struct FeeJSON: Encodable {
    var amount: JSONNumber?
    var currency: String?
    var text: Text?
  }

  struct ChannelJSON: Encodable {
    var kind: ChannelKind
    var online_level: OnlineLevel?
    var processing_time: ProcessingTimeJSON?
    var fee: FeeJSON?
  }

  struct LegalJSON: Encodable {
    var ref: String
    var title: Text?
    var article: String?
    var date: Day?
  }

  struct CopiesJSON: Encodable {
    var original: Int?
    var certified_copy: Int?
    var copy: Int?
  }

  struct FormJSON: Encodable {
    var code: String
    var name: Text?
  }

  struct WaiverJSON: Encodable {
    var reason: Text?
    var legal_basis: String?
    var until: Day?
  }

  struct ProvisionJSON: Encodable {
    var source: String
    var paper: String
    var since: Day
  }

  struct LevelJSON: Encodable {
    var level: String
    var status: EliminationAnalysis.LevelStatus
    var provided_by: [ProvisionJSON]
  }

  struct RequirementJSON: Encodable {
    var id: String
    var `case`: String?
    var paper: String?
    var any_of: [String]?
    var copies: CopiesJSON?
    var presented: Bool
    var form: FormJSON?
    var note: Text?
    var keep: WaiverJSON?
    var status: EliminationAnalysis.Status
    var levels: [LevelJSON]
  }

  struct CaseJSON: Encodable {
    var id: String
    var when: Text?
  }

  struct ResultJSON: Encodable {
    var paper: String?
    var digitized: Bool?
    var updates: String?
  }

  struct DecisionJSON: Encodable {
    var ref: String
    var date: Day?
  }

  struct ProcedureJSON: Encodable {
    var code: String
    var file: String
    var name: Text?
    var decision: DecisionJSON?
    var field: String?
    var levels: [String]
    var agency: Text?
    var subjects: [String]
    var boundary_free: Bool?
    var data_sources: [String]
    var channels: [ChannelJSON]
    var legal_basis: [LegalJSON]
    var cases: [CaseJSON]
    var requirements: [RequirementJSON]
    var results: [ResultJSON]
  }

  struct Summary: Encodable {
    var procedures: Int
    var requirements: Int
    var eliminated: Int
    var partly_eliminated: Int
    var kept: Int
    var required: Int
  }

  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  static func text(_ text: LocalizedText?) -> Text? { text.map(Text.init) }

  static func procedure(_ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult) -> ProcedureJSON {
    let channels = procedure.channels.map { channel -> ChannelJSON in
      var time: ProcessingTimeJSON? = nil
      switch channel.processingTime {
      case .workingDays(let number): time = ProcessingTimeJSON(working_days: JSONNumber(number: number))
      case .hours(let number): time = ProcessingTimeJSON(hours: JSONNumber(number: number))
      case .text(let value): time = ProcessingTimeJSON(text: Text(value))
      case nil: break
      }
      let fee = channel.fee.map {
        FeeJSON(amount: $0.amount.map { JSONNumber(number: $0) }, currency: $0.currency, text: text($0.text))
      }
      return ChannelJSON(
        kind: channel.kind.value, online_level: channel.onlineLevel?.value, processing_time: time, fee: fee)
    }
    let requirements = zip(procedure.allRequirements, result.requirements).map { pair, analysis in
      let requirement = pair.requirement
      return RequirementJSON(
        id: requirement.id.value, case: pair.caseID,
        paper: requirement.isAnyOf ? nil : requirement.alternatives.first?.value,
        any_of: requirement.isAnyOf ? requirement.alternatives.map(\.value) : nil,
        copies: requirement.copies.map {
          CopiesJSON(original: $0.original, certified_copy: $0.certifiedCopy, copy: $0.copy)
        },
        presented: requirement.presented,
        form: requirement.form.map { FormJSON(code: $0.code, name: text($0.name)) },
        note: text(requirement.note),
        keep: requirement.keep.map {
          WaiverJSON(reason: text($0.reason), legal_basis: $0.legalBasis?.value, until: $0.until?.value)
        },
        status: analysis.status,
        levels: analysis.levels.map { level in
          LevelJSON(
            level: level.level, status: level.status,
            provided_by: level.provisions.map { ProvisionJSON(source: $0.source, paper: $0.paper, since: $0.since) })
        })
    }
    return ProcedureJSON(
      code: procedure.code.value, file: procedure.file, name: text(procedure.name),
      decision: procedure.decision.map { DecisionJSON(ref: $0.ref.value, date: $0.date?.value) },
      field: procedure.field?.value, levels: result.levels, agency: text(procedure.agency),
      subjects: procedure.subjects.map(\.value), boundary_free: procedure.boundaryFree,
      data_sources: procedure.dataSources.map(\.value), channels: channels,
      legal_basis: procedure.legalBasis.map {
        LegalJSON(ref: $0.ref.value, title: text($0.title), article: $0.article, date: $0.date)
      },
      cases: procedure.cases.map { CaseJSON(id: $0.id.value, when: text($0.when)) },
      requirements: requirements,
      results: procedure.results.map { output in
        switch output {
        case .paper(let paper, let digitized): ResultJSON(paper: paper.value, digitized: digitized)
        case .update(let source): ResultJSON(updates: source.value)
        }
      })
  }

  /// The pretty-printed JSON of `value`, every line but the first indented by `indent` spaces,
  /// so that it can stand as a member inside the hand-assembled top level.
  static func fragment(_ value: some Encodable, indent: Int) -> String {
    let data = (try? encoder().encode(value)) ?? Data("null".utf8)
    let text = String(decoding: data, as: UTF8.self)
    let pad = String(repeating: " ", count: indent)
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
      index == 0 || line.allSatisfy({ $0 == " " }) ? String(line.drop { $0 == " " && index > 0 }) : pad + line
    }.joined(separator: "\n")
  }

  /// The members before `procedures`, in key order (as_of, fields, format_version, generator,
  /// languages, levels, papers), and the opening of the `procedures` array.
  static func header(_ catalog: Catalog, languages: [String]) -> String {
    let rules = catalog.rules
    var out = "{\n"
    out += "  \"as_of\" : \"\(catalog.asOf)\",\n"
    out += bundlesMember(catalog)
    out +=
      "  \"fields\" : " + fragment(rules.fields.map { Entry(id: $0.id.value, name: text($0.name)) }, indent: 2) + ",\n"
    out += "  \"format_version\" : \(formatVersion),\n"
    out += "  \"generator\" : \"onestop \(version)\",\n"
    out += "  \"languages\" : " + fragment(languages, indent: 2) + ",\n"
    out +=
      "  \"levels\" : "
      + fragment(rules.levels.map { Entry(id: $0.id.value, name: text($0.name), until: $0.until?.value) }, indent: 2)
      + ",\n"
    out +=
      "  \"papers\" : "
      + fragment(
        rules.papers.map {
          Paper(
            id: $0.id.value, name: text($0.name), kind: $0.kind, result_code: $0.resultCode, until: $0.until?.value,
            replaced_by: $0.replacedBy?.value)
        }, indent: 2) + ",\n"
    out += "  \"procedures\" : ["
    return out
  }

  /// The members after `procedures`: sources, subjects, summary.
  static func trailer(_ catalog: Catalog, _ analysis: EliminationAnalysis, empty: Bool) -> String {
    var out = empty ? "],\n" : "\n  ],\n"
    out +=
      "  \"sources\" : "
      + fragment(
        catalog.rules.sources.map { source in
          var connected: [String: Day] = [:]
          for entry in source.connected where connected[entry.level.value] == nil {
            connected[entry.level.value] = entry.since.value
          }
          return Source(
            id: source.id.value, name: text(source.name), kind: source.kind,
            provides: source.kind == .database ? source.provides.map(\.value) : nil, connected: connected)
        }, indent: 2) + ",\n"
    out +=
      "  \"subjects\" : "
      + fragment(catalog.rules.subjects.map { Entry(id: $0.id.value, name: text($0.name)) }, indent: 2) + ",\n"
    let counts = analysis.counts
    let summary = Summary(
      procedures: catalog.procedures.count, requirements: counts.requirements, eliminated: counts.eliminated,
      partly_eliminated: counts.partlyEliminated, kept: counts.kept, required: counts.required)
    out += "  \"summary\" : " + fragment(summary, indent: 2)
    // A what-if's catalog says so: the assumptions as the command line gave them.
    if let whatIf = catalog.whatIf { out += ",\n  \"what_if\" : " + fragment(whatIf.assumptions, indent: 2) }
    out += "\n}\n"
    return out
  }
}

extension CatalogJSON {
  /// A procedure's catalog.json entry through the fast writer: the same bytes as
  /// `fragment(procedure(...), indent:)` (the Encodable types above are the reference, and a test
  /// compares the two), members written in sorted key order.
  static func procedureFragment(_ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, indent: Int)
    -> String
  {
    var w = JSONWriter(indent: indent)
    w.beginObject()
    w.member("agency", procedure.agency)
    w.member("boundary_free", procedure.boundaryFree)
    w.key("cases")
    w.beginArray()
    for item in procedure.cases {
      w.element()
      w.beginObject()
      w.member("id", item.id.value)
      w.member("when", item.when)
      w.endObject()
    }
    w.endArray()
    w.key("channels")
    w.beginArray()
    for channel in procedure.channels {
      w.element()
      w.beginObject()
      if let fee = channel.fee {
        w.key("fee")
        w.beginObject()
        if let amount = fee.amount {
          w.key("amount")
          w.number(amount)
        }
        w.member("currency", fee.currency)
        w.member("text", fee.text)
        w.endObject()
      }
      w.member("kind", channel.kind.value.rawValue)
      w.member("online_level", channel.onlineLevel?.value.rawValue)
      if let time = channel.processingTime {
        w.key("processing_time")
        w.beginObject()
        switch time {
        case .hours(let hours):
          w.key("hours")
          w.number(hours)
        case .text(let text):
          w.member("text", text)
        case .workingDays(let days):
          w.key("working_days")
          w.number(days)
        }
        w.endObject()
      }
      w.endObject()
    }
    w.endArray()
    w.member("code", procedure.code.value)
    w.member("data_sources", strings: procedure.dataSources.map(\.value))
    if let decision = procedure.decision {
      w.key("decision")
      w.beginObject()
      w.member("date", decision.date?.value)
      w.member("ref", decision.ref.value)
      w.endObject()
    }
    w.member("field", procedure.field?.value)
    w.member("file", procedure.file)
    w.key("legal_basis")
    w.beginArray()
    for reference in procedure.legalBasis {
      w.element()
      w.beginObject()
      w.member("article", reference.article)
      w.member("date", reference.date)
      w.member("ref", reference.ref.value)
      w.member("title", reference.title)
      w.endObject()
    }
    w.endArray()
    w.member("levels", strings: result.levels)
    w.member("name", procedure.name)
    w.key("requirements")
    w.beginArray()
    for ((requirement, caseID), analysis) in zip(procedure.allRequirements, result.requirements) {
      w.element()
      w.beginObject()
      if requirement.isAnyOf { w.member("any_of", strings: requirement.alternatives.map(\.value)) }
      w.member("case", caseID)
      if let copies = requirement.copies {
        w.key("copies")
        w.beginObject()
        w.member("certified_copy", copies.certifiedCopy)
        w.member("copy", copies.copy)
        w.member("original", copies.original)
        w.endObject()
      }
      if let form = requirement.form {
        w.key("form")
        w.beginObject()
        w.member("code", form.code)
        w.member("name", form.name)
        w.endObject()
      }
      w.member("id", requirement.id.value)
      if let keep = requirement.keep {
        w.key("keep")
        w.beginObject()
        w.member("legal_basis", keep.legalBasis?.value)
        w.member("reason", keep.reason)
        w.member("until", keep.until?.value)
        w.endObject()
      }
      w.key("levels")
      w.beginArray()
      for level in analysis.levels {
        w.element()
        w.beginObject()
        w.member("level", level.level)
        w.key("provided_by")
        w.beginArray()
        for provision in level.provisions {
          w.element()
          w.beginObject()
          w.member("paper", provision.paper)
          w.member("since", provision.since)
          w.member("source", provision.source)
          w.endObject()
        }
        w.endArray()
        w.member("status", level.status.rawValue)
        w.endObject()
      }
      w.endArray()
      w.member("note", requirement.note)
      if !requirement.isAnyOf { w.member("paper", requirement.alternatives.first?.value) }
      w.member("presented", requirement.presented)
      w.member("status", analysis.status.rawValue)
      w.endObject()
    }
    w.endArray()
    w.key("results")
    w.beginArray()
    for output in procedure.results {
      w.element()
      w.beginObject()
      switch output {
      case .paper(let paper, let digitized):
        w.member("digitized", digitized)
        w.member("paper", paper.value)
      case .update(let source):
        w.member("updates", source.value)
      }
      w.endObject()
    }
    w.endArray()
    w.member("subjects", strings: procedure.subjects.map(\.value))
    w.endObject()
    return w.text
  }
}
