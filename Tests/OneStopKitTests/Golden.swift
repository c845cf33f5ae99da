import Foundation
import Testing

/// Golden files live under Tests/Fixtures/. `UPDATE_GOLDEN=1 swift test` rewrites them; a
/// missing one is written and the test fails, so a new golden file is always looked at once.
enum Golden {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func fixture(_ path: String) -> String {
    fixtures.appendingPathComponent(path).path
  }

  static func check(_ actual: String, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
    check(Data(actual.utf8), path, sourceLocation: sourceLocation)
  }

  static func check(_ actual: Data, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = fixtures.appendingPathComponent(path)
    let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
    guard let expected = try? Data(contentsOf: url), !update else {
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? actual.write(to: url)
      if !update {
        Issue.record("golden file \(path) was missing and has been written", sourceLocation: sourceLocation)
      }
      return
    }
    if expected != actual {
      let expectedText = String(decoding: expected, as: UTF8.self)
      let actualText = String(decoding: actual, as: UTF8.self)
      let first = zip(
        expectedText.split(separator: "\n", omittingEmptySubsequences: false),
        actualText.split(separator: "\n", omittingEmptySubsequences: false)
      )
      .enumerated().first { $0.element.0 != $0.element.1 }
      let detail =
        first.map { "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)" }
        ?? "lengths differ"
      Issue.record(
        "output differs from golden file \(path) (UPDATE_GOLDEN=1 swift test rewrites it)\n\(detail)",
        sourceLocation: sourceLocation)
    }
  }
}
