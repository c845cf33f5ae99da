import Foundation
import Testing

@testable import OneStopKit

@Suite("Rendered diagnostics")
struct DiagnosticsGoldenTests {
  static func checkFixture() -> CheckResult {
    let storage = DiskStorage(root: Golden.fixture("diagnostics"))!
    var options = CompileOptions(jobs: 2)
    // Small enough for a committed fixture of 17 KB to trip file-too-large.
    options.limits.maxFileSize = 16 * 1024
    return Compiler.check(storage, options: options)
  }

  @Test("the fixture catalog's diagnostics render as the golden file says")
  func golden() {
    let result = Self.checkFixture()
    let storage = DiskStorage(root: Golden.fixture("diagnostics"))!
    let renderer = HumanRenderer(colored: false) { path in
      if case .bytes(let bytes) = storage.read(path, limit: 1 << 20) { return bytes }
      return nil
    }
    let text =
      renderer.render(result.diagnostics) + HumanRenderer.summary(result.summary, files: result.fileCount) + "\n"
    Golden.check(text, "diagnostics/expected.txt")
  }

  @Test("the fixture holds at least one instance of every check and decoder error")
  func coversEveryCheck() {
    let found = Set(Self.checkFixture().diagnostics.map(\.id))
    let needed = CheckRegistry.descriptions.filter { $0.stage != .files }.map(\.id)
    let missing = needed.filter { !found.contains($0) }
    #expect(missing.isEmpty, "not triggered by the fixture: \(missing)")
  }

  @Test("colour codes appear only when asked for")
  func colour() {
    let result = Self.checkFixture()
    let plain = HumanRenderer(colored: false) { _ in nil }.render(result.diagnostics)
    let coloured = HumanRenderer(colored: true) { _ in nil }.render(result.diagnostics)
    #expect(!plain.contains("\u{1B}["))
    #expect(coloured.contains("\u{1B}[1;31merror"))
  }
}
