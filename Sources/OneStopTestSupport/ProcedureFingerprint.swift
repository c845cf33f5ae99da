import OneStopKit

/// Everything a decoded procedure holds, as bytes: every text as its UTF-8 (so text that differs
/// only in normalization differs here, where String's `==` calls it equal), every number, day and
/// span. Two decode paths agree on a file when they give the same fingerprint.
///
/// `dump` said the same, at a quarter of the decoder target's time under the sanitizers (it
/// reflects on every field and builds a line of text for each). `fields` lists the stored
/// properties this reads, type by type; a test compares it with the model's own (through `Mirror`),
/// so a field added to the model and not here fails there.
struct ProcedureFingerprint: Equatable {
  private(set) var bytes: [UInt8] = []

  /// The stored properties read below, by type.
  static let fields: [String: [String]] = [
    "Procedure": [
      "file", "range", "code", "name", "decision", "field", "levels", "agency", "subjects", "boundaryFree",
      "dataSources", "channelsRange", "channels", "legalBasisRange", "legalBasis", "papersRange", "papers", "cases",
      "results",
    ],
    "Decision": ["ref", "date"],
    "Channel": ["range", "kind", "onlineLevel", "processingTime", "fee"],
    "Fee": ["amount", "currency", "text", "amountWritten"],
    "LegalReference": ["range", "ref", "title", "article", "date"],
    "Requirement": ["range", "id", "alternatives", "isAnyOf", "copies", "presented", "note", "formBox", "keepBox"],
    "Copies": ["original", "certifiedCopy", "copy"],
    "FormTemplate": ["code", "name"],
    "Waiver": ["range", "reason", "legalBasis", "until"],
    "Case": ["range", "id", "when", "papers"],
    "LocalizedText": ["entries", "range"],
    "Entry": ["language", "text"],
    "Number": ["value", "text"],
  ]

  init(_ procedure: Procedure) {
    bytes.reserveCapacity(4096)
    add(procedure.file)
    add(procedure.range)
    add(procedure.code)
    add(procedure.name)
    add(procedure.decision) {
      $0.add($1.ref); $0.add($1.date) { $0.add($1) }
    }
    add(procedure.field)
    add(procedure.levels)
    add(procedure.agency)
    add(procedure.subjects)
    add(procedure.boundaryFree) { $0.add($1) }
    add(procedure.dataSources)
    add(procedure.channelsRange) { $0.add($1) }
    add(count: procedure.channels.count)
    for channel in procedure.channels { add(channel) }
    add(procedure.legalBasisRange) { $0.add($1) }
    add(count: procedure.legalBasis.count)
    for reference in procedure.legalBasis {
      add(reference.range)
      add(reference.ref)
      add(reference.title)
      add(reference.article) { $0.add($1) }
      add(reference.date) { $0.add($1) }
    }
    add(procedure.papersRange) { $0.add($1) }
    add(procedure.papers)
    add(count: procedure.cases.count)
    for item in procedure.cases {
      add(item.range)
      add(item.id)
      add(item.when)
      add(item.papers)
    }
    add(count: procedure.results.count)
    for result in procedure.results {
      switch result {
      case .paper(let paper, let digitized):
        add(count: 0)
        add(paper)
        add(digitized)
      case .update(let source):
        add(count: 1)
        add(source)
      }
    }
  }

  private mutating func add(_ channel: Channel) {
    add(channel.range)
    add(channel.kind.value.rawValue)
    add(channel.kind.range)
    add(channel.onlineLevel) {
      $0.add($1.value.rawValue); $0.add($1.range)
    }
    add(channel.processingTime) {
      switch $1 {
      case .workingDays(let number): $0.add(count: 0); $0.add(number)
      case .hours(let number): $0.add(count: 1); $0.add(number)
      case .text(let text): $0.add(count: 2); $0.add(text)
      }
    }
    add(channel.fee) {
      $0.add($1.amount) { $0.add($1) }; $0.add($1.currency) { $0.add($1) }; $0.add($1.text)
      $0.add($1.amountWritten) { $0.add($1) }
    }
  }

  private mutating func add(_ requirements: [Requirement]) {
    add(count: requirements.count)
    for requirement in requirements {
      add(requirement.range)
      add(requirement.id)
      add(requirement.alternatives)
      add(requirement.isAnyOf)
      add(requirement.copies) {
        $0.add($1.original) { $0.add(count: $1) }
        $0.add($1.certifiedCopy) { $0.add(count: $1) }
        $0.add($1.copy) { $0.add(count: $1) }
      }
      add(requirement.presented)
      add(requirement.note)
      add(requirement.form) {
        $0.add($1.code); $0.add($1.name)
      }
      add(requirement.keep) {
        $0.add($1.range)
        $0.add($1.reason)
        $0.add($1.legalBasis) { $0.add($1) }
        $0.add($1.until) { $0.add($1) }
      }
    }
  }

  private mutating func add(_ text: String) {
    bytes.append(contentsOf: text.utf8)
    // Never a byte of UTF-8: ends the text.
    bytes.append(0xFF)
  }

  private mutating func add(count: Int) {
    withUnsafeBytes(of: count) { bytes.append(contentsOf: $0) }
  }

  private mutating func add(_ flag: Bool) { bytes.append(flag ? 1 : 0) }

  private mutating func add(_ position: SourcePosition) {
    add(count: position.line)
    add(count: position.column)
    add(count: position.offset)
  }

  private mutating func add(_ range: SourceRange) {
    add(range.start)
    add(range.end)
  }

  private mutating func add(_ day: Day) { add(count: day.year * 10_000 + day.month * 100 + day.day) }

  private mutating func add(_ number: Number) {
    withUnsafeBytes(of: number.value.bitPattern) { bytes.append(contentsOf: $0) }
    add(number.text)
  }

  private mutating func add(_ located: Located<String>) {
    add(located.value)
    add(located.range)
  }

  private mutating func add(_ located: Located<Day>) {
    add(located.value)
    add(located.range)
  }

  private mutating func add(_ list: [Located<String>]) {
    add(count: list.count)
    for item in list { add(item) }
  }

  private mutating func add(_ text: LocalizedText?) {
    add(text) {
      $0.add(count: $1.entries.count)
      for entry in $1.entries {
        $0.add(entry.language)
        $0.add(entry.text)
      }
      $0.add($1.range)
    }
  }

  private mutating func add(_ located: Located<String>?) { add(located) { $0.add($1) } }

  /// An optional: a byte saying whether it is there, then the value.
  private mutating func add<Value>(_ value: Value?, _ body: (inout Self, Value) -> Void) {
    guard let value else {
      bytes.append(0)
      return
    }
    bytes.append(1)
    body(&self, value)
  }
}
