import ArgumentParser
import OneStopKit

// The values of the options, typed: the parser refuses a typo with a usage error (exit 2) that
// names the accepted values, --help lists them, and nothing a user types is force-unwrapped.

/// `--format` and the FORMAT of `--output FORMAT=PATH`.
extension OutputFormat: ExpressibleByArgument {}

/// `--min-severity`.
extension Severity: ExpressibleByArgument {}

/// `--fail-on`: the least severe finding that fails the run.
enum FailThreshold: String, CaseIterable, ExpressibleByArgument {
  case error
  case warning
}

/// `onestop diff --format`.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
  /// For a pull-request comment.
  case markdown
  case json
}

/// `--output FORMAT=PATH`: one more file to write the findings to, in its own format.
struct OutputRequest {
  let format: OutputFormat
  let path: String

  init(parsing text: String) throws {
    let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
    let formats = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
    guard parts.count == 2, let format = OutputFormat(rawValue: String(parts[0])), !parts[1].isEmpty else {
      throw ValidationError("give FORMAT=PATH with FORMAT one of \(formats)")
    }
    self.format = format
    self.path = String(parts[1])
  }
}

/// `--as-of`: a day YYYY-MM-DD.
func parseDay(_ text: String) throws -> Day {
  guard let day = Day(text) else { throw ValidationError("give a day as YYYY-MM-DD") }
  return day
}

/// `build --languages vi,en`: language codes in order (empty ones between commas are skipped). Which
/// codes exist is the policy's to say, so the build checks them against it once the rules are read.
func parseLanguages(_ text: String) throws -> [String] {
  let codes = text.split(separator: ",").map(String.init)
  guard !codes.isEmpty else {
    throw ValidationError("give language codes separated by commas, like vi,en")
  }
  return codes
}
