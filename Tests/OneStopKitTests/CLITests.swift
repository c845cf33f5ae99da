import Foundation
import Testing

/// End-to-end runs of the `onestop` executable: exit codes and the shape of the output.
@Suite("CLI")
struct CLITests {
  static let executable: URL =
    BuiltProducts.executable("onestop") ?? URL(fileURLWithPath: ".build/debug/onestop")

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    // English unless a test asks otherwise: the fixtures' policies speak Vietnamese first.
    env["ONESTOP_LANG"] = "en"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A temporary catalog root made from the example catalog plus `files`.
  static func makeRoot(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-cli-\(UUID().uuidString)")
    var all = OneStopKitExampleFiles.rules
    for (path, text) in files { all[path] = text }
    for (path, text) in all {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return root
  }

  /// Built with the Mimalloc trait, the program runs on mimalloc (Allocator.swift), not glibc's
  /// malloc: mimalloc announces itself when MIMALLOC_VERBOSE is set, which it can only do when the
  /// link put it ahead of glibc. Without the trait (the default build) nothing links it.
  @Test func programRunsOnItsAllocator() throws {
    #if Mimalloc
      let linked = true
    #else
      let linked = false
    #endif
    let verbose = try Self.run(["--version"], environment: ["MIMALLOC_VERBOSE": "1"])
    #expect(verbose.status == 0)
    #expect(verbose.stderr.contains("mimalloc: process init") == linked)
    let quiet = try Self.run(["--version"])
    #expect(!quiet.stderr.contains("mimalloc"))
  }

  @Test func cleanCatalogExitsZero() throws {
    let root = try Self.makeRoot(["catalog/1.000001.yaml": OneStopKitExampleFiles.procedure])
    defer { try? FileManager.default.removeItem(at: root) }
    let run = try Self.run(["check", root.path])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.hasSuffix("0 errors, 0 warnings, 3 infos in 7 files\n"))
  }

  @Test func errorsExitOne() throws {
    let broken = OneStopKitExampleFiles.procedure.replacingOccurrences(of: "field: civil-status", with: "field: civil")
    let root = try Self.makeRoot(["catalog/1.000001.yaml": broken])
    defer { try? FileManager.default.removeItem(at: root) }
    let run = try Self.run(["check", root.path])
    #expect(run.status == 1)
    #expect(run.stdout.contains("catalog/1.000001.yaml:3:8: error[unknown-reference]: unknown field 'civil'"))
    #expect(run.stdout.contains("1 error, 0 warnings, 3 infos in 7 files"))
    #expect(!run.stdout.contains("\u{1B}["), "no colour when not on a terminal")
  }

  @Test func warningsAloneExitZero() throws {
    let untranslated = OneStopKitExampleFiles.procedure.replacingOccurrences(
      of: ", en: Birth registration}", with: "}")
    let root = try Self.makeRoot(["catalog/1.000001.yaml": untranslated])
    defer { try? FileManager.default.removeItem(at: root) }
    let run = try Self.run(["check", root.path])
    #expect(run.status == 0)
    #expect(run.stdout.contains("warning[missing-translation]"))
    let quiet = try Self.run(["check", root.path, "--min-severity", "error"])
    #expect(!quiet.stdout.contains("warning[missing-translation]"))
  }

  @Test func usageAndIOErrorsExitTwo() throws {
    #expect(try Self.run(["check", "/nonexistent/catalog"]).status == 2)
    #expect(try Self.run(["check", "--as-of", "2025-13-01", "."]).status == 2)
    #expect(try Self.run(["check", "--no-such-option"]).status == 2)
    #expect(try Self.run(["explain", "no-such-check"]).status == 2)
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    let notRoot = try Self.run(["check", empty.path])
    #expect(notRoot.status == 2)
    #expect(notRoot.stderr.contains("not a catalog root"))
  }

