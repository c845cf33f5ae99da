/// A calendar day, `YYYY-MM-DD`: the only kind of date the format has.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  // Four bytes: days are kept for every connection, waiver and provision.
  private var storedYear: UInt16
  private var storedMonth: UInt8
  private var storedDay: UInt8

  public var year: Int { Int(storedYear) }
  public var month: Int { Int(storedMonth) }
  public var day: Int { Int(storedDay) }

  public init(year: Int, month: Int, day: Int) {
    storedYear = UInt16(clamping: year)
    storedMonth = UInt8(clamping: month)
    storedDay = UInt8(clamping: day)
  }

  /// Parses `YYYY-MM-DD` and checks that the day exists.
  public init?(_ text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        let b = bytes[i]
        guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(b - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
    guard year >= 1, (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else {
      return nil
    }
    self.init(year: year, month: month, day: day)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  public var description: String {
    // Ten ASCII bytes written in place: a day is printed in every message about a connection and
    // in every output document, so this avoids three number conversions and four concatenations.
    guard storedYear <= 9999, storedMonth <= 99, storedDay <= 99 else {
      func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
      }
      return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
    let (year, month, day) = (Int(storedYear), Int(storedMonth), Int(storedDay))
    return String(unsafeUninitializedCapacity: 10) { bytes in
      let zero = UInt8(ascii: "0")
      bytes[0] = zero + UInt8(year / 1000)
      bytes[1] = zero + UInt8(year / 100 % 10)
      bytes[2] = zero + UInt8(year / 10 % 10)
      bytes[3] = zero + UInt8(year % 10)
      bytes[4] = UInt8(ascii: "-")
      bytes[5] = zero + UInt8(month / 10)
      bytes[6] = zero + UInt8(month % 10)
      bytes[7] = UInt8(ascii: "-")
      bytes[8] = zero + UInt8(day / 10)
      bytes[9] = zero + UInt8(day % 10)
      return 10
    }
  }

  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.storedYear, lhs.storedMonth, lhs.storedDay) < (rhs.storedYear, rhs.storedMonth, rhs.storedDay)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = Day(text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY-MM-DD date")
    }
    self = day
  }
}

/// A number as written: its value and its canonical decimal text (integers without a fraction).
public struct Number: Hashable, Sendable {
  public var value: Double
  public var text: String

  public init(_ value: Double) {
    self.value = value
    text = Number.plainDecimal(value)
  }

  /// The shortest decimal that reads back as `value`, never in exponent form (`1e+16` is not an
  /// xs:decimal, nor what a drafter wrote).
  static func plainDecimal(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
    let shortest = "\(value)"
    guard let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }),
      let exponent = Int(shortest[shortest.index(after: e)...])
    else { return shortest }
    var mantissa = String(shortest[..<e])
    let negative = mantissa.hasPrefix("-")
    if negative { mantissa.removeFirst() }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    var digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
    var point = parts[0].count + exponent
    if point <= 0 {
      digits = String(repeating: "0", count: 1 - point) + digits
      point = 1
    } else if point > digits.count {
      digits += String(repeating: "0", count: point - digits.count)
    }
    var whole = String(digits.prefix(point))
    var fraction = String(digits.dropFirst(point))
    while fraction.hasSuffix("0") { fraction.removeLast() }
    while whole.count > 1 && whole.hasPrefix("0") { whole.removeFirst() }
    return (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
  }
}

/// Text a citizen reads, in each of the policy's languages (`vi` first, then `en`).
public struct LocalizedText: Sendable, Hashable {
  public var entries: [Entry]
  public var range: SourceRange

  public struct Entry: Sendable, Hashable {
    public var language: String
    public var text: String
  }

  public init(entries: [Entry], range: SourceRange) {
    self.entries = entries
    self.range = range
  }

  public subscript(language: String) -> String? {
    for entry in entries where entry.language == language { return entry.text }
    return nil
  }

  /// The texts without their positions, for comparing two versions of a file.
  public var content: [String] { entries.map { "\($0.language)=\($0.text)" } }

  /// The text in `language`, or in the first language that has one.
  public func text(preferring language: String) -> String {
    self[language] ?? entries.first?.text ?? ""
  }
}

// MARK: Procedures

