import ArgumentParser
import OneStopKit

struct ChecksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checks",
    abstract: "List every check with its default severity and summary.",
    discussion: "The built-in checks, then those of ROOT's rules/checks.yaml, written in CEL (docs/rules.md).")

  @Flag(help: "Write the Markdown reference (docs/checks.md; docs/vi/checks.md with --lang vi) instead of the list.")
  var markdown = false

  @Option(help: ArgumentHelp("The catalog root whose rules/checks.yaml is listed too.", valueName: "root"))
  var root: String = "."

  @OptionGroup(title: "Language") var language: LanguageOption

  func run() throws {
    let language = language.resolve(root: root)
    let custom = DiskStorage(root: root).map(Compiler.customCheckDescriptions) ?? []
    print(
      markdown
        ? CheckDocumentation.markdown(language: language, custom: custom)
        : CheckDocumentation.list(language: language, custom: custom),
      terminator: "")
  }
}
