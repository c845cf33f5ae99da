import Foundation
import Testing

@testable import OneStopKit

/// The file walk: links out of the root, folder loops, unreadable files, odd names, missing rules.
/// Nothing outside the root is read.
@Suite("File system")
struct FileSystemTests {
  static func root(_ extra: [String: String] = [:]) throws -> URL {
    var files = OneStopKitExampleFiles.rules
    files["catalog/1.000001.yaml"] = OneStopKitExampleFiles.procedure
    for (path, text) in extra { files[path] = text }
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-fs-\(UUID().uuidString)")
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return root
  }

  static func check(_ root: URL) -> CheckResult {
    Compiler.check(DiskStorage(root: root.path)!, options: CompileOptions(jobs: 1))
  }

  static func ids(_ result: CheckResult) -> [String] {
    result.diagnostics.filter { $0.severity == .error }.map { "\($0.id) \($0.file)" }
  }

  @Test("a link to a file outside the root is reported and not read")
  func linkOutsideRoot() throws {
    let root = try Self.root()
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
      "onestop-outside-\(UUID().uuidString).yaml")
    defer {
      try? FileManager.default.removeItem(at: root)
      try? FileManager.default.removeItem(at: outside)
    }
    try Data("secret: [unclosed\n".utf8).write(to: outside)
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("catalog/linked.yaml").path, withDestinationPath: outside.path)
    let result = Self.check(root)
    #expect(Self.ids(result) == ["path-outside-root catalog/linked.yaml"])
    #expect(!result.files.contains("catalog/linked.yaml"))
  }

  @Test("a link inside the root is followed")
  func linkInsideRoot() throws {
    let root = try Self.root()
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("shared"), withIntermediateDirectories: true)
    let procedure = OneStopKitExampleFiles.procedure.replacingOccurrences(of: "1.000001", with: "1.000002")
    try Data(procedure.utf8).write(to: root.appendingPathComponent("shared/1.000002.yaml"))
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("catalog/1.000002.yaml").path,
      withDestinationPath: root.appendingPathComponent("shared/1.000002.yaml").path)
    let result = Self.check(root)
    #expect(Self.ids(result).isEmpty)
    #expect(result.catalog.procedures.map(\.code.value) == ["1.000001", "1.000002"])
  }

  @Test("a folder loop is walked once and reported")
  func folderLoop() throws {
    let root = try Self.root()
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("catalog/again").path,
      withDestinationPath: root.appendingPathComponent("catalog").path)
    let result = Self.check(root)
    #expect(Self.ids(result) == ["folder-loop catalog/again/"])
    #expect(result.catalog.procedures.count == 1)
  }

  @Test(
    "an unreadable file is reported, the others are checked",
    .enabled(if: geteuid() != 0, "root reads every file whatever its mode"))
  func unreadableFile() throws {
    let root = try Self.root(["catalog/1.000002.yaml": "code: \"1.000002\"\n"])
    defer { try? FileManager.default.removeItem(at: root) }
    chmod(root.appendingPathComponent("catalog/1.000002.yaml").path, 0)
    let result = Self.check(root)
    #expect(Self.ids(result) == ["unreadable-file catalog/1.000002.yaml"])
  }

  @Test("a link loop cannot be read: reported, the others are checked")
  func linkLoop() throws {
    let root = try Self.root()
    defer { try? FileManager.default.removeItem(at: root) }
    let a = root.appendingPathComponent("catalog/a.yaml").path
    let b = root.appendingPathComponent("catalog/b.yaml").path
    try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
    try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
    let result = Self.check(root)
    #expect(Self.ids(result) == ["unreadable-file catalog/a.yaml", "unreadable-file catalog/b.yaml"])
    #expect(result.catalog.procedures.count == 1)
  }

  @Test("a file that cannot be read as a file is reported, the others are checked")
  func folderNamedLikeAFile() throws {
    let root = try Self.root()
    defer { try? FileManager.default.removeItem(at: root) }
    // A FIFO named .yaml: opening it for reading would block; it is not a regular file.
    let fifo = root.appendingPathComponent("catalog/pipe.yaml").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let result = Self.check(root)
    #expect(Self.ids(result).isEmpty, "special files are not catalog files")
    #expect(result.catalog.procedures.count == 1)
  }

  @Test("file names with spaces and Vietnamese letters are fine, and named in diagnostics")
  func oddNames() throws {
    let text = OneStopKitExampleFiles.procedure.replacingOccurrences(of: "field: civil-status", with: "field: nowhere")
    let root = try Self.root(["catalog/hộ tịch/1.000001 copy.yaml": text])
    defer { try? FileManager.default.removeItem(at: root) }
    let result = Self.check(root)
    #expect(Self.ids(result).contains("unknown-reference catalog/hộ tịch/1.000001 copy.yaml"))
  }

  @Test("missing rules files are one fatal error that names them, not the follow-on errors of every procedure")
  func missingRulesFile() throws {
    let root = try Self.root()
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.removeItem(at: root.appendingPathComponent("rules/subjects.yaml"))
    try FileManager.default.removeItem(at: root.appendingPathComponent("rules/levels.yaml"))
    var options = CompileOptions(jobs: 1)
    options.language = .en
    let result = Compiler.check(DiskStorage(root: root.path)!, options: options)
    #expect(result.diagnostics.map { "\($0.id) \($0.file)" } == ["missing-rules-file rules/levels.yaml"])
    #expect(result.fatal == result.diagnostics.first)
    #expect(result.diagnostics[0].message == "2 rules files are missing: rules/levels.yaml, rules/subjects.yaml")
    #expect(result.catalog.procedures.isEmpty)
  }

  @Test("a root without rules/ is one fatal error, in the run's language")
  func noRulesFolder() throws {
    let root = try Self.root()
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.removeItem(at: root.appendingPathComponent("rules"))
    // Thousands of procedures would each have given unknown-reference errors.
    for number in 2...50 {
      try Data(OneStopKitExampleFiles.procedure.utf8).write(
        to: root.appendingPathComponent("catalog/1.0000\(number < 10 ? "0" : "")\(number).yaml"))
    }
    for language in Language.allCases {
      var options = CompileOptions(jobs: 1)
      options.language = language
      let result = Compiler.check(DiskStorage(root: root.path)!, options: options)
      #expect(result.diagnostics.count == 1 && result.fatal != nil)
      let message = result.diagnostics.first?.message ?? ""
      #expect(message.contains("rules/levels.yaml") && message.contains("rules/policy.yaml"))
      #expect(message.hasPrefix(language == .vi ? "thư mục gốc không có rules/" : "the catalog root has no rules/"))
    }
  }

  @Test("the walk's findings speak the run's language")
  func walkInVietnamese() throws {
    let root = try Self.root()
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
      "onestop-outside-\(UUID().uuidString).yaml")
    defer {
      try? FileManager.default.removeItem(at: root)
      try? FileManager.default.removeItem(at: outside)
    }
    try Data("code: x\n".utf8).write(to: outside)
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("catalog/linked.yaml").path, withDestinationPath: outside.path)
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("catalog/loop").path,
      withDestinationPath: root.appendingPathComponent("catalog").path)
    var options = CompileOptions(jobs: 1)
    options.language = .vi
    let result = Compiler.check(DiskStorage(root: root.path)!, options: options)
    let messages = Dictionary(result.diagnostics.map { ($0.id, $0.message) }) { first, _ in first }
    #expect(messages["path-outside-root"]?.hasPrefix("liên kết dẫn ra ngoài thư mục gốc của danh mục") == true)
    #expect(messages["folder-loop"] == "thư mục này đã được duyệt: một liên kết tạo thành vòng lặp")
  }
}
