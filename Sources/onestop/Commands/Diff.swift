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

  @Option(help: ArgumentHelp("markdown (for a pull-request comment) or json.", valueName: "format"))
  var format: String = "markdown"

  @Flag(help: "Exit 1 when a change burdens citizens.")
  var failOnRegression = false

  @Option(help: ArgumentHelp("Judge both catalogs at this day (YYYY-MM-DD).", valueName: "date"))
  var asOf: String?

  func validate() throws {
    if format != "markdown" && format != "json" {
      throw ValidationError("--format must be markdown or json, got '\(format)'")
    }
    if base == nil && roots.count != 2 { throw ValidationError("give OLD and NEW catalog roots, or --base REV") }
    if base != nil && roots.count > 1 { throw ValidationError("with --base give at most one catalog root") }
    if let asOf, Day(asOf) == nil { throw ValidationError("--as-of must be a date YYYY-MM-DD, got '\(asOf)'") }
  }

  func run() throws {
    var scratch: String? = nil
    defer { if let scratch { TreeComparison.remove(scratch) } }
    let oldRoot: String
    let newRoot: String
    if let base {
      newRoot = roots.first ?? "."
      guard let folder = TreeComparison.temporaryFolder() else {
        printError("error: cannot create a temporary folder")
        throw ExitCode(2)
      }
      scratch = folder
      oldRoot = try GitRevision.materialize(revision: base, root: newRoot, into: folder)
    } else {
      oldRoot = roots[0]
      newRoot = roots[1]
    }
    var results: [CheckResult] = []
    for root in [oldRoot, newRoot] {
      guard let storage = DiskStorage(root: root) else {
        printError("error: '\(root)' is not a folder that can be read")
        throw ExitCode(2)
      }
      let result = Compiler.check(storage, options: CompileOptions(asOf: asOf.flatMap(Day.init)))
      let errors = result.summary.errors
      if errors > 0 {
        printError(
          "note: the catalog in '\(root == oldRoot && base != nil ? "revision " + base! : root)' has \(errors) error\(errors == 1 ? "" : "s"); the diff covers what could be read"
        )
      }
      results.append(result)
    }
    let diff = CatalogDiff.compare(old: results[0], new: results[1])
    print(format == "json" ? diff.json() : diff.markdown(), terminator: "")
    if failOnRegression && !diff.burdens.isEmpty { throw ExitCode(1) }
  }

}