  @Test("a root without rules/ or with rules files missing: one error naming them, exit 2, in check, build and diff")
  func missingRulesExitTwo() throws {
    let procedure = OneStopKitExampleFiles.procedure
    let root = try Self.makeRoot(["catalog/1.000001.yaml": procedure, "catalog/1.000002.yaml": procedure])
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.removeItem(at: root.appendingPathComponent("rules/papers.yaml"))
    let check = try Self.run(["check", root.path])
    #expect(check.status == 2)
    #expect(
      check.stdout.hasPrefix(
        "rules/papers.yaml:1:1: error[missing-rules-file]: rules file 'rules/papers.yaml' is missing\n"))
    #expect(check.stdout.contains("1 error, 0 warnings"))
    try FileManager.default.removeItem(at: root.appendingPathComponent("rules"))
    let build = try Self.run(["build", root.path, "--format", "json"], environment: ["ONESTOP_LANG": "vi"])
    #expect(build.status == 2)
    #expect(build.stdout.contains("thư mục gốc không có rules/"))
    #expect(build.stdout.components(separatedBy: "\"missing-rules-file\"").count == 2)
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("generated").path))
    let whole = try Self.makeRoot(["catalog/1.000001.yaml": procedure])
    defer { try? FileManager.default.removeItem(at: whole) }
    let diff = try Self.run(["diff", whole.path, root.path])
    #expect(diff.status == 2 && diff.stdout.isEmpty && diff.stderr.contains("cannot be compared"))
  }

  @Test func asOfChangesTheJudgement() throws {
    let district = OneStopKitExampleFiles.procedure.replacingOccurrences(
      of: "levels: [commune]", with: "levels: [district]")
    let root = try Self.makeRoot(["catalog/1.000001.yaml": district])
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(try Self.run(["check", root.path]).status == 1)
    #expect(try Self.run(["check", root.path, "--as-of", "2025-06-30"]).status == 0)
  }

  @Test func explainVersionAndHelp() throws {
    let explain = try Self.run(["explain", "paper-abolished"])
    #expect(explain.status == 0)
    #expect(explain.stdout.hasPrefix("paper-abolished: "))
    #expect(explain.stdout.contains("Triggering examples"))
    let checks = try Self.run(["checks"])
    #expect(checks.status == 0 && checks.stdout.contains("unknown-reference"))
    let version = try Self.run(["--version"])
    #expect(version.status == 0 && !version.stdout.isEmpty)
    let help = try Self.run(["--help"])
    #expect(help.status == 0 && help.stdout.contains("check"))
  }

  @Test func colourFollowsTheFlagsAndNoColor() throws {
    let broken = OneStopKitExampleFiles.procedure.replacingOccurrences(of: "field: civil-status", with: "field: civil")
    let root = try Self.makeRoot(["catalog/1.000001.yaml": broken])
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(try Self.run(["check", root.path, "--color"]).stdout.contains("\u{1B}["))
    #expect(!(try Self.run(["check", root.path, "--color", "--no-color"]).stdout.contains("\u{1B}[")))
  }
}

