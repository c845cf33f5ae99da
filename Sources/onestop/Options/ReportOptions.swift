import ArgumentParser
import OneStopKit

#if canImport(Glibc)
  import Glibc
#endif

/// How findings are printed and written, and which fail the run: shared by check and build.
struct ReportOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Show findings of this severity and above.", valueName: "severity"))
  var minSeverity: Severity = .info

  @Option(help: ArgumentHelp("How to print findings.", valueName: "format"))
  var format: OutputFormat = .human

  @Option(
    name: .customLong("output"),
    help: ArgumentHelp(
      "Also write findings in FORMAT (a --format value) to PATH; repeat for several (sarif=onestop.sarif).",
      valueName: "format=path"),
    transform: OutputRequest.init(parsing:))
  var outputs: [OutputRequest] = []

  @Option(help: ArgumentHelp("Exit 1 when there are findings of this severity or worse.", valueName: "severity"))
  var failOn: FailThreshold = .error

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

  /// What is wrong with the values given, in both languages (see `CatalogOptions.usageProblem`).
  var usageProblem: Localized? {
    if let maxWarnings, maxWarnings < 0 {
      return Localized(vi: "--max-warnings phải từ 0 trở lên", en: "--max-warnings must be 0 or more")
    }
    return nil
  }

  var useColor: Bool {
    if noColor { return false }
    if color { return true }
    if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
    return isatty(STDOUT_FILENO) != 0
  }
}
