import Foundation
import Testing

/// `onestop eval`: an expression alone, against a procedure of the shipped catalog, and as JSON
/// lines in cel-spec's value form.
@Suite("onestop eval")
struct EvalCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  @Test("a value, a value against a procedure, and a located error with a suggestion")
  func expressions() throws {
    let alone = try CLITests.run(["eval", "[1, 2, 3].map(x, x * 2).filter(x, x > 2)"])
    #expect(alone.status == 0 && alone.stdout == "[4, 6]\n")
    let procedure = try CLITests.run(
      [
        "eval", "procedure.requirements.filter(r, r.status == 'eliminated').map(r, r.id)", "--procedure", "1.001193",
        Self.root,
      ])
    #expect(procedure.status == 0 && procedure.stdout == "[\"requester-identity\", \"residence\"]\n")
    let typo = try CLITests.run(["eval", "size(procedure.chanels)", "--procedure", "1.001193", Self.root])
    #expect(typo.status == 1)
    #expect(typo.stderr.contains("did you mean 'channels'?"), "\(typo.stderr)")
    #expect(typo.stderr.contains("\n  size(procedure.chanels)\n                 ^"), "\(typo.stderr)")
    let vietnamese = try CLITests.run(["eval", "1 / 0", "--lang", "vi"])
    #expect(vietnamese.status == 1 && vietnamese.stderr.hasPrefix("lỗi: chia cho 0"))
    let unknown = try CLITests.run(["eval", "true", "--procedure", "9.999999", Self.root])
    #expect(unknown.status == 2)
  }

  @Test("--jsonl: one line out per line in, in order, values and errors of each kind")
  func jsonLines() throws {
    let input =
      [
        #"{"expr": "1 + x", "bindings": {"x": {"int64Value": "41"}}}"#,
        #"{"expr": "'a' + s", "bindings": {"s": {"stringValue": "b"}}}"#,
        "not json",
        #"{"expr": "1 +"}"#,
        #"{"expr": "1 + true"}"#,
        #"{"expr": "1 / 0"}"#,
        #"{"expr": "[1u, 2.5, null, b'\\xff', {'k': [true]}]"}"#,
        #"{"expr": "x", "bindings": {"x": "#
          + String(repeating: #"{"listValue": {"values": ["#, count: 150) + #"{"int64Value": "1"}"#
          + String(repeating: "]}}", count: 150) + "}}",
        #"["not", "an", "object"]"#,
      ].joined(separator: "\n") + "\n"
    let process = Process()
    process.executableURL = CLITests.executable
    process.arguments = ["eval", "--jsonl", "--lang", "en"]
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    #expect(lines.count == 9)
    guard lines.count == 9 else { return }
    #expect(lines[0] == #"{"value":{"int64Value":"42"}}"#)
    #expect(lines[1] == #"{"value":{"stringValue":"ab"}}"#)
    for (line, kind) in zip(lines[2...5], ["input", "parse", "check", "eval"]) {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      let error = object?["error"] as? [String: Any]
      #expect(error?["kind"] as? String == kind, "\(line)")
      #expect((error?["message"] as? String)?.isEmpty == false)
    }
    #expect(lines[6].contains(#"{"uint64Value":"1"}"#) && lines[6].contains(#"{"bytesValue":"/w=="}"#))
    #expect(lines[6].contains(#"{"nullValue":null}"#) && lines[6].contains(#""mapValue""#))
    // Bindings nested past the limit, and a line that is JSON but not an object: input errors.
    #expect(lines[7].contains(#""kind":"input""#) && lines[7].contains("nested deeper than 100"), "\(lines[7])")
    #expect(lines[8].contains(#""kind":"input""#) && lines[8].contains("string"), "\(lines[8])")
  }
}
