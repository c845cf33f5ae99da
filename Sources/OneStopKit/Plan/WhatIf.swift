/// A what-if: the catalog as it would be with more connections and more digitized results
/// (`--assume-connected SOURCE@LEVEL[=DATE]`, `--assume-digitized CODE:PAPER`), so that a policy
/// team sees the findings, the checklists and the scorecard of a plan before it is carried out.
/// Applied to the rules and the procedures after they are read, before anything is judged; every
/// output of such a run says it is a what-if.
public struct WhatIf: Sendable, Equatable {
  /// Source `source` connected at level `level` from `since` (nil: the judging day).
  public struct Connection: Sendable, Equatable {
    public var source: String
    public var level: String
    public var since: Day?

    public init(source: String, level: String, since: Day? = nil) {
      self.source = source
      self.level = level
      self.since = since
    }

    /// `SOURCE@LEVEL` or `SOURCE@LEVEL=YYYY-MM-DD`; nil when the text is not of that form.
    public init?(parsing text: String) {
      let (head, date) = Self.split(text, at: "=")
      let (source, level) = Self.split(head, at: "@")
      guard let level, !source.isEmpty, !level.isEmpty else { return nil }
      var day: Day?
      if let date {
        guard let parsed = Day(date) else { return nil }
        day = parsed
      }
      self.init(source: source, level: level, since: day)
    }

    static func split(_ text: String, at separator: Character) -> (String, String?) {
      guard let index = text.firstIndex(of: separator) else { return (text, nil) }
      return (String(text[..<index]), String(text[text.index(after: index)...]))
    }

    /// As written on the command line.
    public var text: String { "\(source)@\(level)" + (since.map { "=\($0)" } ?? "") }
  }

  /// Result paper `paper` of procedure `code` issued digitized.
  public struct Digitization: Sendable, Equatable {
    public var code: String
    public var paper: String

    public init(code: String, paper: String) {
      self.code = code
      self.paper = paper
    }

    /// `CODE:PAPER`; nil when the text is not of that form.
    public init?(parsing text: String) {
      let (code, paper) = Connection.split(text, at: ":")
      guard let paper, !code.isEmpty, !paper.isEmpty else { return nil }
      self.init(code: code, paper: paper)
    }

    public var text: String { "\(code):\(paper)" }
  }

  public var connections: [Connection]
  public var digitizations: [Digitization]

  public init(connections: [Connection] = [], digitizations: [Digitization] = []) {
    self.connections = connections
    self.digitizations = digitizations
  }

  public var isEmpty: Bool { connections.isEmpty && digitizations.isEmpty }

  /// The assumptions as the command line wrote them, one per item, for banners and JSON.
  public var assumptions: [String] {
    connections.map { "--assume-connected \($0.text)" } + digitizations.map { "--assume-digitized \($0.text)" }
  }

  /// The assumptions in words, for people.
  public func summary(_ language: Language, in catalog: Catalog) -> [String] {
    let connected = connections.map { connection in
      let source = catalog.name(of: connection.source, in: .source, language) ?? connection.source
      let level = catalog.name(of: connection.level, in: .level, language) ?? connection.level
      let day = connection.since ?? catalog.asOf
      return language.say(
        vi: "\(source) được kết nối tại \(level.lowercasedFirst) từ ngày \(Wording(language: "vi").day(day))",
        en: "\(source) connected at the \(connection.level) level from \(day)")
    }
    let digitized = digitizations.map { item in
      let paper = catalog.name(of: item.paper, in: .paper, language) ?? item.paper
      return language.say(
        vi: "thủ tục \(item.code) trả kết quả \(paper) dưới dạng điện tử",
        en: "procedure \(item.code) issues \(paper) digitized")
    }
    return connected + digitized
  }

  /// Applies the connections to the rules; returns what names nothing the rules hold.
  func apply(to rules: inout Rules, language: Language) -> [String] {
    var problems: [String] = []
    for connection in connections {
      guard let index = rules.sources.firstIndex(where: { $0.id.value == connection.source }) else {
        let known = rules.sources.map(\.id.value)
        problems.append(
          language.say(
            vi: "--assume-connected: không có cơ sở dữ liệu '\(connection.source)' trong rules/sources.yaml",
            en: "--assume-connected: rules/sources.yaml has no source '\(connection.source)'")
            + Self.suggestion(connection.source, known, language))
        continue
      }
      guard let level = rules.levels.first(where: { $0.id.value == connection.level }) else {
        problems.append(
          language.say(
            vi: "--assume-connected: không có cấp thực hiện '\(connection.level)' trong rules/levels.yaml",
            en: "--assume-connected: rules/levels.yaml has no level '\(connection.level)'")
            + Self.suggestion(connection.level, rules.levels.map(\.id.value), language))
        continue
      }
      let source = rules.sources[index]
      let since = Located(connection.since ?? Day(year: 1, month: 1, day: 1), source.id.range)
      let entry = (level: Located(level.id.value, source.id.range), since: since)
      var connected = source.connected.filter { $0.level.value != connection.level }
      connected.append(entry)
      rules.sources[index].connected = connected
    }
    return problems
  }

  /// The judging day for connections given without one, once it is known.
  func settle(_ rules: inout Rules, asOf: Day) {
    for connection in connections where connection.since == nil {
      guard let index = rules.sources.firstIndex(where: { $0.id.value == connection.source }) else { continue }
      for entry in rules.sources[index].connected.indices
      where rules.sources[index].connected[entry].level.value == connection.level {
        rules.sources[index].connected[entry].since.value = asOf
      }
    }
  }

  /// Applies the digitizations to the procedures; returns what names nothing they hold.
  func apply(to procedures: inout [Procedure], language: Language) -> [String] {
    var problems: [String] = []
    for item in digitizations {
      guard let index = procedures.firstIndex(where: { $0.code.value == item.code }) else {
        problems.append(
          language.say(
            vi: "--assume-digitized: không có thủ tục mã '\(item.code)' trong catalog/",
            en: "--assume-digitized: catalog/ has no procedure '\(item.code)'"))
        continue
      }
      var found = false
      procedures[index].results = procedures[index].results.map { result in
        guard case .paper(let paper, _) = result, paper.value == item.paper else { return result }
        found = true
        return .paper(paper, digitized: true)
      }
      if !found {
        let issued = procedures[index].results.compactMap { result -> String? in
          if case .paper(let paper, _) = result { return paper.value }
          return nil
        }
        problems.append(
          language.say(
            vi: "--assume-digitized: thủ tục \(item.code) không trả kết quả '\(item.paper)'",
            en: "--assume-digitized: procedure \(item.code) issues no result '\(item.paper)'")
            + Self.suggestion(item.paper, issued, language))
      }
    }
    return problems
  }

  private static func suggestion(_ text: String, _ known: [String], _ language: Language) -> String {
    guard let best = Suggest.closest(to: text, in: known) else {
      guard !known.isEmpty else { return "" }
      return language.say(vi: " (có: ", en: " (known: ") + known.joined(separator: ", ") + ")"
    }
    return language.say(vi: "; có phải là '\(best)'?", en: "; did you mean '\(best)'?")
  }
}

extension String {
  /// `Cấp xã` -> `cấp xã`, for a name inside a sentence.
  var lowercasedFirst: String {
    guard let first else { return self }
    return first.lowercased() + dropFirst()
  }
}
