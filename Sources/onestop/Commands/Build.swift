import ArgumentParser
import OneStopKit

struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Check the catalog, then write checklists, catalog.json, portal XML and report.md.",
    discussion: """
      Runs everything `check` runs. Without errors, writes into generated/ (or --out): \
      checklists/CODE.md and a page per language, CODE.html and CODE.LANG.html (the simplified \
      checklist a citizen reads, with the papers a connected database already holds left out), \
      catalog.json, portal/CODE.xml and portal/catalog.xml with their XSD, report.md (the figures \
      against Decision 468), and the portal site: index.html and report.html (the scorecard), a \
      page per language.

      The output is written into a folder beside it and swapped in at once: a failed or killed \
      build leaves the previous output whole. With errors nothing is written.

      A rebuild links the files of procedures whose inputs did not change (the procedure's \
      file, the rules, the day, the languages, the digitized results, this program) from the \
      previous output, as recorded in .NAME.onestop-cache beside it, when those files are \
      untouched since; it keeps the tree before it as .NAME.onestop-spare, so that the next \
      rebuild only touches the files that changed. --no-cache generates everything and keeps \
      no spare.
      """)

  @OptionGroup(title: "Catalog options") var catalog: CatalogOptions
  @OptionGroup(title: "Report options") var reporting: ReportOptions
  @OptionGroup(title: "What-if") var whatIf: WhatIfOptions

  @Option(help: ArgumentHelp("The output folder (default: ROOT/generated).", valueName: "folder"))
  var out: String?

  @OptionGroup(title: "Language") var language: LanguageOption

  @Option(
    help: ArgumentHelp(
      "The languages of the checklists in order, comma-separated (default: the policy's).", valueName: "vi,en"),
    transform: parseLanguages)
  var languages: [String]?

  @Flag(help: "Write nothing; exit 1 when the output folder is not what a build would write.")
  var check = false

  @Flag(help: "Generate every procedure's files, even those unchanged since the previous build.")
  var noCache = false

  /// Progress lines go to standard output with human output, else to standard error, so that
  /// machine formats on standard output stay parseable.
  func say(_ line: String) {
    if reporting.format == .human { print(line) } else { printError(line) }
  }

  func validate() throws {
    if let problem = catalog.usageProblem ?? reporting.usageProblem {
      throw ValidationError(problem.text(language.resolve(root: catalog.root)))
    }
    if check, whatIf.whatIf != nil {
      // What is committed is the catalog as it is: a what-if is never the output to compare with.
      throw ValidationError(
        language.resolve(root: catalog.root).say(
          vi:
            "--check so sánh với danh mục đúng như hiện có: không dùng cùng --assume-connected hay --assume-digitized",
          en:
            "--check compares with the catalog as it is: it cannot be used with --assume-connected or --assume-digitized"
        ))
    }
  }

  func run() throws {
    let storage = try catalog.storage { self.language.resolve(root: catalog.root) }
    var compileOptions = catalog.compileOptions
    compileOptions.language = self.language.explicit
    compileOptions.digests = !check && !noCache
    compileOptions.whatIf = whatIf.whatIf
    var result = Compiler.check(storage, options: compileOptions)
    try WhatIfOptions.refuse(result)
    let fails = try reporting.report(result, storage: storage, catalog: catalog)
    let language = result.language
    if result.hasErrors {
      say(language.say(vi: "chưa ghi gì: hãy sửa các lỗi trước", en: "nothing written: fix the errors first"))
      throw ExitCode(1)
    }
    // The findings are reported; writing needs only the catalog and the analysis.
    result.diagnostics = []
    let destination = out ?? (catalog.root == "/" ? "/generated" : catalog.root + "/generated")
    let policyLanguages = result.catalog.rules.policy.languages
    if let languages, let unknown = languages.first(where: { !policyLanguages.contains($0) }) {
      let known = policyLanguages.joined(separator: ", ")
      printError(
        language.errorPrefix
          + language.say(
            vi: "--languages '\(unknown)' không phải một ngôn ngữ của rules/policy.yaml (\(known))",
            en: "--languages '\(unknown)' is not one of the policy's languages (\(known))"))
      throw ExitCode(2)
    }
    if check {
      try compare(result, with: destination, jobs: compileOptions.jobs, language: language)
      if fails { throw ExitCode(1) }
      return
    }
    try write(result, to: destination, jobs: compileOptions.jobs, language: language)
    finish(fails ? 1 : 0, keeping: result)
  }

  /// `--check`: builds into a scratch folder and compares with `destination`; exits 1 when they differ.
  func compare(_ result: CheckResult, with destination: String, jobs: Int, language: Language) throws {
    guard let scratch = TreeComparison.temporaryFolder() else {
      printError(
        language.errorPrefix + language.say(vi: "không tạo được thư mục tạm", en: "cannot create a temporary folder"))
      throw ExitCode(2)
    }
    defer { TreeComparison.remove(scratch) }
    do {
      _ = try Builder.build(
        result, options: BuildOptions(output: scratch + "/out", languages: languages, jobs: jobs, cache: false))
    } catch {
      printError(language.errorPrefix + error.text(language))
      throw ExitCode(2)
    }
    let differences = TreeComparison.differences(expected: destination, actual: scratch + "/out", language: language)
    if differences.isEmpty {
      say(language.say(vi: "\(destination) đã là bản mới nhất", en: "\(destination) is current"))
      return
    }
    let count = differences.count
    say(
      language.say(
        vi: "\(destination) chưa phải bản mới nhất: \(count) tệp sẽ thay đổi",
        en: "\(destination) is not current: \(count) file\(count == 1 ? "" : "s") would change"))
    for path in differences.prefix(50) { say("  \(path)") }
    if count > 50 { say(language.say(vi: "  ... và \(count - 50) tệp khác", en: "  ... and \(count - 50) more")) }
    say(language.say(vi: "chạy `onestop build` rồi commit kết quả", en: "run `onestop build` and commit the result"))
    throw ExitCode(1)
  }

  /// Writes the output into `destination` (swapped in whole), and says what it wrote.
  func write(_ result: CheckResult, to destination: String, jobs: Int, language: Language) throws {
    do {
      let summary = try Builder.build(
        result, options: BuildOptions(output: destination, languages: languages, jobs: jobs, cache: !noCache))
      let (files, procedures, reused) = (summary.files, summary.procedures, summary.reused)
      if summary.current {
        say(
          language.say(
            vi: "\(destination) đã là bản mới nhất: không có gì để ghi (\(files) tệp, \(procedures) thủ tục "
              + "không đổi từ lần build trước)",
            en: "\(destination) is current: nothing to write (\(files) files, \(procedures) procedures "
              + "unchanged since the previous build)"))
      } else {
        let (eliminated, requirements, partly) = (summary.eliminated, summary.requirements, summary.partlyEliminated)
        say(
          language.say(
            vi: "đã ghi \(files) tệp vào \(destination): \(procedures) thủ tục"
              + (reused > 0 ? " (\(reused) thủ tục không đổi từ lần build trước)" : "")
              + ", \(eliminated) trên \(requirements) giấy tờ được cắt giảm, \(partly) cắt giảm một phần",
            en: "wrote \(files) files to \(destination): \(procedures) procedures"
              + (reused > 0 ? " (\(reused) unchanged since the previous build)" : "")
              + ", \(eliminated) of \(requirements) papers eliminated, \(partly) partly"))
      }
    } catch {
      printError(language.errorPrefix + error.text(language))
      throw ExitCode(2)
    }
  }
}
