import Foundation
import Testing

@testable import OneStopKit

@Suite("Rendered diagnostics")
struct DiagnosticsGoldenTests {
  static func checkFixture(language: Language = .en) -> CheckResult {
    let storage = DiskStorage(root: Golden.fixture("diagnostics"))!
    var options = CompileOptions(jobs: 2)
    options.language = language
    // Small enough for a committed fixture of 17 KB to trip file-too-large, and one of 5,000
    // nodes node-limit.
    options.limits.maxFileSize = 16 * 1024
    options.limits.maxNodes = 5000
    return Compiler.check(storage, options: options)
  }

  @Test(
    "the fixture catalog's diagnostics render as the golden file says, in each language", arguments: Language.allCases)
  func golden(language: Language) {
    let result = Self.checkFixture(language: language)
    let storage = DiskStorage(root: Golden.fixture("diagnostics"))!
    let renderer = HumanRenderer(colored: false, language: language) { path in
      if case .bytes(let bytes) = storage.read(path, limit: 1 << 20) { return bytes }
      return nil
    }
    let text =
      renderer.render(result.diagnostics)
      + HumanRenderer.summary(result.summary, files: result.fileCount, language: language) + "\n"
    Golden.check(text, language == .en ? "diagnostics/expected.txt" : "diagnostics/expected.vi.txt")
  }

  /// Checks have their own fixtures (`CheckFixtureTests`), so a new check need not appear here and
  /// leaves these golden files as they are.
  @Test("the fixture holds at least one instance of every loader and decoder error")
  func coversEveryInputError() {
    let found = Set(Self.checkFixture().diagnostics.map(\.id))
    let needed = InputRules.all.filter { $0.stage != .files }.map(\.id)
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

  @Test("a source line is shown as it is only where the careful path would show the same")
  func plainSourceLines() {
    let plain = ["  - {id: birth-notice, paper: birth-notice}", "name: {vi: Đăng ký kết hôn, en: Marriage}", "ư"]
    let careful = [
      "a\tb", "x\u{85}y", "x\u{2028}y", "x\u{2029}", "x\u{7F}", "\u{1}", String(repeating: "ư", count: 160),
    ]
    for line in plain + careful {
      let raw = Array(line.utf8)[...]
      var shown = ""
      var truncated = false
      let columns = HumanRenderer.appendShown(raw, from: 1, width: 160, to: &shown, truncated: &truncated)
      let fast = HumanRenderer.plainLine(raw, width: 160)
      #expect((fast != nil) == plain.contains(line), "\(line.debugDescription)")
      if let fast {
        #expect(fast.text == shown && fast.scalars == columns && !truncated)
      }
    }
    #expect(HumanRenderer.plainLine([0x61, 0xFF, 0x62][...], width: 160) == nil)
    #expect(HumanRenderer.plainLine([0x61, 0xC3][...], width: 160) == nil)
  }
}
