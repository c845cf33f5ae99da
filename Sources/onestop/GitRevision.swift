import ArgumentParser
import Foundation
import OneStopKit

/// The catalog as it was at a git revision, for `onestop diff --base REV`: git archives catalog/
/// and rules/ at that revision, and tar unpacks them into a scratch folder.
enum GitRevision {
  /// Writes catalog/ and rules/ as they were at `revision` into `folder`/base, through git, and
  /// returns that folder; exits 2 (after saying why, in `language`) when git or tar fails.
  static func materialize(revision: String, root: String, into folder: String, language: Language) throws -> String {
    let prefix = try git(["-C", root, "rev-parse", "--show-prefix"], language).trimmingCharacters(
      in: .whitespacesAndNewlines)
    let archive = folder + "/base.tar"
    _ = try git(
      ["-C", root, "archive", "--format=tar", "-o", archive, "\(revision):\(prefix)", "catalog", "rules"], language)
    let target = folder + "/base"
    do {
      try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    } catch {
      printError(
        language.errorPrefix
          + language.say(
            vi: "không tạo được '\(target)': \(error.localizedDescription)",
            en: "cannot create '\(target)': \(error.localizedDescription)"))
      throw ExitCode(2)
    }
    _ = try run("/usr/bin/env", ["tar", "-xf", archive, "-C", target], language)
    return target
  }

  private static func git(_ arguments: [String], _ language: Language) throws -> String {
    try run("/usr/bin/env", ["git"] + arguments, language)
  }

  private static func run(_ executable: String, _ arguments: [String], _ language: Language) throws -> String {
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
      let program = arguments.first ?? executable
      printError(
        language.errorPrefix
          + language.say(vi: "không chạy được \(program): \(error)", en: "cannot run \(program): \(error)"))
      throw ExitCode(2)
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let command = arguments.joined(separator: " ")
      let output = String(decoding: message, as: UTF8.self)
      printError(
        language.errorPrefix
          + language.say(vi: "`\(command)` thất bại: \(output)", en: "`\(command)` failed: \(output)"))
      throw ExitCode(2)
    }
    return String(decoding: data, as: UTF8.self)
  }
}
