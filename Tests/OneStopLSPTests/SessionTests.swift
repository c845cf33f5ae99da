import Foundation
import OneStopKit
import Testing

@testable import OneStopLSP

/// A scripted editor session on a copy of the shipped catalog with planted mistakes.
@Suite("LSP session")
struct SessionTests {
  static let file = "catalog/civil-status/1.000656.yaml"

  /// The planted mistakes: a source left out, a typo in a paper id, a name without English, and
  /// a typo after Vietnamese text on its line.
  static func plant(_ root: URL) throws -> String {
    var text = try CatalogCopy.text(root, file)
    for (old, new) in [
      (
        "data_sources: [population, civil-status, results-warehouse]", "data_sources: [civil-status, results-warehouse]"
      ),
      ("    paper: death-notice", "    paper: death-notise"),
      ("name: {vi: \"Đăng ký khai tử\", en: \"Death registration\"}", "name: {vi: \"Đăng ký khai tử\"}"),
      (
        "- {id: death-evidence, paper: death-evidence,",
        "- {id: death-evidence, note: {vi: \"Giấy khai sinh\", en: \"Birth\"}, paper: death-evidense,"
      ),
    ] {
      #expect(text.contains(old))
      text = text.replacingOccurrences(of: old, with: new)
    }
    return text
  }

  static func apply(_ edits: [JSON], to text: String, _ encoding: PositionEncoding) -> String {
    var bytes = Array(text.utf8)
    // From the last edit to the first, so that earlier offsets stay right.
    let spans = edits.map { edit -> (Int, Int, String) in
      let lines = LineTable(bytes)
      return (
        lines.offset(of: LSPPosition(edit["range"]?["start"])!, encoding),
        lines.offset(of: LSPPosition(edit["range"]?["end"])!, encoding), edit["newText"]?.string ?? ""
      )
    }.sorted { $0.0 > $1.0 }
    for (start, end, new) in spans { bytes.replaceSubrange(start..<end, with: Array(new.utf8)) }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test(
    "each planted mistake appears at its range on open and disappears after its quick fix",
    arguments: ["utf-16", "utf-8"])
  func mistakesAndFixes(_ encodingName: String) throws {
    let encoding = PositionEncoding(rawValue: encodingName)!
    let root = try CatalogCopy.make()
    let client = try LSPClient()
    let initialized = try client.start(root: root, encodings: [encodingName])
    #expect(initialized["result"]?["capabilities"]?["positionEncoding"] == .string(encodingName))
    let uri = CatalogCopy.uri(root, Self.file)
    var text = try Self.plant(root)
    var version = 1
    client.notify(
      "textDocument/didOpen",
      ["textDocument": ["uri": .string(uri), "languageId": "yaml", "version": 1, "text": .string(text)]])
    _ = try client.request("onestop/sync")
    var diagnostics = try #require(client.diagnostics(uri))
    func find(_ code: String, _ fragment: String) -> JSON? {
      diagnostics.first { $0["code"] == .string(code) && ($0["message"]?.string ?? "").contains(fragment) }
    }
    // The typo after "Giấy khai sinh": its character counts UTF-16 units or UTF-8 bytes.
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
      $0.contains("death-evidense")
    }!
    let lineText = String(text.split(separator: "\n", omittingEmptySubsequences: false)[line])
    let prefix = lineText[..<lineText.range(of: "death-evidense")!.lowerBound]
    let character = encoding == .utf8 ? prefix.utf8.count : prefix.utf16.count
    let typo = try #require(find("unknown-reference", "death-evidense"))
    #expect(typo["range"]?["start"] == ["line": JSON(line), "character": JSON(character)])
    #expect(typo["range"]?["end"] == ["line": JSON(line), "character": JSON(character + 14)])
    #expect(typo["severity"] == 1)

    for (code, fragment, title) in [
      ("unknown-reference", "death-evidense", "Change to 'death-evidence'"),
      ("unknown-reference", "death-notise", "Change to 'death-notice'"),
      ("missing-translation", "procedure name", "Add the en text"),
      ("missed-source", "last-residence", "List 'population' in data_sources"),
      ("paper-obtainable", "requester-identity", "Add a keep: waiver"),
    ] {
      let finding = try #require(find(code, fragment), "\(code) \(fragment) was not published")
      let actions = try #require(
        client.request(
          "textDocument/codeAction",
          ["textDocument": ["uri": .string(uri)], "range": finding["range"]!, "context": ["diagnostics": [finding]]])[
            "result"]?.array)
      let action = try #require(actions.first { $0["title"] == .string(title) }, "no '\(title)' in \(actions)")
      let edits = try #require(action["edit"]?["changes"]?[uri]?.array)
      text = Self.apply(edits, to: text, encoding)
      version += 1
      client.notify(
        "textDocument/didChange",
        ["textDocument": ["uri": .string(uri), "version": JSON(version)], "contentChanges": [["text": .string(text)]]])
      _ = try client.request("onestop/sync")
      diagnostics = try #require(client.diagnostics(uri))
      #expect(find(code, fragment) == nil, "\(code) \(fragment) is still there after '\(title)'")
    }
    // The unsaved text is what was checked: the file on disk never held the mistakes.
    #expect(try !CatalogCopy.text(root, Self.file).contains("death-notise"))

