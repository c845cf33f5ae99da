import ArgumentParser
import Foundation

/// The catalog as it was at a git revision, for `onestop diff --base REV`: git archives catalog/
/// and rules/ at that revision, and tar unpacks them into a scratch folder.
enum GitRevision {
  /// Writes catalog/ and rules/ as they were at `revision` into `folder`/base, through git, and
  /// returns that folder; exits 2 (after saying why) when git or tar fails.
  static func materialize(revision: String, root: String, into folder: String) throws -> String {
    let prefix = try git(["-C", root, "rev-parse", "--show-prefix"]).trimmingCharacters(in: .whitespacesAndNewlines)
    let archive = folder + "/base.tar"
    _ = try git(["-C", root, "archive", "--format=tar", "-o", archive, "\(revision):\(prefix)", "catalog", "rules"])
    let target = folder + "/base"
    do {
      try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    } catch {
      printError("error: cannot create '\(target)': \(error.localizedDescription)")
      throw ExitCode(2)
    }
    _ = try run("/usr/bin/env", ["tar", "-xf", archive, "-C", target])
    return target
  }

  private static func git(_ arguments: [String]) throws -> String {
    try run("/usr/bin/env", ["git"] + arguments)
  }

  private static func run(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      printError("error: cannot run \(arguments.first ?? executable): \(error)")
      throw ExitCode(2)
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      printError("error: `\(arguments.joined(separator: " "))` failed: \(String(decoding: message, as: UTF8.self))")
      throw ExitCode(2)
    }
    return String(decoding: data, as: UTF8.self)
  }
}
