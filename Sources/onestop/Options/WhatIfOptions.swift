import ArgumentParser
import OneStopKit

/// `--assume-connected` and `--assume-digitized`: the catalog as it would be (check, build, plan).
struct WhatIfOptions: ParsableArguments {
  @Option(
    name: .customLong("assume-connected"),
    help: ArgumentHelp(
      "Judge as if SOURCE were connected at LEVEL from DATE (default: the judging day); repeatable.",
      valueName: "source@level[=date]"),
    transform: parseConnection)
  var connections: [WhatIf.Connection] = []

  @Option(
    name: .customLong("assume-digitized"),
    help: ArgumentHelp(
      "Judge as if procedure CODE issued its result PAPER digitized; repeatable.", valueName: "code:paper"),
    transform: parseDigitization)
  var digitizations: [WhatIf.Digitization] = []

  /// The what-if, or nil when no assumption is given.
  var whatIf: WhatIf? {
    let whatIf = WhatIf(connections: connections, digitizations: digitizations)
    return whatIf.isEmpty ? nil : whatIf
  }

  /// Exits 2 when an assumption names what the catalog does not hold.
  static func refuse(_ result: CheckResult) throws {
    guard !result.whatIfProblems.isEmpty else { return }
    for problem in result.whatIfProblems { printError(result.language.errorPrefix + problem) }
    throw ExitCode(2)
  }
}

func parseConnection(_ text: String) throws -> WhatIf.Connection {
  guard let connection = WhatIf.Connection(parsing: text) else {
    throw ValidationError("give SOURCE@LEVEL or SOURCE@LEVEL=YYYY-MM-DD, like land@commune=2026-01-01")
  }
  return connection
}

func parseDigitization(_ text: String) throws -> WhatIf.Digitization {
  guard let digitization = WhatIf.Digitization(parsing: text) else {
    throw ValidationError("give CODE:PAPER, like 1.004222:residence-confirmation")
  }
  return digitization
}
