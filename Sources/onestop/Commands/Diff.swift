import ArgumentParser
import OneStopKit

struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Report what changed between two catalogs, in the procedures' terms.",
    discussion: """
      Compares two catalog roots (OLD NEW), or, with --base REV, the catalog in ROOT with the \
      same catalog at a git revision. Every change is classified: procedures added or removed, \
      requirements added, removed or changed, papers newly eliminated or no longer eliminated \
      (and why), fees raised or lowered, times longer or shorter, channels, levels and legal basis.

      With --fail-on-regression, exits 1 when a change burdens citizens: a new requirement for a \
      paper a listed connected source provides, a requirement no longer eliminated, a higher fee, \
      a longer time, or a channel removed.
      """)

  @Argument(help: "OLD NEW, or with --base only the catalog root (default: the current folder).")
  var roots: [String] = []

  @Option(help: ArgumentHelp("Compare with the catalog at this git revision.", valueName: "rev"))
  var base: String?

  @Option(help: ArgumentHelp("The report's format: markdown for a pull-request comment.", valueName: "format"))
  var format: DiffFormat = .markdown

  @Flag(help: "Exit 1 when a change burdens citizens.")
  var failOnRegression = false

  @Option(
    help: ArgumentHelp("Judge both catalogs at this day (YYYY-MM-DD).", valueName: "date"), transform: parseDay)
  var asOf: Day?

  @OptionGroup(title: "Language") var language: LanguageOption

  /// The new side's root: the catalog root with --base, else NEW.
  var newRoot: String { base == nil ? (roots.count > 1 ? roots[1] : ".") : (roots.first ?? ".") }

  func validate() throws {
    if base == nil && roots.count != 2 {
      throw ValidationError(
        language.resolve(root: newRoot).say(
          vi: "hãy cho thư mục danh mục CŨ và MỚI, hoặc --base REV", en: "give OLD and NEW catalog roots, or --base REV"
        ))
    }
    if base != nil && roots.count > 1 {
      throw ValidationError(
        language.resolve(root: newRoot).say(
          vi: "với --base chỉ cho tối đa một thư mục danh mục", en: "with --base give at most one catalog root"))
    }
  }

  func run() throws {
    let language = language.resolve(root: newRoot)
    var scratch: String? = nil
    defer { if let scratch { TreeComparison.remove(scratch) } }
    // Each catalog's root, and how a note names it.
    let old: (root: String, name: String)
    let new: (root: String, name: String)
    if let base {
      let root = roots.first ?? "."
      guard let folder = TreeComparison.temporaryFolder() else {
        printError(
          language.errorPrefix + language.say(vi: "không tạo được thư mục tạm", en: "cannot create a temporary folder"))
        throw ExitCode(2)
      }
      scratch = folder
      old = (
        try GitRevision.materialize(revision: base, root: root, into: folder, language: language),
        language.say(vi: "phiên bản ", en: "revision ") + base
      )
      new = (root, root)
    } else {
      // validate() saw two roots.
      old = (roots[0], roots[0])
      new = (roots[1], roots[1])
    }
    var results: [CheckResult] = []
    for (root, name) in [old, new] {
      guard let storage = DiskStorage(root: root) else {
        printError(
          language.errorPrefix
            + language.say(vi: "không đọc được thư mục '\(root)'", en: "'\(root)' is not a folder that can be read"))
        throw ExitCode(2)
      }
      var options = CompileOptions(asOf: asOf)
      options.language = language
      let result = Compiler.check(storage, options: options)
      // A side without its rules has no procedures to compare: every one would read as removed.
      if let fatal = result.fatal {
        printError(
          language.errorPrefix
            + language.say(
              vi: "không so sánh được danh mục trong '\(name)': \(fatal.message)",
              en: "the catalog in '\(name)' cannot be compared: \(fatal.message)"))
        throw ExitCode(2)
      }
      results.append(result)
    }
    let diff = CatalogDiff.compare(old: results[0], new: results[1], language: language)
    for ((_, name), (result, failed)) in zip([old, new], zip(results, [diff.failed.old, diff.failed.new])) {
      let errors = result.summary.errors
      if !failed.isEmpty {
        let count = failed.count
        let files = failed.joined(separator: ", ")
        printError(
          language.errorPrefix
            + language.say(
              vi:
                "\(count) tệp của danh mục trong '\(name)' không đọc được; các thủ tục trong đó không được so sánh: \(files)",
              en: "\(count) file\(count == 1 ? "" : "s") of the catalog in '\(name)' could not be read; "
                + "the procedures in \(count == 1 ? "it are" : "them are") left out of the diff: \(files)"))
      } else if errors > 0 {
        printError(
          language.say(
            vi: "ghi chú: danh mục trong '\(name)' có \(errors) lỗi; bản so sánh gồm những gì đọc được",
            en:
              "note: the catalog in '\(name)' has \(errors) error\(errors == 1 ? "" : "s"); the diff covers what could be read"
          ))
      }
    }
    print(format == .json ? diff.json() : diff.markdown(), terminator: "")
    // A side that could not be read is an input error: the diff is incomplete, whatever it holds.
    if !diff.failed.isEmpty { throw ExitCode(2) }
    if failOnRegression && !diff.burdens.isEmpty { throw ExitCode(1) }
  }
}
