import ArgumentParser
import OneStopKit

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain a check: what it finds, why it matters, and examples.")

  @Argument(help: "The check's id, as shown in brackets in a finding: error[unknown-reference].")
  var id: String

  @Option(help: ArgumentHelp("The catalog root whose rules/checks.yaml holds more checks.", valueName: "root"))
  var root: String = "."

  @OptionGroup(title: "Language") var language: LanguageOption

  func run() throws {
    let language = language.resolve(root: root)
    let custom = DiskStorage(root: root).map(Compiler.customCheckDescriptions) ?? []
    guard let description = CheckRegistry.description(for: id) ?? custom.first(where: { $0.id == id }) else {
      let count = CheckRegistry.descriptions.count + custom.count
      var message =
        language.errorPrefix
        + language.say(vi: "không có quy tắc kiểm tra nào mã '\(id)'", en: "no check is named '\(id)'")
      if let suggestion = CheckDocumentation.closestID(to: id, custom: custom) {
        message += language.say(vi: "; có phải là '\(suggestion)'?", en: "; did you mean '\(suggestion)'?")
      }
      printError(
        message + "\n"
          + language.say(
            vi: "(`onestop checks` liệt kê cả \(count) quy tắc)", en: "(`onestop checks` lists all \(count))"))
      throw ExitCode(2)
    }
    print(CheckDocumentation.explain(description, language: language), terminator: "")
  }
}
