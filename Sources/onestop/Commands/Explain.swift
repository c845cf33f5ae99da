import ArgumentParser
import OneStopKit

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain a check: what it finds, why it matters, and examples.")

  @Argument(help: "The check's id, as shown in brackets in a finding: error[unknown-reference].")
  var id: String

  func run() throws {
    guard let description = CheckRegistry.description(for: id) else {
      let ids = CheckRegistry.descriptions.map(\.id)
      var message = "error: no check is named '\(id)'"
      if let suggestion = CheckDocumentation.closestID(to: id) { message += "; did you mean '\(suggestion)'?" }
      printError(message + "\n(`onestop checks` lists all \(ids.count))")
      throw ExitCode(2)
    }
    print(CheckDocumentation.explain(description), terminator: "")
  }
}
