import ArgumentParser
import OneStopKit

#if canImport(Glibc)
  import Glibc
#endif

struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Print the value of a CEL expression, alone or against one procedure of the catalog.",
    discussion: """
      For writing and testing the checks of rules/checks.yaml (docs/rules.md). With --procedure, \
      the catalog at ROOT is checked and the expression sees `procedure`, `rules` and `as_of` as a \
      check of scope `procedure` does. With --jsonl, each line of standard input is one JSON object \
      {"expr": "...", "bindings": {"x": VALUE}, "container": "..."} and each output line is \
      {"value": VALUE} or {"error": {"kind": "parse|check|eval|input", "message": "..."}}, VALUE in \
      the proto3 JSON form of cel.expr.Value. Exit codes: 0 a value, 1 an error in the expression, \
      2 a usage or I/O error.
      """)

  @Argument(help: "The CEL expression (not with --jsonl).")
  var expression: String?

  @Option(help: ArgumentHelp("The procedure to evaluate against: its file (catalog/...) or code.", valueName: "file"))
  var procedure: String?

  @Flag(help: "Read JSON lines from standard input; write one JSON line per input line, in order.")
  var jsonl = false

  @OptionGroup(title: "Catalog options") var catalog: CatalogOptions
  @OptionGroup(title: "Language") var language: LanguageOption

  func validate() throws {
    let language = language.resolve(root: catalog.root)
    if jsonl && (expression != nil || procedure != nil) {
      throw ValidationError(
        language.say(
          vi: "--jsonl đọc biểu thức từ đầu vào chuẩn: không kèm biểu thức hay --procedure",
          en: "--jsonl reads expressions from standard input: give no expression and no --procedure"))
    }
    if !jsonl && expression == nil {
      throw ValidationError(language.say(vi: "thiếu biểu thức CEL", en: "missing the CEL expression"))
    }
    if let problem = catalog.usageProblem { throw ValidationError(problem.text(language)) }
  }

  /// The column, in characters, of a UTF-8 offset into the expression (for the caret).
  func column(_ offset: Int) -> Int {
    guard let expression else { return 0 }
    let bytes = Array(expression.utf8)
    return String(decoding: bytes.prefix(max(0, min(offset, bytes.count))), as: UTF8.self).count
  }

  func run() throws {
    let language = language.resolve(root: catalog.root)
    if jsonl {
      while let line = readLine(strippingNewline: true) {
        if line.allSatisfy(\.isWhitespace) { continue }
        print(ExpressionEvaluation.jsonLine(line, language: language))
        fflush(nil)
      }
      return
    }
    guard let expression else { throw ExitCode(2) }
    var result: CheckResult? = nil
    var index: Int? = nil
    if let procedure {
      let storage = try catalog.storage { language }
      var options = catalog.compileOptions
      options.language = language
      let checked = Compiler.check(storage, options: options)
      guard let found = ExpressionEvaluation.procedureIndex(procedure, in: checked.catalog) else {
        printError(
          language.errorPrefix
            + language.say(
              vi: "không có thủ tục nào có tệp hoặc mã '\(procedure)' trong \(catalog.root)",
              en: "no procedure has the file or code '\(procedure)' in \(catalog.root)"))
        throw ExitCode(2)
      }
      result = checked
      index = found
    }
    switch ExpressionEvaluation.evaluate(expression, procedure: index, in: result) {
    case .success(let value):
      print(ExpressionEvaluation.display(value))
    case .failure(let error):
      var message = language.errorPrefix + language.say(vi: error.vi, en: error.en)
      if let suggestion = error.suggestion {
        message += language.say(vi: "; có phải là '\(suggestion)'?", en: "; did you mean '\(suggestion)'?")
      }
      printError(message + "\n  " + expression + "\n  " + String(repeating: " ", count: column(error.offset)) + "^")
      throw ExitCode(1)
    }
  }
}
