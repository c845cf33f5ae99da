import ArgumentParser
import Foundation
import OneStopKit

extension OutputFormat: ExpressibleByArgument {}

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
      SchemaCommand.self,
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

func printError(_ text: String) {
  writeAll(STDERR_FILENO, text.hasSuffix("\n") ? text : text + "\n")
}

/// Writes all of `text` to a file descriptor; says whether it could.
@discardableResult
func writeAll(_ descriptor: Int32, _ text: String) -> Bool {
  var text = text
  return text.withUTF8 { buffer in
    guard let base = buffer.baseAddress else { return true }
    var offset = 0
    while offset < buffer.count {
      let written = write(descriptor, base + offset, buffer.count - offset)
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { return false }
      offset += written
    }
    return true
  }
}

/// Options shared by the commands that compile a catalog.
struct CatalogOptions: ParsableArguments {
  @Argument(help: "The catalog root: the folder holding catalog/ and rules/.", completion: .directory)
  var root: String = "."

  @Option(
    help: ArgumentHelp(
      "Judge the catalog at this day (YYYY-MM-DD) instead of the policy's as_of.", valueName: "date"))
  var asOf: String?

  @Option(help: ArgumentHelp("Threads to use (default: the number of cores).", valueName: "n"))
  var jobs: Int?

  @Option(help: ArgumentHelp("Refuse YAML files larger than this many bytes.", valueName: "bytes"))
  var maxFileSize: Int = LoadLimits.default.maxFileSize

  @Option(help: ArgumentHelp("Refuse YAML nested deeper than this.", valueName: "levels"))
  var maxDepth: Int = LoadLimits.default.maxDepth

  @Option(help: ArgumentHelp("Refuse YAML documents of more nodes than this, aliases expanded.", valueName: "n"))
  var maxNodes: Int = LoadLimits.default.maxNodes

  @Option(help: ArgumentHelp("Show findings of this severity and above: error, warning, info.", valueName: "severity"))
  var minSeverity: String = "info"

  @Option(help: ArgumentHelp("How to print findings: human, json, sarif, github or junit.", valueName: "format"))
  var format: OutputFormat = .human

  @Option(
    name: .customLong("output"),
    help: ArgumentHelp(
      "Also write findings in FORMAT to PATH; repeat for several (sarif=onestop.sarif).", valueName: "format=path"))
  var outputs: [String] = []

  @Option(
    help: ArgumentHelp(
      "Exit 1 when there are findings of this severity or worse: error or warning.", valueName: "severity"))
  var failOn: String = "error"

  @Option(help: ArgumentHelp("Exit 1 when there are more warnings than this.", valueName: "n"))
  var maxWarnings: Int?

  @Option(help: ArgumentHelp("Report only findings that this baseline file does not hold.", valueName: "file"))
  var baseline: String?

  @Option(help: ArgumentHelp("Record today's findings in this baseline file, and exit 0.", valueName: "file"))
  var writeBaseline: String?

  @Flag(help: "Colour the output even when it is not a terminal.")
  var color = false

  @Flag(help: "Never colour the output (as NO_COLOR does).")
  var noColor = false

