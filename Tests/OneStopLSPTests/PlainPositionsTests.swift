import Foundation
import OneStopKit
import Testing

@testable import OneStopLSP

/// The shortcut that converts a finding's position without reading its file again
/// (`CheckSession.hasPlainPositions`) against the conversion from the text (`LineTable`).
@Suite("Plain positions")
struct PlainPositionsTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// Every finding in a file with plain positions converts the same both ways; returns how many
  /// findings took the shortcut.
  static func compare(_ root: URL) throws -> Int {
    var options = CompileOptions(jobs: 2)
    options.scanPositions = true
    let disk = try #require(DiskStorage(root: root.path))
    let session = CheckSession(disk, options: options)
    var shortcuts = 0
    for (file, findings) in session.findingsByFile where session.hasPlainPositions(file) {
      guard case .bytes(let bytes) = disk.read(file, limit: 64 << 20) else { continue }
      let lines = LineTable(bytes)
      for finding in findings {
        #expect(DiagnosticsFeature.plainRange(finding.range) == lines.range(finding.range, .utf16), "\(finding)")
        shortcuts += 1
      }
    }
    return shortcuts
  }

  @Test("on the shipped catalog and on the catalog of planted mistakes")
  func catalogs() throws {
    #expect(try Self.compare(try CatalogCopy.make()) > 50)
    #expect(try Self.compare(Self.fixtures.appendingPathComponent("diagnostics")) > 10)
  }

  @Test("a file with a BOM, a carriage return, a YAML 1.1 line break or an astral character is not plain")
  func notPlain() throws {
    let root = try CatalogCopy.make()
    let file = "catalog/civil-status/1.000656.yaml"
    let text = try CatalogCopy.text(root, file)
    var options = CompileOptions(jobs: 1)
    options.scanPositions = true
    let disk = try #require(DiskStorage(root: root.path))
    #expect(CheckSession(disk, options: options).hasPlainPositions(file))
    for variant in [
      "\u{FEFF}" + text, text.replacingOccurrences(of: "\n", with: "\r\n"), text + "# a\u{2028}b\n",
      text + "# a\u{85}b\n", text + "# 😀\n",
    ] {
      try CatalogCopy.write(root, file, variant)
      #expect(!CheckSession(disk, options: options).hasPlainPositions(file))
    }
    // Not asked for, not scanned.
    try CatalogCopy.write(root, file, text)
    #expect(!CheckSession(disk, options: CompileOptions(jobs: 1)).hasPlainPositions(file))
  }
}
