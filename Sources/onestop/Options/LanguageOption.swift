import ArgumentParser
import OneStopKit

#if canImport(Glibc)
  import Glibc
#endif

extension Language: ExpressibleByArgument {}

/// `--lang vi|en`: the language of every text the program writes for people (messages, notes,
/// help lines, the summary line, explanations, report.md, the diff's Markdown). Check ids, YAML
/// keys and machine fields never change with it.
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "The language of every text for people (default: ONESTOP_LANG, else the policy's first language, else en).",
      valueName: "language"))
  var lang: Language?

  /// `--lang`, else `ONESTOP_LANG`; nil leaves the choice to the policy.
  var explicit: Language? {
    if let lang { return lang }
    return Language.fromEnvironment(getenv("ONESTOP_LANG").map { String(cString: $0) })
  }

  /// `--lang`, else `ONESTOP_LANG`, else the first language of ROOT/rules/policy.yaml that
  /// OneStop speaks, else English: for the commands that read no catalog.
  func resolve(root: String = ".") -> Language {
    if let explicit { return explicit }
    return DiskStorage(root: root).flatMap(Compiler.policyLanguage) ?? .en
  }
}

extension Language {
  /// `error: `, `lỗi: `: the prefix of the CLI's own error lines.
  var errorPrefix: String { self == .vi ? "lỗi: " : "error: " }
}
