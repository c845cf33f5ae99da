import Foundation
import OneStopKit
import Testing

@testable import OneStopLSP

/// A client driving the server as an editor does: framed JSON-RPC over two pipes, the server on a
/// thread of its own (or the `onestop lsp` program, with `program: true`).
final class LSPClient: @unchecked Sendable {
  let toServer: Pipe
  let fromServer: Pipe
  private var buffer: [UInt8] = []
  private var nextID = 1
  private var thread: Thread?
  private var process: Process?
  private let done = DispatchSemaphore(value: 0)
  private(set) var exitCode: Int32?
  /// Notifications received while waiting for responses, in order.
  var notifications: [JSON] = []

  init(language: Language? = .en, maxMessage: Int = MessageReader.defaultMaxBody, program: Bool = false) throws {
    toServer = Pipe()
    fromServer = Pipe()
    if program {
      let process = Process()
      process.executableURL = try #require(LSPClient.executable("onestop"))
      process.arguments = ["lsp", "--jobs", "2"] + (language.map { ["--lang", $0.rawValue] } ?? [])
      process.standardInput = toServer
      process.standardOutput = fromServer
      process.standardError = FileHandle.nullDevice
      try process.run()
      self.process = process
    } else {
      let input = toServer.fileHandleForReading.fileDescriptor
      let output = fromServer.fileHandleForWriting.fileDescriptor
      let configuration = LanguageServer.Configuration(language: language, jobs: 2, maxMessage: maxMessage)
      let thread = Thread { [done] in
        let code = LanguageServer(configuration: configuration).run(.fileDescriptors(input: input, output: output))
        self.exitCode = code
        done.signal()
      }
      thread.stackSize = 8 << 20
      thread.start()
      self.thread = thread
    }
  }

  static func executable(_ name: String) -> URL? {
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = runner.deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }

  func sendRaw(_ bytes: [UInt8]) {
    toServer.fileHandleForWriting.write(Data(bytes))
  }

  func send(_ message: JSON) { sendRaw(frame(message)) }

  func notify(_ method: String, _ params: JSON = [:]) {
    send(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }

  /// Sends a request and waits for its response, keeping the notifications that come first.
  @discardableResult
  func request(_ method: String, _ params: JSON = [:]) throws -> JSON {
    let id = nextID
    nextID += 1
    send(["jsonrpc": "2.0", "id": JSON(id), "method": .string(method), "params": params])
    while true {
      let message = try receive()
      if message["id"] == JSON(id) { return message }
      notifications.append(message)
    }
  }

  /// The next message from the server (fails after 20 seconds).
  func receive() throws -> JSON {
    while true {
      if let message = takeFrame() { return message }
      let fd = fromServer.fileHandleForReading.fileDescriptor
      var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, 20_000) > 0 else { throw ClientError.timeout }
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      let count = read(fd, &chunk, chunk.count)
      guard count > 0 else { throw ClientError.closed }
      buffer.append(contentsOf: chunk[0..<count])
    }
  }

  private func takeFrame() -> JSON? {
    let separator: [UInt8] = [13, 10, 13, 10]
    guard let end = buffer.indices.first(where: { Array(buffer[$0..<min($0 + 4, buffer.count)]) == separator })
    else { return nil }
    let header = String(decoding: buffer[0..<end], as: UTF8.self)
    guard let length = Int(header.replacingOccurrences(of: "Content-Length: ", with: "")) else { return nil }
    guard buffer.count >= end + 4 + length else { return nil }
    let body = Array(buffer[(end + 4)..<(end + 4 + length)])
    buffer.removeFirst(end + 4 + length)
    return JSON.parse(body)
  }

  /// The diagnostics last published for `uri` among the notifications received so far.
  func diagnostics(_ uri: String) -> [JSON]? {
    notifications.last { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.string == uri }?[
      "params"]?["diagnostics"]?.array
  }

  /// Waits for the server to end (after exit); its exit code.
  func waitForExit() throws -> Int32 {
    toServer.fileHandleForWriting.closeFile()
    if let process {
      process.waitUntilExit()
      return process.terminationStatus
    }
    guard done.wait(timeout: .now() + 20) == .success else { throw ClientError.timeout }
    return exitCode ?? -1
  }

  /// initialize (offering `encodings`), then initialized; the initialize result.
  @discardableResult
  func start(root: URL, encodings: [String] = ["utf-16"]) throws -> JSON {
    let result = try request(
      "initialize",
      [
        "processId": .null, "rootUri": .string(root.absoluteString),
        "capabilities": ["general": ["positionEncodings": .array(encodings.map(JSON.string))]],
      ])
    notify("initialized")
    // A request after `initialized` is answered after every first diagnostic is published.
    _ = try request("onestop/sync")
    return result
  }

  enum ClientError: Error {
    case timeout
    case closed
  }
}

/// A copy of the shipped catalog (catalog/ and rules/) in a temporary folder.
enum CatalogCopy {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func make() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-lsp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in ["catalog", "rules"] {
      try FileManager.default.copyItem(
        at: packageRoot.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    return folder.resolvingSymlinksInPath()
  }

  static func uri(_ root: URL, _ path: String) -> String {
    "file://" + root.path + "/" + path
  }

  static func text(_ root: URL, _ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  static func write(_ root: URL, _ path: String, _ text: String) throws {
    try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
  }
}
