import Foundation
import Testing

/// Building onto a full or read-only file system fails with a clear message and exit 2, and the
/// previous output stays whole. The test mounts a small tmpfs; where it cannot (no privilege),
/// it is skipped, and "CLI build" (a file size limit) and "Build" (a failing write) cover the same path.
@Suite("Disk faults", .serialized)
struct DiskFaultTests {
  static func command(_ arguments: [String]) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
  }

  static let canMount: Bool = {
    let probe = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-mount-probe-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: probe) }
    guard command(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]) == 0 else { return false }
    _ = command(["umount", probe])
    return true
  }()

  @Test(
    "a full file system and a read-only one fail with exit 2 and leave the old output whole",
    .enabled(if: canMount, "cannot mount a tmpfs here (needs root)"))
  func fullAndReadOnly() throws {
    let root = try CLIBuildTests.copyFixture()
    let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("onestop-tmpfs-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
    #expect(Self.command(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", mountPoint]) == 0)
    defer {
      _ = Self.command(["umount", mountPoint])
      try? FileManager.default.removeItem(atPath: mountPoint)
      try? FileManager.default.removeItem(at: root)
    }
    let output = mountPoint + "/generated"
    let first = try CLITests.run(["build", root.path, "--out", output])
    #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
    let before = BuildTests.files(under: output)
    let beforeJSON = try Data(contentsOf: URL(fileURLWithPath: output + "/catalog.json"))

    // Fill the file system, leaving less room than a second copy of the output needs.
    let filler = mountPoint + "/filler"
    _ = Self.command(["dd", "if=/dev/zero", "of=\(filler)", "bs=1k", "count=400"])
    // Another day, so that every document changes: an unchanged rebuild links the previous
    // files and needs almost no room.
    let full = try CLITests.run(["build", root.path, "--out", output, "--as-of", "2026-11-30"])
    #expect(full.status == 2)
    #expect(full.stderr.contains("No space left on device"), "\(full.stderr)")
    #expect(BuildTests.files(under: output) == before)
    #expect(try Data(contentsOf: URL(fileURLWithPath: output + "/catalog.json")) == beforeJSON)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: mountPoint).sorted()
    #expect(
      leftovers == [".generated.onestop-cache", "filler", "generated"],
      "the staging folder was not removed: \(leftovers)")

    try FileManager.default.removeItem(atPath: filler)
    #expect(Self.command(["mount", "-o", "remount,ro", mountPoint]) == 0)
    let readOnly = try CLITests.run(["build", root.path, "--out", output, "--as-of", "2026-11-30"])
    #expect(readOnly.status == 2)
    #expect(readOnly.stderr.contains("Read-only file system"), "\(readOnly.stderr)")
    #expect(BuildTests.files(under: output) == before)
  }
}
