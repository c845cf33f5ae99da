import ArgumentParser
import OneStopKit

struct ChecksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checks",
    abstract: "List every check with its default severity and summary.")

  @Flag(help: "Write the Markdown reference (docs/checks.md; docs/vi/checks.md with --lang vi) instead of the list.")
  var markdown = false

  @OptionGroup(title: "Language") var language: LanguageOption

  func run() throws {
    let language = language.resolve()
    print(
      markdown ? CheckDocumentation.markdown(language: language) : CheckDocumentation.list(language: language),
      terminator: "")
  }
}