@Suite("CLI build")
struct CLIBuildTests {
  static func copyFixture() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-build-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for folder in ["catalog", "rules"] {
      try FileManager.default.copyItem(
        atPath: Golden.fixture("build/" + folder), toPath: root.appendingPathComponent(folder).path)
    }
    return root
  }

  @Test("a build the file system stops midway exits 2 and leaves the previous output whole")
  func fileSizeLimitKeepsOldOutput() throws {
    let root = try Self.copyFixture()
    defer { try? FileManager.default.removeItem(at: root) }
    let first = try CLITests.run(["build", root.path])
    #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
    #expect(first.stdout.contains("wrote 16 files to"))
    let generated = root.appendingPathComponent("generated").path
    let before = BuildTests.contents(under: generated)
    // Another day changes every document, catalog.json (14 KiB) among them. Under a 12 KiB limit
    // on the size of the files the process writes (SIGXFSZ ignored, so that write(2) fails with
    // EFBIG), the build writes the procedures' files and fails at catalog.json: a real I/O error
    // midway, with nothing in the program to make it fail.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      "-c", "trap '' XFSZ; ulimit -f 12; exec \"$0\" \"$@\"", CLITests.executable.path, "build", root.path, "--as-of",
      "2026-11-30",
    ]
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2, "\(stderr)")
    #expect(stderr.contains("File too large"), "\(stderr)")
    #expect(BuildTests.contents(under: generated) == before)
    let names = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
    // The build cache of the first build stays beside the output; no staging folder does.
    #expect(names == [".generated.onestop-cache", "catalog", "generated", "rules"], "no staging folder is left behind")
    // Without the limit, the same build succeeds and is current.
    #expect(try CLITests.run(["build", root.path, "--as-of", "2026-11-30"]).status == 0)
    #expect(try CLITests.run(["build", root.path, "--as-of", "2026-11-30", "--check"]).status == 0)
  }

  @Test("a build with errors writes nothing and exits 1")
  func errorsWriteNothing() throws {
    let root = try Self.copyFixture()
    defer { try? FileManager.default.removeItem(at: root) }
    let procedure = root.appendingPathComponent("catalog/civil-status/1.000894.yaml")
    let text = try String(contentsOf: procedure, encoding: .utf8).replacingOccurrences(
      of: "field: civil-status", with: "field: nowhere")
    try Data(text.utf8).write(to: procedure)
    let run = try CLITests.run(["build", root.path])
    #expect(run.status == 1)
    #expect(run.stdout.contains("nothing written"))
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("generated").path))
  }

  @Test("an output that cannot be written is an I/O error, exit 2")
  func unwritableOutput() throws {
    let root = try Self.copyFixture()
    defer { try? FileManager.default.removeItem(at: root) }
    let blocker = root.appendingPathComponent("blocker")
    try Data("a file".utf8).write(to: blocker)
    let run = try CLITests.run(["build", root.path, "--out", blocker.path + "/generated"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("error:"))
  }
}

@Suite("CLI exit policy")
struct CLIExitPolicyTests {
  static func warningRoot() throws -> URL {
    let untranslated = OneStopKitExampleFiles.procedure.replacingOccurrences(of: ", en: Birth registration}", with: "}")
    return try CLITests.makeRoot(["catalog/1.000001.yaml": untranslated])
  }

  @Test func failOnWarning() throws {
    let root = try Self.warningRoot()
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(try CLITests.run(["check", root.path]).status == 0)
    #expect(try CLITests.run(["check", root.path, "--fail-on", "warning"]).status == 1)
    #expect(try CLITests.run(["check", root.path, "--fail-on", "nonsense"]).status == 2)
  }

  @Test func maxWarnings() throws {
    let root = try Self.warningRoot()
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(try CLITests.run(["check", root.path, "--max-warnings", "1"]).status == 0)
    let over = try CLITests.run(["check", root.path, "--max-warnings", "0"])
    #expect(over.status == 1)
    #expect(over.stderr.contains("more than --max-warnings 0"))
  }

  @Test("one run prints human text and writes SARIF and JSON files")
  func severalOutputs() throws {
    let root = try Self.warningRoot()
    defer { try? FileManager.default.removeItem(at: root) }
    let sarif = root.appendingPathComponent("out.sarif").path
    let json = root.appendingPathComponent("out.json").path
    let run = try CLITests.run(["check", root.path, "--output", "sarif=\(sarif)", "--output", "json=\(json)"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("warning[missing-translation]"))
    #expect(try String(contentsOfFile: sarif, encoding: .utf8).contains("\"version\" : \"2.1.0\""))
    #expect(try String(contentsOfFile: json, encoding: .utf8).contains("\"missing-translation\""))
    #expect(try CLITests.run(["check", root.path, "--output", "xml=out.xml"]).status == 2)
  }

  @Test("baselines through the CLI")
  func baselineRoundTrip() throws {
    let root = try Self.warningRoot()
    defer { try? FileManager.default.removeItem(at: root) }
    let file = root.appendingPathComponent("baseline.json").path
    #expect(try CLITests.run(["check", root.path, "--write-baseline", file]).status == 0)
    let quiet = try CLITests.run(["check", root.path, "--baseline", file, "--fail-on", "warning"])
    #expect(quiet.status == 0)
    #expect(quiet.stdout.hasSuffix("0 errors, 0 warnings, 3 infos in 7 files\n") == false)
    #expect(!quiet.stdout.contains("missing-translation"))
    #expect(try CLITests.run(["check", root.path, "--baseline", root.appendingPathComponent("none").path]).status == 2)
  }
}
