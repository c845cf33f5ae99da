import Foundation
import Testing

@testable import OneStopKit

/// docs/format.md's key tables are generated from `FormatSchema`: the page holds each between
/// markers, and these tests fail when one is stale, missing, or in the wrong section.
@Suite("docs/format.md key tables")
struct FormatDocumentationTests {
  static let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/format.md")

  @Test("docs/format.md holds every key table as FormatSchema gives it (UPDATE_GOLDEN=1 rewrites them)")
  func tablesAreCurrent() throws {
    let text = try String(contentsOf: Self.page, encoding: .utf8)
    let (updated, problems) = FormatDocumentation.updating(text)
    #expect(problems.isEmpty, "docs/format.md: \(problems.joined(separator: "; "))")
    guard updated != text else { return }
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try updated.write(to: Self.page, atomically: true, encoding: .utf8)
      return
    }
    let first = zip(text.split(separator: "\n"), updated.split(separator: "\n")).enumerated().first { $1.0 != $1.1 }
    Issue.record(
      """
      docs/format.md's key tables are stale: run `UPDATE_GOLDEN=1 swift test --filter FormatDocumentationTests` \
      to rewrite them from Sources/OneStopKit/Schema/FormatSchema.swift
      \(first.map { "line \($0.offset + 1):\n  on the page: \($0.element.0)\n  generated:   \($0.element.1)" } ?? "")
      """)
  }

  @Test("each table sits in the section its Type cells point to")
  func tablesSitInTheirSections() throws {
    let lines = try String(contentsOf: Self.page, encoding: .utf8).split(separator: "\n").map(String.init)
    for table in FormatDocumentation.tables {
      guard let marker = lines.firstIndex(of: FormatDocumentation.beginMarker(table)) else { continue }
      let heading = lines[..<marker].last { $0.hasPrefix("## ") || $0.hasPrefix("### ") }
      let number = heading?.split(separator: " ").dropFirst().first.map { $0.hasSuffix(".") ? $0.dropLast() : $0 }
      #expect(number.map(String.init) == table.section, "the table \(table.name) is under '\(heading ?? "")'")
    }
  }

  @Test("every key of every shape of the format is in a table")
  func everyKeyIsDocumented() {
    let rows = FormatDocumentation.tables.flatMap(FormatDocumentation.rows)
    var shapes = FormatKeyTests.shapes(in: FormatSchema.procedure)
    for (_, shape) in FormatSchema.rulesFiles { shapes += FormatKeyTests.shapes(in: shape) }
    for shape in shapes {
      for field in shape.fields {
        #expect(
          rows.contains { $0.shape === shape && $0.field.name == field.name },
          "no table of docs/format.md lists '\(field.name)' of \(shape.name)")
      }
    }
  }

  @Test("a required key's description fits whole in the help of `missing-key` (80 characters)")
  func requiredDescriptionsFitTheHelp() {
    var shapes = FormatKeyTests.shapes(in: FormatSchema.procedure)
    for (_, shape) in FormatSchema.rulesFiles { shapes += FormatKeyTests.shapes(in: shape) }
    for shape in shapes {
      for field in shape.fields where field.required {
        #expect(field.description.count <= 80, "'\(field.name)' of \(shape.name): \(field.description)")
      }
    }
  }

  @Test("a name no table has, or a block left open, is reported; the prose around the blocks is kept")
  func markers() throws {
    let channel = try #require(FormatDocumentation.tables.first { $0.name == "Channel" })
    let page = """
      # Title

      Prose before.

      \(FormatDocumentation.beginMarker(channel))
      | stale |
      \(FormatDocumentation.endMarker)

      Prose after.
      <!-- BEGIN generated: keys of Nothing -->
      """
    let (text, problems) = FormatDocumentation.updating(page)
    #expect(text.hasPrefix("# Title\n\nProse before.\n\n\(FormatDocumentation.beginMarker(channel))\n| Key | Type |"))
    #expect(text.contains("| `online_level` | choice: `full`, `partial` | online channels: yes; others: forbidden |"))
    #expect(
      text.hasSuffix("\(FormatDocumentation.endMarker)\n\nProse after.\n<!-- BEGIN generated: keys of Nothing -->"))
    #expect(problems.contains { $0.contains("no table is named 'Nothing'") })
    #expect(problems.contains { $0.contains("the page holds the table Procedure 0 times") })
    #expect(!problems.contains { $0.contains("Channel") })
  }
}
