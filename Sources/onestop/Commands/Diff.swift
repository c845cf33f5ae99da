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

  func validate() throws {
    if base == nil && roots.count != 2 { throw ValidationError("give OLD and NEW catalog roots, or --base REV") }
    if base != nil && roots.count > 1 { throw ValidationError("with --base give at most one catalog root") }
  }

  func run() throws {
    var scratch: String? = nil
    defer { if let scratch { TreeComparison.remove(scratch) } }
    // Each catalog's root, and how a note names it.
    let old: (root: String, name: String)
    let new: (root: String, name: String)
    if let base {
      let root = roots.first ?? "."
      guard let folder = TreeComparison.temporaryFolder() else {
        printError("error: cannot create a temporary folder")
        throw ExitCode(2)
      }
      scratch = folder
      old = (try GitRevision.materialize(revision: base, root: root, into: folder), "revision " + base)
      new = (root, root)
    } else {
      // validate() saw two roots.
      old = (roots[0], roots[0])
      new = (roots[1], roots[1])
    }
    var results: [CheckResult] = []
    for (root, name) in [old, new] {
      guard let storage = DiskStorage(root: root) else {
        printError("error: '\(root)' is not a folder that can be read")
        throw ExitCode(2)
      }
      let result = Compiler.check(storage, options: CompileOptions(asOf: asOf))
      // A side without its rules has no procedures to compare: every one would read as removed.
      if let fatal = result.fatal {
        printError("error: the catalog in '\(name)' cannot be compared: \(fatal.message)")
        throw ExitCode(2)
      }
      let errors = result.summary.errors
      if errors > 0 {
        printError(
          "note: the catalog in '\(name)' has \(errors) error\(errors == 1 ? "" : "s"); the diff covers what could be read"
        )
      }
      results.append(result)
    }
    let diff = CatalogDiff.compare(old: results[0], new: results[1])
    print(format == .json ? diff.json() : diff.markdown(), terminator: "")
    if failOnRegression && !diff.burdens.isEmpty { throw ExitCode(1) }
  }

}
