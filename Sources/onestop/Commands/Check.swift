import ArgumentParser
import OneStopKit

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate the catalog and rules, and list every finding.",
    discussion: """
      Reads every file under catalog/ and rules/, and reports each problem at its file, line and \
      column: YAML errors, wrong keys and types, unknown ids, and the checks listed by \
      `onestop checks`. One broken file never stops the others from being checked.
      """)

  @OptionGroup(title: "Catalog options") var catalog: CatalogOptions
  @OptionGroup(title: "Report options") var reporting: ReportOptions
  @OptionGroup(title: "What-if") var whatIf: WhatIfOptions
  @OptionGroup(title: "Language") var language: LanguageOption

  func validate() throws {
    if let problem = catalog.usageProblem ?? reporting.usageProblem {
      throw ValidationError(problem.text(language.resolve(root: catalog.root)))
    }
  }

  func run() throws {
    let storage = try catalog.storage { language.resolve(root: catalog.root) }
    var options = catalog.compileOptions
    options.language = language.explicit
    options.whatIf = whatIf.whatIf
    let result = Compiler.check(storage, options: options)
    try WhatIfOptions.refuse(result)
    let fails = try reporting.report(result, storage: storage, catalog: catalog)
    // Exit while the result is still alive: tearing down the model of a national catalog, object
    // by object, would cost more than printing it.
    finish(fails ? 1 : 0, keeping: result)
  }
}