/// One administrative procedure, decoded from `catalog/**/CODE.yaml`.
public struct Procedure: Sendable {
  public var file: String
  public var range: SourceRange
  public var code: Located<String>
  public var name: LocalizedText?
  public var decision: Decision?
  public var field: Located<String>?
  public var levels: [Located<String>]
  /// The implementing agency (cơ quan thực hiện), when the file names one.
  public var agency: LocalizedText?
  public var subjects: [Located<String>]
  public var boundaryFree: Bool?
  public var dataSources: [Located<String>]
  /// Spans of keys, for findings about a list as a whole (`missing-channel` points at the file
  /// start when the key is absent).
  public var channelsRange: SourceRange?
  public var channels: [Channel]
  public var legalBasisRange: SourceRange?
  public var legalBasis: [LegalReference]
  public var papersRange: SourceRange?
  public var papers: [Requirement]
  public var cases: [Case]
  public var results: [ProcedureResult]

  public init(file: String, range: SourceRange, code: Located<String>) {
    self.file = file
    self.range = range
    self.code = code
    self.levels = []
    self.subjects = []
    self.dataSources = []
    self.channels = []
    self.legalBasis = []
    self.papers = []
    self.cases = []
    self.results = []
  }

  /// Every requirement, the common dossier first, then each case's, with the case it belongs to.
  /// A view, not a copy: checks walk it many times per procedure.
  public var allRequirements: RequirementList { RequirementList(papers: papers, cases: cases) }
}

/// The requirements of a procedure in order (common papers, then each case's), without copying.
public struct RequirementList: Sequence, Sendable {
  let papers: [Requirement]
  let cases: [Case]

  public typealias Element = (requirement: Requirement, caseID: String?)

  public var count: Int { cases.reduce(papers.count) { $0 + $1.papers.count } }

  public subscript(index: Int) -> Element {
    if index < papers.count { return (papers[index], nil) }
    var rest = index - papers.count
    for item in cases {
      if rest < item.papers.count { return (item.papers[rest], item.id.value) }
      rest -= item.papers.count
    }
    preconditionFailure("requirement index \(index) out of range")
  }

  public struct Iterator: IteratorProtocol {
    let list: RequirementList
    var caseIndex = -1
    var index = 0

    public mutating func next() -> Element? {
      while true {
        let current = caseIndex < 0 ? list.papers : list.cases[caseIndex].papers
        if index < current.count {
          defer { index += 1 }
          return (current[index], caseIndex < 0 ? nil : list.cases[caseIndex].id.value)
        }
        caseIndex += 1
        index = 0
        if caseIndex >= list.cases.count { return nil }
      }
    }
  }

  public func makeIterator() -> Iterator { Iterator(list: self) }
}

public struct Decision: Sendable {
  public var ref: Located<String>
  public var date: Located<Day>?
}

public enum ChannelKind: String, Sendable, CaseIterable, Codable {
  case inPerson = "in-person"
  case online
  case postal
}

public enum OnlineLevel: String, Sendable, CaseIterable, Codable {
  case full
  case partial
}

public struct Channel: Sendable {
  public var range: SourceRange
  public var kind: Located<ChannelKind>
  public var onlineLevel: Located<OnlineLevel>?
  public var processingTime: ProcessingTime?
  public var fee: Fee?
}

public enum ProcessingTime: Sendable, Hashable {
  case workingDays(Number)
  case hours(Number)
  case text(LocalizedText)
}

public struct Fee: Sendable, Hashable {
  public var amount: Number?
  public var currency: String?
  public var text: LocalizedText?
  /// `amount` as the file writes it, where it is: `100.000` reads as the number 100, and only
  /// the written text tells a thousands separator from a decimal point (`fee-amount`).
  public var amountWritten: Located<String>?

  public init(
    amount: Number? = nil, currency: String? = nil, text: LocalizedText? = nil, amountWritten: Located<String>? = nil
  ) {
    self.amount = amount
    self.currency = currency
    self.text = text
    self.amountWritten = amountWritten
  }
}

public struct LegalReference: Sendable {
  public var range: SourceRange
  public var ref: Located<String>
  public var title: LocalizedText?
  public var article: String?
  public var date: Day?
}

/// Copies of a paper to file: `Bản chính: n – Bản sao: m`.
public struct Copies: Sendable, Hashable {
  public var original: Int?
  public var certifiedCopy: Int?
  public var copy: Int?
}

public struct FormTemplate: Sendable, Hashable {
  public var code: String
  public var name: LocalizedText?
}

/// An accountable waiver: the requirement stays although a database could provide the paper.
public struct Waiver: Sendable {
  public var range: SourceRange
  public var reason: LocalizedText?
  public var legalBasis: Located<String>?
  public var until: Located<Day>?
}

