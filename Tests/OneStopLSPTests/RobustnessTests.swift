import Foundation
import OneStopKit
import Testing

@testable import OneStopLSP

@Suite("LSP robustness")
struct RobustnessTests {
  @Test("bad headers, bodies that are not JSON, positions and changes out of range, a deleted file, 50 MB")
  func keepsAnswering() throws {
    let root = try CatalogCopy.make()
    let client = try LSPClient()
    try client.start(root: root)
    let path = "catalog/civil-status/1.000656.yaml"
    let uri = CatalogCopy.uri(root, path)
    let document: JSON = ["uri": .string(uri)]

    // A header without a usable length is dropped; the next message is answered.
    client.sendRaw(Array("Content-Length: abc\r\n\r\n".utf8))
    client.sendRaw(Array("X-Nothing: 1\r\n\r\n".utf8))
    #expect(try client.request("onestop/sync")["error"]?["code"] == JSON(RPCError.methodNotFound))
    // A body that is not JSON: ParseError, id null.
    client.sendRaw(Array("Content-Length: 9\r\n\r\nnot json!".utf8))
    let parse = try client.receive()
    #expect(parse["error"]?["code"] == JSON(RPCError.parseError) && parse["id"] == .null)

    // Positions past the end of a line and of the file.
    let text = try CatalogCopy.text(root, path)
    client.notify(
      "textDocument/didOpen",
      ["textDocument": ["uri": .string(uri), "version": 1, "languageId": "yaml", "text": .string(text)]])
    for position: JSON in [["line": 1, "character": 5000], ["line": 90000, "character": 3]] {
      #expect(
        try client.request("textDocument/hover", ["textDocument": document, "position": position])["error"] == nil)
      #expect(
        try client.request("textDocument/completion", ["textDocument": document, "position": position])["error"] == nil)
    }
    #expect(
      try client.request("textDocument/hover", ["textDocument": document])["error"]?["code"]
        == JSON(RPCError.invalidParams))

    // A change whose range is outside the document is clamped to it.
    client.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": 2],
        "contentChanges": [
          [
            "range": ["start": ["line": 5000, "character": 0], "end": ["line": 6000, "character": 9]],
            "text": "\n# end\n",
          ]
        ],
      ])
    #expect(
      try client.request("textDocument/documentSymbol", ["textDocument": document])["result"]?.array?.isEmpty == false)

    // The file deleted while open: its text is still the editor's; closed, it is gone.
    try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(uri), "type": 3]]])
    #expect(
      try client.request("textDocument/documentSymbol", ["textDocument": document])["result"]?.array?.isEmpty == false)
    client.notify("textDocument/didClose", ["textDocument": document])
    _ = try client.request("onestop/sync")
    #expect(client.diagnostics(uri) == [])

    // 50 MB: refused while it is read, never held; the server answers the next request.
    let size = 50 << 20
    let writer = Thread {
      client.sendRaw(Array("Content-Length: \(size)\r\n\r\n".utf8))
      let chunk = [UInt8](repeating: UInt8(ascii: " "), count: 1 << 20)
      for _ in 0..<(size >> 20) { client.sendRaw(chunk) }
    }
    writer.start()
    let refused = try client.receive()
    #expect(refused["error"]?["code"] == JSON(RPCError.invalidRequest) && refused["id"] == .null)
    #expect(try client.request("shutdown")["result"] == .null)
    client.notify("exit")
    #expect(try client.waitForExit() == 0)
  }

  @Test("JSON: escapes, surrogate pairs and nesting limits")
  func json() {
    #expect(JSON.parse(#"{"a":"Gi\u1ea5y \ud83d\ude00","b":[1,-2.5e1,true,null]}"#)?["a"] == "Giấy 😀")
    #expect(JSON.parse(#"{"a":"x"} extra"#) == .none)
    #expect(JSON.parse(String(repeating: "[", count: 500) + String(repeating: "]", count: 500)) == .none)
    let value: JSON = ["text": "Giấy \"khai\"\n sinh", "n": 3]
    #expect(JSON.parse(value.bytes) == value)
  }

  @Test("positions in UTF-16 and UTF-8 on a line holding Vietnamese text and an astral character")
  func positions() {
    let lines = LineTable("a: x\nnote: {vi: \"Giấy khai sinh 😀\", en: y}\n")
    let offset = Array("a: x\nnote: {vi: \"Giấy khai sinh 😀\", ".utf8).count
    #expect(lines.position(ofOffset: offset, .utf16) == LSPPosition(line: 1, character: 32))
    #expect(lines.position(ofOffset: offset, .utf8) == LSPPosition(line: 1, character: 36))
    #expect(lines.offset(of: LSPPosition(line: 1, character: 32), .utf16) == offset)
    #expect(lines.offset(of: LSPPosition(line: 1, character: 36), .utf8) == offset)
  }
}
