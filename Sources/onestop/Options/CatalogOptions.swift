import ArgumentParser
import OneStopKit

#if canImport(Glibc)
  import Glibc
#endif

extension OutputFormat: ExpressibleByArgument {}

/// Options shared by the commands that compile a catalog.
struct CatalogOptions: ParsableArguments {
  @Argument(help: "The catalog root: the folder holding catalog/ and rules/.", completion: .directory)
  var root: String = "."

  @Option(
    help: ArgumentHelp(
      "Judge the catalog at this day (YYYY-MM-DD) instead of the policy's as_of.", valueName: "date"))
  var asOf: String?

  @Option(help: ArgumentHelp("Threads to use (default: the number of cores).", valueName: "n"))
  var jobs: Int?

  @Option(help: ArgumentHelp("Refuse YAML files larger than this many bytes.", valueName: "bytes"))
  var maxFileSize: Int = LoadLimits.default.maxFileSize

  @Option(help: ArgumentHelp("Refuse YAML nested deeper than this.", valueName: "levels"))
  var maxDepth: Int = LoadLimits.default.maxDepth

  @Option(help: ArgumentHelp("Refuse YAML documents of more nodes than this, aliases expanded.", valueName: "n"))
  var maxNodes: Int = LoadLimits.default.maxNodes

  @Option(help: ArgumentHelp("Show findings of this severity and above: error, warning, info.", valueName: "severity"))
  var minSeverity: String = "info"

  @Option(help: ArgumentHelp("How to print findings: human, json, sarif, github or junit.", valueName: "format"))
  var format: OutputFormat = .human

  @Option(
    name: .customLong("output"),
    help: ArgumentHelp(
      "Also write findings in FORMAT to PATH; repeat for several (sarif=onestop.sarif).", valueName: "format=path"))
  var outputs: [String] = []

  @Option(
    help: ArgumentHelp(
      "Exit 1 when there are findings of this severity or worse: error or warning.", valueName: "severity"))
  var failOn: String = "error"

  @Option(help: ArgumentHelp("Exit 1 when there are more warnings than this.", valueName: "n"))
  var maxWarnings: Int?

  @Option(help: ArgumentHelp("Report only findings that this baseline file does not hold.", valueName: "file"))
  var baseline: String?

  @Option(help: ArgumentHelp("Record today's findings in this baseline file, and exit 0.", valueName: "file"))
  var writeBaseline: String?

  @Flag(help: "Colour the output even when it is not a terminal.")
  var color = false

  @Flag(help: "Never colour the output (as NO_COLOR does).")
  var noColor = false

  func validate() throws {
    if let asOf, Day(asOf) == nil {
      throw ValidationError("--as-of must be a date YYYY-MM-DD, got '\(asOf)'")
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    if maxFileSize < 1 || maxDepth < 1 || maxNodes < 1 {
      throw ValidationError("--max-file-size, --max-depth and --max-nodes must be 1 or more")
    }
    if Severity(rawValue: minSeverity) == nil {
      throw ValidationError("--min-severity must be error, warning or info, got '\(minSeverity)'")
    }
    if failOn != "error" && failOn != "warning" {
      throw ValidationError("--fail-on must be error or warning, got '\(failOn)'")
    }
    if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
    for output in outputs {
      let parts = output.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, OutputFormat(rawValue: String(parts[0])) != nil, !parts[1].isEmpty else {
        throw ValidationError(
          "--output takes FORMAT=PATH with FORMAT one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")), got '\(output)'"
        )
      }
    }
  }

  var compileOptions: CompileOptions {
    CompileOptions(
      asOf: asOf.flatMap(Day.init),
      limits: LoadLimits(maxFileSize: maxFileSize, maxDepth: maxDepth, maxNodes: maxNodes),
      jobs: jobs ?? CompileOptions.defaultJobs)
  }

  /// The catalog root as storage, or exit 2 with a message.
  func storage() throws -> DiskStorage {
    guard let storage = DiskStorage(root: root) else {
      printError("error: '\(root)' is not a folder that can be read")
      throw ExitCode(2)
    }
    guard isDirectory(root + "/rules") || isDirectory(root + "/catalog") else {
      printError("error: '\(root)' is not a catalog root: it has neither catalog/ nor rules/")
      throw ExitCode(2)
    }
    return storage
  }

  var useColor: Bool {
    if noColor { return false }
    if color { return true }
    if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
    return isatty(STDOUT_FILENO) != 0
  }

}
