import ArgumentParser
import OneStopKit

#if canImport(Glibc)
  import Glibc
#endif

@main
struct OneStop: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "onestop",
    abstract: "Check and compile a catalog of administrative procedures under the once-only principle.",
    discussion: """
      A catalog root holds catalog/ (one YAML file per procedure), rules/ (levels, fields, \
      subjects, paper types, shared databases, policy) and generated/ (what `build` writes).

      Start with `onestop check` in the catalog root: it lists every mistake with its file, line \
      and column. `onestop explain ID` tells what a finding means and how to fix it.

      Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error.
      """,
    version: OneStopKit.version,
    subcommands: [
      CheckCommand.self, BuildCommand.self, DiffCommand.self, ExplainCommand.self, ChecksCommand.self,
      SchemaCommand.self, EvalCommand.self, LSPCommand.self, PlanCommand.self,
    ],
    defaultSubcommand: nil)

  /// Parses and runs, mapping usage errors to exit code 2 (ArgumentParser's default is 64).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let exit as ExitCode {
      Glibc.exit(exit.rawValue)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Glibc.exit(0)
      }
      let message = fullMessage(for: error)
      if !message.isEmpty { printError(message) }
      Glibc.exit(code == .validationFailure ? 2 : code.rawValue == 1 ? 1 : 2)
    }
  }
}
