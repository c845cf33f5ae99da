import Foundation
import OneStopKit
import Testing

@testable import OneStopLSP

@Suite("LSP lifecycle")
struct LifecycleTests {
  @Test("shutdown then exit ends the program with 0; exit without shutdown with 1")
  func exitCodes() throws {
    let root = try CatalogCopy.make()
    let client = try LSPClient(program: true)
    let initialized = try client.start(root: root)
    #expect(initialized["result"]?["capabilities"]?["positionEncoding"] == "utf-16")
    #expect(try client.request("shutdown")["result"] == .null)
    // After shutdown, requests are refused.
    #expect(try client.request("textDocument/hover")["error"]?["code"] == JSON(RPCError.invalidRequest))
    client.notify("exit")
    #expect(try client.waitForExit() == 0)

    let abrupt = try LSPClient(program: true)
    try abrupt.start(root: root)
    abrupt.notify("exit")
    #expect(try abrupt.waitForExit() == 1)
  }

  @Test("requests before initialize get ServerNotInitialized; unknown methods MethodNotFound")
  func beforeInitialize() throws {
    let root = try CatalogCopy.make()
    let client = try LSPClient()
    let early = try client.request("textDocument/hover", ["textDocument": ["uri": "file:///x"]])
    #expect(early["error"]?["code"] == JSON(RPCError.serverNotInitialized))
    try client.start(root: root)
    #expect(try client.request("no/such/method")["error"]?["code"] == JSON(RPCError.methodNotFound))
    #expect(try client.request("initialize", ["capabilities": [:]])["error"]?["code"] == JSON(RPCError.invalidRequest))
    try client.request("shutdown")
    client.notify("exit")
    #expect(try client.waitForExit() == 0)
  }
}