/// One paper of the dossier: a single paper type, or alternatives (`any_of`).
public struct Requirement: Sendable {
  public var range: SourceRange
  public var id: Located<String>
  /// The paper types that satisfy it: one for `paper`, several for `any_of`.
  public var alternatives: [Located<String>]
  public var isAnyOf: Bool
  public var copies: Copies?
  public var presented: Bool
  public var note: LocalizedText?
  // Forms and waivers are rare: boxed, so the common requirement stays small (a national
  // catalog holds more than half a million requirements).
  private var formBox: Box<FormTemplate>?
  private var keepBox: Box<Waiver>?

  public var form: FormTemplate? {
    get { formBox?.value }
    set { formBox = newValue.map(Box.init) }
  }

  public var keep: Waiver? {
    get { keepBox?.value }
    set { keepBox = newValue.map(Box.init) }
  }

  public init(
    range: SourceRange, id: Located<String>, alternatives: [Located<String>], isAnyOf: Bool, copies: Copies?,
    presented: Bool, form: FormTemplate?, keep: Waiver?, note: LocalizedText?
  ) {
    self.range = range
    self.id = id
    self.alternatives = alternatives
    self.isAnyOf = isAnyOf
    self.copies = copies
    self.presented = presented
    self.note = note
    self.formBox = form.map(Box.init)
    self.keepBox = keep.map(Box.init)
  }
}

/// An immutable value on the heap, shared by copies of its owner.
final class Box<Value: Sendable>: Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

public struct Case: Sendable {
  public var range: SourceRange
  public var id: Located<String>
  public var when: LocalizedText?
  public var papers: [Requirement]
}

public enum ProcedureResult: Sendable {
  case paper(Located<String>, digitized: Bool)
  case update(Located<String>)
}

// MARK: Rules

/// An entry of levels.yaml, fields.yaml or subjects.yaml.
public struct VocabularyEntry: Sendable {
  public var file: String
  public var range: SourceRange
  public var id: Located<String>
  public var name: LocalizedText?
  /// Levels only: the last day the level exists.
  public var until: Located<Day>?
}

public enum PaperKind: String, Sendable, CaseIterable, Codable {
  case form
  case document
}

public struct PaperType: Sendable {
  public var file: String
  public var range: SourceRange
  public var id: Located<String>
  public var name: LocalizedText?
  public var kind: PaperKind
  public var resultCode: String?
  /// The last day the paper type exists (it is abolished after it).
  public var until: Located<Day>?
  public var replacedBy: Located<String>?
}

public enum SourceKind: String, Sendable, CaseIterable, Codable {
  case database
  case procedureResults = "procedure-results"
}

/// A shared database a one-stop system can query.
public struct SharedSource: Sendable {
  public var file: String
  public var range: SourceRange
  public var id: Located<String>
  public var name: LocalizedText?
  public var kind: SourceKind
  public var provides: [Located<String>]
  /// Level id -> the day from which that level's one-stop system can query it.
  public var connected: [(level: Located<String>, since: Located<Day>)]

  public func connectedSince(level: String) -> Day? {
    for entry in connected where entry.level.value == level { return entry.since.value }
    return nil
  }
}

/// What policy.yaml says: the date of judgement, the code pattern, languages, severities, targets.
public struct Policy: Sendable {
  public var file: String = "rules/policy.yaml"
  public var asOf: Located<Day>?
  public var codePattern: Located<String>?
  public var languages: [String] = ["vi", "en"]
  public var checks: [(id: Located<String>, severity: Located<SeveritySetting>)] = []
  public var overrides: [SeverityOverride] = []
  public var targets = Targets()

  public init() {}
}

public enum SeveritySetting: String, Sendable, CaseIterable {
  case error
  case warning
  case info
  case off

  public var severity: Severity? { Severity(rawValue: rawValue) }
}

public struct SeverityOverride: Sendable {
  public var range: SourceRange
  public var files: [Located<String>]
  public var checks: [(id: Located<String>, severity: Located<SeveritySetting>)]
}

/// Decision 468's targets, each a share in percent to reach by a date.
public struct Targets: Sendable {
  public struct Target: Sendable {
    public var by: Day
    public var percent: Double
    public var level: Located<String>?
  }

  public var notReprovided: [Target] = []
  public var onlineDossiers: [Target] = []
  public var digitizedResults: [Target] = []
}

/// The whole rules folder.
public struct Rules: Sendable {
  public var levels: [VocabularyEntry] = []
  public var fields: [VocabularyEntry] = []
  public var subjects: [VocabularyEntry] = []
  public var papers: [PaperType] = []
  public var sources: [SharedSource] = []
  public var policy = Policy()
  /// The checks of rules/checks.yaml, compiled (empty when the file is missing).
  public var customChecks = CustomCheckSet()

  public init() {}
}
