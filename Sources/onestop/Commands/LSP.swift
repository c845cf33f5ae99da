import ArgumentParser
import OneStopKit
import OneStopLSP

#if canImport(Glibc)
  import Glibc
#endif

struct LSPCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lsp",
    abstract: "Run the language server on standard input and output (for editors).",
    discussion: """
      Speaks the Language Server Protocol 3.17 (JSON-RPC 2.0 with Content-Length framing) on \
      standard input and output. The catalog root is the client's rootUri or first workspace \
      folder. Findings are those of `onestop check`, as you type; completion, hover, go to \
      definition, references, outline, rename and quick fixes know rules/. docs/editors.md sets \
      up Neovim, Helix, Emacs and VS Code. Exit code: 0 after shutdown then exit, else 1.
      """)

  @Option(name: .customLong("jobs"), help: "Threads for checking (default: online cores).")
  var jobs: Int?

  @OptionGroup(title: "Language") var language: LanguageOption

  func run() throws {
    let configuration = LanguageServer.Configuration(
      language: language.explicit, jobs: max(1, jobs ?? CompileOptions.defaultJobs))
    let server = LanguageServer(configuration: configuration) { line in
      let text = Array(("onestop lsp: " + line + "\n").utf8)
      _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
    let code = server.run(.fileDescriptors(input: 0, output: 1))
    throw ExitCode(code)
  }
}
