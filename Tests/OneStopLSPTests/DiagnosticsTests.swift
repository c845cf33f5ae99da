import Foundation
import OneStopKit
import Testing

@testable import OneStopLSP

@Suite("LSP diagnostics")
struct DiagnosticsTests {
  /// Every finding `check` gives, as (file, code, message, start line and column in code points):
  /// on ASCII lines and in UTF-16 the code-point column is the character.
  static func expected(_ root: URL, language: Language) -> [String: [String]] {
    var options = CompileOptions(jobs: 2)
    options.language = language
    let result = Compiler.check(DiskStorage(root: root.path)!, options: options)
    var byFile: [String: [String]] = [:]
    for diagnostic in result.diagnostics {
      let start = diagnostic.range.start
      byFile[diagnostic.file, default: []].append(
        "\(diagnostic.id) \(start.line - 1):\(start.column - 1) \(diagnostic.message)")
    }
    return byFile
  }

  static func published(_ client: LSPClient, _ root: URL) -> [String: [String]] {
    var byFile: [String: [String]] = [:]
    for notification in client.notifications where notification["method"] == "textDocument/publishDiagnostics" {
      guard let uri = notification["params"]?["uri"]?.string else { continue }
      let file = String(uri.dropFirst(("file://" + root.path + "/").count))
      byFile[file] = notification["params"]?["diagnostics"]?.array?.map { item in
        let start = item["range"]?["start"]
        return
          "\(item["code"]?.string ?? "") \(start?["line"]?.int ?? -1):\(start?["character"]?.int ?? -1) \(item["message"]?.string ?? "")"
      }
    }
    return byFile.filter { !$0.value.isEmpty }
  }

  @Test(
    "the first diagnostics equal onestop check on the shipped catalog, in each language", arguments: Language.allCases)
  func shippedCatalog(_ language: Language) throws {
    let root = try CatalogCopy.make()
    let client = try LSPClient(language: language)
    try client.start(root: root)
    let published = Self.published(client, root)
    #expect(!published.isEmpty)
    #expect(published == Self.expected(root, language: language))
    try client.request("shutdown")
    client.notify("exit")
    #expect(try client.waitForExit() == 0)
  }
}
