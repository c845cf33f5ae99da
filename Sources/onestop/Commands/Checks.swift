import ArgumentParser
import OneStopKit

struct ChecksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checks",
    abstract: "List every check with its default severity and summary.")

  @Flag(help: "Write the Markdown reference (docs/checks.md) instead of the list.")
  var markdown = false

  func run() throws {
    print(markdown ? CheckDocumentation.markdown() : CheckDocumentation.list(), terminator: "")
  }
}