  func validate() throws {
    if let asOf, Day(asOf) == nil {
      throw ValidationError("--as-of must be a date YYYY-MM-DD, got '\(asOf)'")
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    if maxFileSize < 1 || maxDepth < 1 || maxNodes < 1 {
      throw ValidationError("--max-file-size, --max-depth and --max-nodes must be 1 or more")
    }
    if Severity(rawValue: minSeverity) == nil {
      throw ValidationError("--min-severity must be error, warning or info, got '\(minSeverity)'")
    }
    if failOn != "error" && failOn != "warning" {
      throw ValidationError("--fail-on must be error or warning, got '\(failOn)'")
    }
    if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
    for output in outputs {
      let parts = output.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, OutputFormat(rawValue: String(parts[0])) != nil, !parts[1].isEmpty else {
        throw ValidationError(
          "--output takes FORMAT=PATH with FORMAT one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")), got '\(output)'"
        )
      }
    }
  }

  var compileOptions: CompileOptions {
    CompileOptions(
      asOf: asOf.flatMap(Day.init),
      limits: LoadLimits(maxFileSize: maxFileSize, maxDepth: maxDepth, maxNodes: maxNodes),
      jobs: jobs ?? CompileOptions.defaultJobs)
  }

  /// The catalog root as storage, or exit 2 with a message.
  func storage() throws -> DiskStorage {
    guard let storage = DiskStorage(root: root) else {
      printError("error: '\(root)' is not a folder that can be read")
      throw ExitCode(2)
    }
    guard isDirectory(root + "/rules") || isDirectory(root + "/catalog") else {
      printError("error: '\(root)' is not a catalog root: it has neither catalog/ nor rules/")
      throw ExitCode(2)
    }
    return storage
  }

  var useColor: Bool {
    if noColor { return false }
    if color { return true }
    if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
    return isatty(STDOUT_FILENO) != 0
  }

  /// Prints and writes the findings as asked, and says whether the run fails (`--fail-on`,
  /// `--max-warnings`). With `--write-baseline`, records them and exits 0.
  func report(_ result: CheckResult, storage: DiskStorage) throws -> Bool {
    if let writeBaseline {
      let recorded = Baseline.record(result.diagnostics, storage: storage)
      try writeFile(writeBaseline, recorded.encoded())
      printError("wrote \(recorded.entries.reduce(0) { $0 + $1.count }) findings to the baseline \(writeBaseline)")
      throw ExitCode(0)
    }
    var diagnostics = result.diagnostics
    var stale: [Baseline.Entry] = []
    if let baseline {
      guard case .bytes(let bytes) = readFile(baseline), let loaded = Baseline.decode(bytes) else {
        printError("error: cannot read the baseline '\(baseline)' (write one with --write-baseline)")
        throw ExitCode(2)
      }
      let outcome = loaded.apply(to: diagnostics, storage: storage)
      diagnostics = outcome.new
      stale = outcome.stale
    }
    let minimum = Severity(rawValue: minSeverity) ?? .info
    // Filtered only when something is hidden: a copy of a national catalog's findings is 30 MB.
    let shown = minimum == .info ? diagnostics : diagnostics.filter { $0.severity >= minimum }
    let counts = DiagnosticSummary(diagnostics)
    fflush(nil)  // what print left in its buffer goes first
    render(format, shown, counts, result, stale: stale, storage: storage) { writeAll(STDOUT_FILENO, $0) }
    for output in outputs {
      let parts = output.split(separator: "=", maxSplits: 1).map(String.init)
      let format = OutputFormat(rawValue: parts[0])!
      try writeFile(parts[1]) { write in
        render(format, shown, counts, result, stale: stale, storage: storage, colored: false, into: write)
      }
    }
    let summary = DiagnosticSummary(diagnostics)
    if summary.errors > 0 { return true }
    if failOn == "warning" && summary.warnings > 0 { return true }
    if let maxWarnings, summary.warnings > maxWarnings {
      printError("error: \(summary.warnings) warnings, more than --max-warnings \(maxWarnings)")
      return true
    }
    return false
  }

  /// Renders the findings in `format`, handing the text to `write` a piece at a time (the human
  /// format is rendered a few runs of findings at a time, on every core).
  func render(
    _ format: OutputFormat, _ diagnostics: [Diagnostic], _ counts: DiagnosticSummary, _ result: CheckResult,
    stale: [Baseline.Entry], storage: DiskStorage, colored: Bool? = nil, into write: (String) -> Void
  ) {
    switch format {
    case .human:
      let renderer = HumanRenderer(colored: colored ?? useColor) { path in
        if case .bytes(let bytes) = storage.read(path, limit: maxFileSize) { return bytes }
        return nil
      }
      renderer.render(diagnostics, jobs: compileOptions.jobs, into: write)
      var text = ""
      for entry in stale {
        text +=
          "baseline: \(entry.count) \(entry.check) finding\(entry.count == 1 ? "" : "s") at \(entry.file) \(entry.path.isEmpty ? "(file)" : entry.path) no longer occur\(entry.count == 1 ? "s" : "")\n"
      }
      // The summary counts every finding, also those --min-severity hides.
      write(text + HumanRenderer.summary(counts, files: result.fileCount) + "\n")
    case .json:
      write(MachineFormats.json(diagnostics, files: result.fileCount, stale: stale))
    case .sarif:
      write(MachineFormats.sarif(diagnostics))
    case .github:
      write(MachineFormats.github(diagnostics))
    case .junit:
      write(MachineFormats.junit(diagnostics, files: result.files))
    }
  }

  func writeFile(_ path: String, _ text: String) throws {
    try writeFile(path) { write in write(text) }
  }

  /// Creates (or truncates) `path` and writes to it what `body` hands over; exits 2 when it cannot.
  func writeFile(_ path: String, _ body: ((String) -> Void) -> Void) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      printError("error: cannot write '\(path)': \(String(cString: strerror(errno)))")
      throw ExitCode(2)
    }
    defer { close(fd) }
    var failed = false
    body { text in
      if !failed && !writeAll(fd, text) { failed = true }
    }
    if failed {
      printError("error: cannot write '\(path)': \(String(cString: strerror(errno)))")
      throw ExitCode(2)
    }
  }

  func readFile(_ path: String) -> StorageRead {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard let storage = DiskStorage(root: folder.isEmpty ? "/" : folder) else { return .missing }
    return storage.read(name, limit: 256 << 20)
  }
}

