import Foundation
import OneStopKit
import Testing

@Suite("Check session")
struct CheckSessionTests {
  @Test("a session's findings equal check's, before and after edits to procedures and rules")
  func equalsCheck() throws {
    let root = try CatalogCopy.make()
    let options = CompileOptions(jobs: 2)
    let disk = DiskStorage(root: root.path)!
    var session = CheckSession(disk, options: options)
    #expect(session.diagnostics == Compiler.check(disk, options: options).diagnostics)

    // A typo in a paper id, a missing translation, a duplicate code: one procedure, then another.
    let first = "catalog/civil-status/1.000656.yaml"
    var text = try CatalogCopy.text(root, first)
    text = text.replacingOccurrences(of: "paper: death-notice", with: "paper: death-notise")
    text = text.replacingOccurrences(of: ", en: \"Death registration\"", with: "")
    try CatalogCopy.write(root, first, text)
    let changed = session.update([first], storage: disk)
    #expect(changed.contains(first))
    #expect(session.diagnostics == Compiler.check(disk, options: options).diagnostics)

    let second = "catalog/civil-status/1.000689.yaml"
    text = try CatalogCopy.text(root, second).replacingOccurrences(of: "code: \"1.000689\"", with: "code: \"1.000656\"")
    try CatalogCopy.write(root, second, text)
    _ = session.update([second], storage: disk)
    #expect(session.diagnostics == Compiler.check(disk, options: options).diagnostics)

    // A procedure that stops issuing a digitized result (what the results warehouse provides
    // changes), one that stops decoding, then decodes again.
    let birth = "catalog/civil-status/1.001193.yaml"
    let birthText = try CatalogCopy.text(root, birth)
    try CatalogCopy.write(root, birth, birthText.replacingOccurrences(of: "digitized: true", with: "digitized: false"))
    _ = session.update([birth], storage: disk)
    #expect(session.diagnostics == Compiler.check(disk, options: options).diagnostics)
    try CatalogCopy.write(root, birth, "code: [\n")
    _ = session.update([birth], storage: disk)
    #expect(session.diagnostics == Compiler.check(disk, options: options).diagnostics)
    try CatalogCopy.write(root, birth, birthText)
    _ = session.update([birth], storage: disk)
    #expect(session.diagnostics == Compiler.check(disk, options: options).diagnostics)

    // A rules change rechecks everything; a file removed and one added.
    let papers = try CatalogCopy.text(root, "rules/papers.yaml")
    try CatalogCopy.write(root, "rules/papers.yaml", papers + "\n  - {id: unused-paper, name: {vi: \"Giấy\"}}\n")
    _ = session.update(["rules/papers.yaml"], storage: disk)
    #expect(session.diagnostics == Compiler.check(disk, options: options).diagnostics)
    try FileManager.default.removeItem(at: root.appendingPathComponent(second))
    try CatalogCopy.write(root, "catalog/new.yaml", "code: x\n")
    _ = session.update([second, "catalog/new.yaml"], storage: disk)
    #expect(session.diagnostics == Compiler.check(disk, options: options).diagnostics)
  }

  @Test("a bundle file is checked as check checks it: its own mistakes, and a step's edit rechecks the group")
  func bundleFiles() throws {
    let root = try CatalogCopy.make()
    let options = CompileOptions(jobs: 2)
    let disk = DiskStorage(root: root.path)!
    var session = CheckSession(disk, options: options)
    let bundle = "catalog/bundles/birth-under-6.bundle.yaml"
    // An unknown step and a misspelt key, in the group's file.
    var text = try CatalogCopy.text(root, bundle)
    text = text.replacingOccurrences(of: "code: \"1.001939\"", with: "code: \"1.001999\"")
    text = text.replacingOccurrences(of: "published:", with: "publshed:")
    try CatalogCopy.write(root, bundle, text)
    #expect(session.update([bundle], storage: disk).contains(bundle))
    let ids = Set((session.findingsByFile[bundle] ?? []).map(\.id))
    #expect(ids == ["bundle-unknown-step", "unknown-key"])
    #expect(session.diagnostics == Compiler.check(disk, options: options).diagnostics)
    // A step that now issues what an earlier step asks: the group's finding comes from the step's edit.
    let step = "catalog/civil-status/1.001193.yaml"
    let stepText = try CatalogCopy.text(root, step)
    try CatalogCopy.write(
      root, step,
      stepText.replacingOccurrences(of: "paper: residence-confirmation", with: "paper: health-insurance-card"))
    _ = session.update([step], storage: disk)
    #expect(session.diagnostics == Compiler.check(disk, options: options).diagnostics)
  }
}
