import Foundation
import OneStopKit
import OneStopLSP

/// The language server's framing and dispatcher on the example catalog (written once to a
/// temporary folder). The first byte chooses how the rest is sent: even, as raw bytes on the
/// input stream (headers and all); odd, as one correctly framed body. Around it, a client's
/// initialize, initialized and didOpen come first, shutdown and exit last. The server must end,
/// and everything it writes must be framed JSON-RPC 2.0. `file:///ROOT` in the input names the
/// catalog's folder.
enum LSPFuzzTarget {
  static let root: String = {
    let folder = NSTemporaryDirectory() + "onestop-lsp-fuzz-\(getpid())"
    for (path, text) in PipelineFuzzTarget.base {
      let url = URL(fileURLWithPath: folder + "/" + path)
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? Data(text).write(to: url)
    }
    try? Data(ExampleCatalog.procedure.utf8).write(to: URL(fileURLWithPath: folder + "/catalog/1.000001.yaml"))
    return folder
  }()

  static func framed(_ text: String) -> [UInt8] {
    Array("Content-Length: \(text.utf8.count)\r\n\r\n\(text)".utf8)
  }

  static func run(_ input: [UInt8], into report: inout FuzzReport) {
    guard let selector = input.first else { return }
    // `file:///ROOT` in the input stands for the example catalog's folder.
    let body = Array(
      String(decoding: input.dropFirst(), as: UTF8.self).replacingOccurrences(
        of: "file:///ROOT", with: "file://" + root
      )
      .utf8)
    let uri = "file://\(root)/catalog/1.000001.yaml"
    var stream = framed(
      #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"file://\#(root)","capabilities":{}}}"#)
    stream += framed(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
    let escaped = JSON.string(ExampleCatalog.procedure).text
    stream += framed(
      #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","version":1,"languageId":"yaml","text":\#(escaped)}}}"#
    )
    if selector % 2 == 0 {
      stream += body
      report.note("input: raw stream")
    } else {
      stream += Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
      report.note("input: one framed body")
    }
    stream += framed(#"{"jsonrpc":"2.0","id":"last","method":"shutdown"}"#)
    stream += framed(#"{"jsonrpc":"2.0","method":"exit"}"#)

    let input = Stream(stream)
    let output = Output()
    let server = LanguageServer(configuration: LanguageServer.Configuration(jobs: 1, maxMessage: 1 << 16))
    let code = server.run(
      Transport(
        read: { input.read(into: $0) },
        write: { bytes in
          output.append(bytes)
          return true
        }))
    report.note("exit code: \(code)")
    let written = Stream(output.bytes)
    var reader = MessageReader(Transport(read: { written.read(into: $0) }, write: { _ in true }), maxBody: Int.max)
    var errors: [Int] = []
    loop: while true {
      switch reader.next() {
      case .end: break loop
      case .badHeader(let problem):
        report.violations.append("the server wrote a bad header: \(problem)")
        break loop
      case .tooLarge: break loop
      case .message(let bytes):
        guard let message = JSON.parse(bytes), message["jsonrpc"] == "2.0" else {
          report.violations.append("the server wrote something that is not JSON-RPC")
          continue
        }
        if let error = message["error"] {
          report.require(error["code"]?.int != nil, "an error without a code")
          errors.append(error["code"]?.int ?? 0)
        }
      }
    }
    report.note("errors: " + (errors.isEmpty ? "none" : errors.map(String.init).joined(separator: " ")))
  }

  /// Bytes handed out in chunks, as a pipe does.
  final class Stream: @unchecked Sendable {
    private let bytes: [UInt8]
    private var position = 0
    private let lock = NSLock()

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
      lock.lock()
      defer { lock.unlock() }
      let count = min(buffer.count, bytes.count - position, 4096)
      guard count > 0 else { return 0 }
      bytes.withUnsafeBytes { source in
        buffer.baseAddress!.copyMemory(from: source.baseAddress! + position, byteCount: count)
      }
      position += count
      return count
    }
  }

  final class Output: @unchecked Sendable {
    private(set) var bytes: [UInt8] = []
    private let lock = NSLock()

    func append(_ more: [UInt8]) {
      lock.lock()
      bytes += more
      lock.unlock()
    }
  }
}