func isDirectory(_ path: String) -> Bool {
  var info = stat()
  return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
}

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate the catalog and rules, and list every finding.",
    discussion: """
      Reads every file under catalog/ and rules/, and reports each problem at its file, line and \
      column: YAML errors, wrong keys and types, unknown ids, and the checks listed by \
      `onestop checks`. One broken file never stops the others from being checked.
      """)

  @OptionGroup var options: CatalogOptions

  func run() throws {
    let storage = try options.storage()
    let result = Compiler.check(storage, options: options.compileOptions)
    let fails = try options.report(result, storage: storage)
    // Exit while the result is still alive: tearing down the model of a national catalog, object
    // by object, would cost more than printing it.
    finish(fails ? 1 : 0, keeping: result)
  }
}

/// Flushes standard output and exits without destroying `value`.
func finish<T>(_ code: Int32, keeping value: T) -> Never {
  fflush(nil)  // every output stream
  withExtendedLifetime(value) { exit(code) }
}

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain a check: what it finds, why it matters, and examples.")

  @Argument(help: "The check's id, as shown in brackets in a finding: error[unknown-reference].")
  var id: String

  func run() throws {
    guard let description = CheckRegistry.description(for: id) else {
      let ids = CheckRegistry.descriptions.map(\.id)
      var message = "error: no check is named '\(id)'"
      if let suggestion = CheckDocumentation.closestID(to: id) { message += "; did you mean '\(suggestion)'?" }
      printError(message + "\n(`onestop checks` lists all \(ids.count))")
      throw ExitCode(2)
    }
    print(CheckDocumentation.explain(description), terminator: "")
  }
}

struct ChecksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "checks",
    abstract: "List every check with its default severity and summary.")

  @Flag(help: "Write the Markdown reference (docs/checks.md) instead of the list.")
  var markdown = false

  func run() throws {
    print(markdown ? CheckDocumentation.markdown() : CheckDocumentation.list(), terminator: "")
  }
}

struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Check the catalog, then write checklists, catalog.json, portal XML and report.md.",
    discussion: """
      Runs everything `check` runs. Without errors, writes into generated/ (or --out): \
      checklists/CODE.md and .html (the simplified checklist a citizen reads, with the papers a \
      connected database already holds left out), catalog.json, portal/CODE.xml and \
      portal/catalog.xml with their XSD, and report.md (the figures against Decision 468).

      The output is written into a folder beside it and swapped in at once: a failed or killed \
      build leaves the previous output whole. With errors nothing is written.

      A rebuild links the files of procedures whose inputs did not change (the procedure's \
      file, the rules, the day, the languages, the digitized results, this program) from the \
      previous output, as recorded in .NAME.onestop-cache beside it, when those files are \
      untouched since; it keeps the tree before it as .NAME.onestop-spare, so that the next \
      rebuild only touches the files that changed. --no-cache generates everything and keeps \
      no spare.
      """)

  @OptionGroup var options: CatalogOptions

  @Option(help: ArgumentHelp("The output folder (default: ROOT/generated).", valueName: "folder"))
  var out: String?

  @Option(
    help: ArgumentHelp("Checklist languages in order, comma-separated (default: the policy's).", valueName: "vi,en"))
  var lang: String?

  @Flag(help: "Write nothing; exit 1 when the output folder is not what a build would write.")
  var check = false

  @Flag(help: "Generate every procedure's files, even those unchanged since the previous build.")
  var noCache = false

  func validate() throws {
    if let lang {
      let codes = lang.split(separator: ",").map(String.init)
      if codes.isEmpty || codes.contains(where: { $0.isEmpty }) {
        throw ValidationError("--lang takes language codes separated by commas, like vi,en")
      }
    }
  }

  /// Progress lines go to standard output with human output, else to standard error, so that
  /// machine formats on standard output stay parseable.
  func say(_ line: String) {
    if options.format == .human { print(line) } else { printError(line) }
  }

  func run() throws {
    let storage = try options.storage()
    var compileOptions = options.compileOptions
    compileOptions.digests = !check && !noCache
    var result = Compiler.check(storage, options: compileOptions)
    let fails = try options.report(result, storage: storage)
    if result.hasErrors {
      say("nothing written: fix the errors first")
      throw ExitCode(1)
    }
    // The findings are reported; writing needs only the catalog and the analysis.
    result.diagnostics = []
    let destination = out ?? (options.root == "/" ? "/generated" : options.root + "/generated")
    let languages = lang.map { $0.split(separator: ",").map(String.init) }
    let policyLanguages = result.catalog.rules.policy.languages
    if let languages, let unknown = languages.first(where: { !policyLanguages.contains($0) }) {
      printError(
        "error: --lang '\(unknown)' is not one of the policy's languages (\(policyLanguages.joined(separator: ", ")))")
      throw ExitCode(2)
    }
    let jobs = options.jobs ?? CompileOptions.defaultJobs
    if check {
      guard let scratch = TreeComparison.temporaryFolder() else {
        printError("error: cannot create a temporary folder")
        throw ExitCode(2)
      }
      defer { TreeComparison.remove(scratch) }
      do {
        _ = try Builder.build(
          result, options: BuildOptions(output: scratch + "/out", languages: languages, jobs: jobs, cache: false))
      } catch {
        printError("error: \(error.description)")
        throw ExitCode(2)
      }
      let differences = TreeComparison.differences(expected: destination, actual: scratch + "/out")
      if differences.isEmpty {
        say("\(destination) is current")
        if fails { throw ExitCode(1) }
        return
      }
      say("\(destination) is not current: \(differences.count) file\(differences.count == 1 ? "" : "s") would change")
      for path in differences.prefix(50) { say("  \(path)") }
      if differences.count > 50 { say("  ... and \(differences.count - 50) more") }
      say("run `onestop build` and commit the result")
      throw ExitCode(1)
    }
    do {
      let summary = try Builder.build(
        result, options: BuildOptions(output: destination, languages: languages, jobs: jobs, cache: !noCache))
      let unchanged = summary.reused > 0 ? " (\(summary.reused) unchanged since the previous build)" : ""
      if summary.current {
        say(
          "\(destination) is current: nothing to write (\(summary.files) files, \(summary.procedures) procedures "
            + "unchanged since the previous build)")
      } else {
        say(
          "wrote \(summary.files) files to \(destination): \(summary.procedures) procedures\(unchanged), "
            + "\(summary.eliminated) of \(summary.requirements) papers eliminated, \(summary.partlyEliminated) partly")
      }
    } catch {
      printError("error: \(error.description)")
      throw ExitCode(2)
    }
    finish(fails ? 1 : 0, keeping: result)
  }
}

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
      oldRoot = try materialize(revision: base, root: newRoot, into: folder)
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

  /// Writes catalog/ and rules/ as they were at `revision` into `folder`/root, through git.
  func materialize(revision: String, root: String, into folder: String) throws -> String {
    let prefix = try git(["-C", root, "rev-parse", "--show-prefix"]).trimmingCharacters(in: .whitespacesAndNewlines)
    let archive = folder + "/base.tar"
    _ = try git(["-C", root, "archive", "--format=tar", "-o", archive, "\(revision):\(prefix)", "catalog", "rules"])
    let target = folder + "/base"
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    _ = try run("/usr/bin/env", ["tar", "-xf", archive, "-C", target])
    return target
  }

  func git(_ arguments: [String]) throws -> String {
    try run("/usr/bin/env", ["git"] + arguments)
  }

  func run(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      printError("error: cannot run \(arguments.first ?? executable): \(error)")
      throw ExitCode(2)
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      printError("error: `\(arguments.joined(separator: " "))` failed: \(String(decoding: message, as: UTF8.self))")
      throw ExitCode(2)
    }
    return String(decoding: data, as: UTF8.self)
  }
}

struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Write JSON Schemas (draft 2020-12) for procedure and rules files, for editors.",
    discussion: """
      Writes procedure.schema.json and one schema per rules file. With the YAML language server, a \
      catalog file whose first line is `# yaml-language-server: $schema=../../schema/procedure.schema.json` \
      gets completion and live checks while typing. The schemas come from the same definitions \
      as the checker, so the two agree.
      """)

  @Option(help: ArgumentHelp("The folder to write into.", valueName: "folder"))
  var out: String = "schema"

  @Flag(help: "Write nothing; exit 1 when the folder's schemas are not what this version writes.")
  var check = false

  func run() throws {
    var stale: [String] = []
    for (name, text) in JSONSchemaWriter.files() {
      let path = out + "/" + name
      if check {
        let current = try? String(contentsOfFile: path, encoding: .utf8)
        if current != text { stale.append(path) }
        continue
      }
      do {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
      } catch {
        printError("error: cannot write '\(path)': \(error.localizedDescription)")
        throw ExitCode(2)
      }
    }
    if check {
      if stale.isEmpty {
        print("the schemas in \(out) are current")
        return
      }
      print("stale: " + stale.joined(separator: ", ") + " (run `onestop schema --out \(out)`)")
      throw ExitCode(1)
    }
    print("wrote \(JSONSchemaWriter.files().count) schemas to \(out)")
  }
}
