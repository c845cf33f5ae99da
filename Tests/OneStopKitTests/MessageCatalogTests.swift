import Foundation
import Testing

@testable import OneStopKit

/// Set when the last English-only text is gone.
let messageCatalogComplete = true

/// Every text for people exists in Vietnamese: each check's summary and rationale, and every
/// message, note and help line that the checks' examples and the fixture catalogs produce. The
/// Vietnamese text holds no untranslated English word outside quoted ids, paths and code.
///
/// Until every text is translated, set ONESTOP_STRICT_MESSAGES=1 to run it.
@Suite(
  "Message catalog",
  .enabled(if: ProcessInfo.processInfo.environment["ONESTOP_STRICT_MESSAGES"] != nil || messageCatalogComplete))
struct MessageCatalogTests {
  /// Words that betray an English sentence. Ids, keys and paths are stripped before the search.
  static let englishWords: Set<String> = [
    "the", "is", "are", "not", "and", "or", "of", "in", "to", "a", "an", "must", "should", "paper", "papers",
    "procedure", "level", "levels", "source", "sources", "found", "missing", "unknown", "did", "you", "mean",
    "add", "remove", "file", "files", "key", "keys", "value", "list", "text", "with", "without", "from", "by",
    "at", "on", "for", "this", "that", "it", "its", "has", "have", "no", "more", "than", "write", "use", "line",
    "expected", "error", "warning", "check", "checks", "requirement", "waiver", "database", "connected", "since",
    "which", "when", "where", "only", "every", "each", "one", "two", "here", "defined", "first", "date", "day",
    "fix", "quote", "indent", "column", "number", "name", "names", "type", "empty", "allowed",
  ]

  /// The words of `text` outside quotes ('x', "x", `x`), paths, ids and numbers.
  static func plainWords(_ text: String) -> [String] {
    var stripped = ""
    var quote: Character? = nil
    for character in text {
      if let open = quote {
        if character == open { quote = nil }
        continue
      }
      if character == "'" || character == "\"" || character == "`" || character == "‘" || character == "“" {
        quote = character == "‘" ? "’" : character == "“" ? "”" : character
        continue
      }
      stripped.append(character)
    }
    return stripped.split { !$0.isLetter && $0 != "-" && $0 != "_" && $0 != "/" && $0 != "." }
      .map(String.init)
      .filter { word in
        !word.contains("/") && !word.contains("-") && !word.contains("_") && !word.contains(".")
      }
      .map { $0.lowercased() }
  }

  static func englishLeft(in text: String) -> [String] {
    plainWords(text).filter { englishWords.contains($0) }
  }

  @Test(
    "every check's summary and rationale are written in Vietnamese", arguments: CheckRegistry.descriptions.map(\.id))
  func descriptions(id: String) throws {
    let description = try #require(CheckRegistry.description(for: id))
    for (label, text) in [("summary", description.summaries), ("rationale", description.rationales)] {
      #expect(!text.vi.isEmpty, "\(id): the \(label) has no Vietnamese text")
      #expect(text.vi != text.en, "\(id): the \(label)'s Vietnamese is the English")
      #expect(Self.englishLeft(in: text.vi).isEmpty, "\(id): English in the \(label): \(Self.englishLeft(in: text.vi))")
    }
  }

  @Test("every finding of every example speaks Vietnamese", arguments: CheckRegistry.descriptions.map(\.id))
  func examples(id: String) throws {
    let description = try #require(CheckRegistry.description(for: id))
    for example in description.triggering {
      let vi = ExampleRunner.run(example, checkID: id, language: .vi).diagnostics
      let en = ExampleRunner.run(example, checkID: id, language: .en).diagnostics
      #expect(vi.count == en.count)
      for (v, e) in zip(vi, en) {
        Self.expectVietnamese(v, english: e)
      }
    }
  }

  @Test("the fixture catalog's findings speak Vietnamese")
  func fixtureCatalog() {
    let vi = DiagnosticsGoldenTests.checkFixture(language: .vi).diagnostics
    let en = DiagnosticsGoldenTests.checkFixture(language: .en).diagnostics
    #expect(vi.count == en.count)
    for (v, e) in zip(vi, en) { Self.expectVietnamese(v, english: e) }
  }

  static func expectVietnamese(
    _ v: Diagnostic, english e: Diagnostic, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let place = "\(v.id) at \(v.file):\(v.range.start.line)"
    #expect(
      v.message != e.message, "\(place): the message is not translated: \(v.message)", sourceLocation: sourceLocation)
    #expect(
      englishLeft(in: v.message).isEmpty, "\(place): English in '\(v.message)': \(englishLeft(in: v.message))",
      sourceLocation: sourceLocation)
    if let help = v.help {
      #expect(help != e.help, "\(place): the help is not translated: \(help)", sourceLocation: sourceLocation)
      #expect(englishLeft(in: help).isEmpty, "\(place): English in help '\(help)'", sourceLocation: sourceLocation)
    }
    for note in v.notes where englishLeft(in: note.message).count > 1 {
      Issue.record("\(place): English in note '\(note.message)'", sourceLocation: sourceLocation)
    }
  }

  @Test("the word filter finds English and spares quoted ids")
  func filter() {
    #expect(Self.englishLeft(in: "unknown paper type 'birth-notise'") == ["unknown", "paper", "type"])
    #expect(Self.englishLeft(in: "giấy tờ 'birth-notise' không có trong rules/papers.yaml").isEmpty)
    #expect(Self.englishLeft(in: "thêm `data_sources: [population]` vào thủ tục").isEmpty)
  }
}
