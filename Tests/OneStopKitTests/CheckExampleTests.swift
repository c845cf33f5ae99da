import Testing

@testable import OneStopKit

extension CheckDescription: CustomTestStringConvertible {
  public var testDescription: String { id }
}

@Suite("Check examples")
struct CheckExampleTests {
  @Test("every triggering example finds exactly its markers", arguments: CheckRegistry.descriptions)
  func triggering(_ description: CheckDescription) {
    for example in description.triggering {
      let outcome = ExampleRunner.run(example, checkID: description.id)
      #expect(!outcome.expected.isEmpty, "a triggering example of \(description.id) has no ↓ marker")
      #expect(
        outcome.actual == outcome.expected,
        """
        \(description.id): findings at \(outcome.actual), markers at \(outcome.expected)
        all diagnostics: \(outcome.diagnostics.map { "\($0.file):\($0.range.start.line):\($0.range.start.column) \($0.id) \($0.message)" })
        """)
    }
  }

  @Test("no non-triggering example finds anything", arguments: CheckRegistry.descriptions)
  func nonTriggering(_ description: CheckDescription) {
    for example in description.nonTriggering {
      let outcome = ExampleRunner.run(example, checkID: description.id)
      #expect(outcome.actual.isEmpty, "\(description.id) fired at \(outcome.actual) in a non-triggering example")
    }
  }

  @Test("the registry is sorted, ids are unique kebab-case, and checks have both kinds of example")
  func registry() {
    let ids = CheckRegistry.descriptions.map(\.id)
    #expect(ids == ids.sorted())
    for list in CheckRegistry.writtenOrder {
      #expect(list == list.sorted(), "a hand-written check list is out of order: \(list)")
    }
    #expect(Set(ids).count == ids.count)
    for description in CheckRegistry.descriptions {
      #expect(
        description.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(description.id) is not kebab-case")
      #expect(!description.summary.isEmpty && !description.rationale.isEmpty)
      #expect(!description.nonTriggering.isEmpty, "\(description.id) has no non-triggering example")
      // File-walk problems need a real folder; FileSystemTests trigger them.
      if description.stage != .files {
        #expect(!description.triggering.isEmpty, "\(description.id) has no triggering example")
      }
    }
  }

  @Test("the example catalog itself is clean")
  func exampleCatalogIsClean() {
    let outcome = ExampleRunner.run(Example(ExampleCatalog.procedure), checkID: "")
    let serious = outcome.diagnostics.filter { $0.severity != .info }
    #expect(serious.isEmpty, "\(serious.map { "\($0.file):\($0.range.start.line) \($0.id) \($0.message)" })")
  }
}