    try client.request("shutdown")
    client.notify("exit")
    #expect(try client.waitForExit() == 0)
  }

  @Test("completion, hover, definition, references, symbols and rename")
  func navigation() throws {
    let root = try CatalogCopy.make()
    let client = try LSPClient()
    try client.start(root: root)
    let uri = CatalogCopy.uri(root, Self.file)
    let text = try CatalogCopy.text(root, Self.file)
    client.notify(
      "textDocument/didOpen",
      ["textDocument": ["uri": .string(uri), "languageId": "yaml", "version": 1, "text": .string(text)]])
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    func position(_ fragment: String, _ delta: Int = 0) -> JSON {
      let line = lines.firstIndex { $0.contains(fragment) }!
      let column = lines[line].range(of: fragment)!.lowerBound.utf16Offset(in: lines[line]) + delta
      return ["line": JSON(line), "character": JSON(column)]
    }
    let document: JSON = ["uri": .string(uri)]

    // A paper id after `paper:`; keys of a requirement; the levels.
    let papers = try #require(
      client.request(
        "textDocument/completion", ["textDocument": document, "position": position("paper: death-notice", 7)])[
          "result"]?["items"]?.array)
    let notice = try #require(papers.first { $0["label"] == "death-notice" })
    #expect(notice["detail"]?.string?.contains("Death notice") == true)
    let keys = try #require(
      client.request(
        "textDocument/completion", ["textDocument": document, "position": position("    copies: {original: 1}", 4)])[
          "result"]?["items"]?.array)
    #expect(keys.contains { $0["label"] == "keep" } && keys.contains { $0["label"] == "any_of" })
    let levels = try #require(
      client.request(
        "textDocument/completion", ["textDocument": document, "position": position("levels: [commune]", 9)])[
          "result"]?["items"]?.array)
    #expect(levels.contains { $0["label"] == "commune" })

    // Hover: a paper, a requirement's fate, a key.
    let paperHover = try client.request(
      "textDocument/hover", ["textDocument": document, "position": position("paper: death-notice", 9)])
    #expect(paperHover["result"]?["contents"]?["value"]?.string?.contains("Death notice") == true)
    let requirementHover = try client.request(
      "textDocument/hover", ["textDocument": document, "position": position("id: requester-identity", 6)])
    let fate = requirementHover["result"]?["contents"]?["value"]?.string ?? ""
    #expect(fate.contains("`commune`") && fate.contains("results-warehouse"))
    let keyHover = try client.request(
      "textDocument/hover", ["textDocument": document, "position": position("data_sources:", 2)])
    #expect(keyHover["result"]?["contents"]?["value"]?.string?.contains("data_sources") == true)

    // Definition in rules/papers.yaml; references across the catalog.
    let definition = try client.request(
      "textDocument/definition", ["textDocument": document, "position": position("paper: death-notice", 9)])
    #expect(definition["result"]?["uri"] == .string(CatalogCopy.uri(root, "rules/papers.yaml")))
    let references = try #require(
      client.request(
        "textDocument/references",
        [
          "textDocument": document, "position": position("paper: death-notice", 9),
          "context": ["includeDeclaration": true],
        ])[
          "result"]?.array)
    #expect(references.contains { $0["uri"] == .string(uri) })
    #expect(references.contains { $0["uri"] == .string(CatalogCopy.uri(root, "rules/papers.yaml")) })

    // The outline.
    let symbols = try #require(
      client.request("textDocument/documentSymbol", ["textDocument": document])["result"]?.array)
    #expect(symbols.contains { $0["name"] == "requester-identity" })
    #expect(symbols.contains { $0["name"] == "by-representative" && $0["children"] != nil })

    // Rename a source: rules/sources.yaml and every procedure listing it, in one edit.
    let rename = try client.request(
      "textDocument/rename",
      [
        "textDocument": document, "position": position("data_sources: [population", 16),
        "newName": "national-population",
      ])
    let changes = try #require(rename["result"]?["changes"]?.object)
    #expect(changes[CatalogCopy.uri(root, "rules/sources.yaml")] != nil)
    #expect(changes[uri]?.array?.count == 1)
    #expect(changes.count > 3)
    let refused = try client.request(
      "textDocument/rename",
      ["textDocument": document, "position": position("data_sources: [population", 16), "newName": "Not An Id"])
    #expect(refused["error"]?["code"] == JSON(RPCError.invalidParams))

    try client.request("shutdown")
    client.notify("exit")
    #expect(try client.waitForExit() == 0)
  }
}
