import ArgumentParser
import OneStopKit

struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Rank what to do next by the papers it frees: connections, source listings, digitized results.",
    discussion: """
      Judges each action alone against the catalog at its day: `connect` a shared database at a \
      level, `list` a database in the data_sources of the procedures whose papers it would \
      eliminate, `digitize` a procedure's result that a procedure-results source would then \
      provide. For each: the requirements it eliminates, those it partly eliminates, and the \
      procedures concerned. Ranked by eliminated, then partly.
      """)

  @OptionGroup(title: "Catalog options") var catalog: CatalogOptions
  @OptionGroup(title: "What-if") var whatIf: WhatIfOptions
  @OptionGroup(title: "Language") var language: LanguageOption

  @Option(help: ArgumentHelp("The output format.", valueName: "format"))
  var format: PlanFormat = .md

  @Option(help: ArgumentHelp("Show only the first N actions.", valueName: "n"))
  var top: Int?

  func validate() throws {
    let language = self.language.resolve(root: catalog.root)
    if let problem = catalog.usageProblem { throw ValidationError(problem.text(language)) }
    if let top, top < 1 {
      throw ValidationError(language.say(vi: "--top phải từ 1 trở lên", en: "--top must be 1 or more"))
    }
  }

  func run() throws {
    let storage = try catalog.storage { language.resolve(root: catalog.root) }
    var options = catalog.compileOptions
    options.language = language.explicit
    options.whatIf = whatIf.whatIf
    let result = Compiler.check(storage, options: options)
    if let fatal = result.fatal {
      printError(result.language.errorPrefix + fatal.message)
      throw ExitCode(2)
    }
    try WhatIfOptions.refuse(result)
    if result.hasErrors {
      let errors = result.diagnostics.count { $0.severity == .error }
      printError(
        result.language.say(
          vi: "cảnh báo: danh mục có \(errors) lỗi (xem `onestop check`); kế hoạch chỉ tính các thủ tục đọc được",
          en:
            "warning: the catalog has \(errors) error(s) (see `onestop check`); the plan counts the procedures that could be read"
        ))
    }
    let plan = Plan.compute(result.catalog, analysis: result.elimination, jobs: options.jobs).top(top)
    print(plan.render(format, catalog: result.catalog), terminator: "")
    finish(0, keeping: result)
  }
}

extension PlanFormat: ExpressibleByArgument {}
