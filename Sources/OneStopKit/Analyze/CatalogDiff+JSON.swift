import Foundation

// The diff as JSON (`onestop diff --format json`): a summary, every change, the files left out.

extension CatalogDiff {
  struct JSONReport: Encodable {
    var version = 1
    var summary: [String: Int]
    var changes: [Change]
    /// The files each side could not read, whose procedures are left out.
    var failed: FailedFiles
  }

  public func json() -> String {
    let report = JSONReport(
      summary: [
        "procedures": procedures.count, "changes": changes.count, "burdens": burdens.count,
      ], changes: changes, failed: failed)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self) + "\n"
  }
}
