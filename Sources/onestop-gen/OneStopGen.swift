// onestop-gen: a deterministic generator of synthetic catalogs (issue "Performance").
//
//   onestop-gen --procedures N --seed S --out DIR [--error-rate R]
//
// Writes a complete catalog root into DIR: DIR/rules/{levels,fields,subjects,papers,sources,
// policy}.yaml and DIR/catalog/<field>/<CODE>.yaml, one file per procedure, written as it is
// generated (memory stays flat whatever N). The output depends only on the arguments: the
// generator uses its own SplitMix64, never the system's random numbers, the clock, or dictionary
// iteration order. Each procedure draws from its own stream (seed, index), so with a different
// --error-rate only the procedures that receive a mistake change.
//
// With --error-rate 0 (the default) the catalog checks with no errors (warnings and infos are
// expected: elimination findings, a few missing translations). With R > 0, floor(N * R)
// procedures, spread evenly, each receive exactly one mistake, in rotation: an unknown paper id,
// a misspelt key, the retired district level, a duplicate requirement id, and a number where text
// is expected. Deliberately independent of OneStopKit.
//
// The tables the catalog is drawn from are data, in Tables/; ProcedureWriter draws one procedure
// from them, and RulesFiles.swift writes rules/.
import ArgumentParser
import Foundation

@main
struct OneStopGen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "onestop-gen",
    abstract: "Write a synthetic catalog root, the same for the same arguments.",
    discussion: """
      Writes rules/ and catalog/<field>/<CODE>.yaml into the --out folder, for benchmarks \
      (scripts/bench) and tests. With --error-rate R, floor(N * R) procedures, spread evenly, \
      each get exactly one mistake.
      """)

  @Option(help: ArgumentHelp("Number of procedures, 1 to 3000000.", valueName: "n"))
  var procedures: Int

  @Option(help: ArgumentHelp("Seed of the generator, an unsigned 64-bit integer.", valueName: "s"))
  var seed: UInt64 = 1

  @Option(
    help: ArgumentHelp("The catalog root to write; it must not hold catalog/ or rules/ yet.", valueName: "dir"),
    completion: .directory)
  var out: String

  @Option(help: ArgumentHelp("Share of procedures, 0 to 1, that get exactly one mistake.", valueName: "r"))
  var errorRate: Double = 0

  @Flag(help: "Also write rules/checks.yaml: 20 checks written in CEL (the custom-checks benchmark).")
  var customChecks = false

  func validate() throws {
    guard (1...3_000_000).contains(procedures) else {
      throw ValidationError("--procedures takes 1 to 3000000, got '\(procedures)'")
    }
    guard !out.isEmpty else { throw ValidationError("--out needs a folder") }
    guard errorRate >= 0 && errorRate <= 1 else {
      throw ValidationError("--error-rate takes a number from 0 to 1, got '\(errorRate)'")
    }
  }

  /// Parses and runs; a usage error exits 2, as the scripts expect (ArgumentParser's default is 64).
  static func main() {
    let command: OneStopGen
    do {
      command = try parse()
    } catch {
      if exitCode(for: error) == .success { exit(withError: error) }  // --help
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(2)
    }
    command.generate()
  }

  func generate() {
    checkTables()
    let root = out.hasSuffix("/") && out.count > 1 ? String(out.dropLast()) : out
    for folder in ["catalog", "rules"] where FileManager.default.fileExists(atPath: root + "/" + folder) {
      fail("\(root)/\(folder) already exists: choose an empty --out folder")
    }
    do {
      try FileManager.default.createDirectory(atPath: root + "/rules", withIntermediateDirectories: true)
      for field in fields {
        try FileManager.default.createDirectory(
          atPath: root + "/catalog/" + field.id, withIntermediateDirectories: true)
      }
    } catch {
      fail("cannot create the folders under \(root): \(error.localizedDescription)")
    }
    for (name, text) in rulesFiles() { writeFile(root + "/rules/" + name, Array(text.utf8)) }
    if customChecks { writeFile(root + "/rules/checks.yaml", Array(customChecksFile().utf8)) }
    let tally = writeProcedures(into: root)
    print(summary(of: tally, root: root))
  }

  /// What the procedures came to: their bytes, and how many of each mistake they received.
  struct Tally {
    var totalBytes = 0
    var mistakes = Array(repeating: 0, count: Mistake.allCases.count)
    var mistakeCount = 0
  }

  /// Writes every procedure file; the buffer is reused from one to the next.
  func writeProcedures(into root: String) -> Tally {
    var output = Output()
    var tally = Tally()
    // Exactly M = floor(N * R) procedures get a mistake (a tolerance absorbs binary rounding, so
    // that 0.29 * 100 is 29), spread evenly: index i gets one when floor((i + 1) * M / N) passes an
    // integer.
    let mistakeTarget = min(procedures, Int((Double(procedures) * errorRate + 1e-6).rounded(.down)))
    for index in 0..<procedures {
      var mistake: Mistake? = nil
      if mistakeTarget > 0 && (index + 1) * mistakeTarget / procedures > index * mistakeTarget / procedures {
        mistake = Mistake(rawValue: tally.mistakeCount % Mistake.allCases.count)
        tally.mistakes[tally.mistakeCount % Mistake.allCases.count] += 1
        tally.mistakeCount += 1
      }
      output.bytes.removeAll(keepingCapacity: true)
      let (field, code) = ProcedureWriter.write(into: &output, index: index, seed: seed, mistake: mistake)
      tally.totalBytes += output.bytes.count
      writeFile(root + "/catalog/" + fields[field].id + "/" + code + ".yaml", output.bytes)
    }
    return tally
  }

  func summary(of tally: Tally, root: String) -> String {
    var summary = "onestop-gen: wrote \(procedures) procedures (\(tally.totalBytes) bytes) in \(fields.count) fields"
    summary += " and 6 rules files to \(root), seed \(seed)"
    if tally.mistakeCount > 0 {
      let kinds = Mistake.allCases.filter { tally.mistakes[$0.rawValue] > 0 }.map {
        "\(tally.mistakes[$0.rawValue]) \($0.label)"
      }
      summary += "; \(tally.mistakeCount) with one mistake: " + kinds.joined(separator: ", ")
    } else {
      summary += "; no mistakes"
    }
    return summary
  }
}

/// Self-checks of the tables: a misspelt paper id must be unknown, never another paper type.
func checkTables() {
  for id in paperIDs {
    let wrong = misspelt(id)
    precondition(!paperIDs.contains(wrong) && wrong.first != 0x2D && wrong.last != 0x2D, "bad misspelling of \(id)")
  }
}

/// Says what went wrong on standard error and exits 2.
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("onestop-gen: \(message)\n".utf8))
  exit(2)
}
