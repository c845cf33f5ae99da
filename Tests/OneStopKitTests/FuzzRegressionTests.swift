import Foundation
import OneStopTestSupport
import Testing

/// Every input that once crashed the fuzzer (Tests/Fuzz/regressions) and the seed corpus run
/// through the fuzz harness, which traps on any broken invariant.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  static let fuzz = PythonJSONSchema.packageRoot.appendingPathComponent("Tests/Fuzz")

  static func inputs(_ folder: String) -> [String] {
    let path = fuzz.appendingPathComponent(folder).path
    return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
  }

  @Test("crashing inputs found by the fuzzer stay fixed", arguments: inputs("regressions"))
  func regression(_ path: String) throws {
    let data = try #require(FileManager.default.contents(atPath: path))
    FuzzHarness.run([UInt8](data))
  }

  @Test("the seed corpus runs clean")
  func corpus() throws {
    let inputs = Self.inputs("corpus")
    #expect(inputs.count >= 10)
    for path in inputs {
      FuzzHarness.run([UInt8](try #require(FileManager.default.contents(atPath: path))))
    }
  }
}
