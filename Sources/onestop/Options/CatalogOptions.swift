import ArgumentParser
import OneStopKit

/// Which catalog to read and how: shared by the commands that compile a catalog (check, build).
struct CatalogOptions: ParsableArguments {
  @Argument(help: "The catalog root: the folder holding catalog/ and rules/.", completion: .directory)
  var root: String = "."

  @Option(
    help: ArgumentHelp("Judge the catalog at this day (YYYY-MM-DD) instead of the policy's as_of.", valueName: "date"),
    transform: parseDay)
  var asOf: Day?

  @Option(help: ArgumentHelp("Threads to use (default: the number of cores).", valueName: "n"))
  var jobs: Int?

  @Option(help: ArgumentHelp("Refuse YAML files larger than this many bytes.", valueName: "bytes"))
  var maxFileSize: Int = LoadLimits.default.maxFileSize

  @Option(help: ArgumentHelp("Refuse YAML nested deeper than this.", valueName: "levels"))
  var maxDepth: Int = LoadLimits.default.maxDepth

  @Option(help: ArgumentHelp("Refuse YAML documents of more nodes than this, aliases expanded.", valueName: "n"))
  var maxNodes: Int = LoadLimits.default.maxNodes

  /// What is wrong with the values given, in both languages (the command throws it in the run's
  /// language: the option groups cannot see `--lang`).
  var usageProblem: Localized? {
    if let jobs, jobs < 1 { return Localized(vi: "--jobs phải từ 1 trở lên", en: "--jobs must be 1 or more") }
    if maxFileSize < 1 || maxDepth < 1 || maxNodes < 1 {
      return Localized(
        vi: "--max-file-size, --max-depth và --max-nodes phải từ 1 trở lên",
        en: "--max-file-size, --max-depth and --max-nodes must be 1 or more")
    }
    return nil
  }

  var compileOptions: CompileOptions {
    CompileOptions(
      asOf: asOf,
      limits: LoadLimits(maxFileSize: maxFileSize, maxDepth: maxDepth, maxNodes: maxNodes),
      jobs: jobs ?? CompileOptions.defaultJobs)
  }

  /// The catalog root as storage, or exit 2 with a message in `language` (asked only then).
  func storage(language: () -> Language) throws -> DiskStorage {
    guard let storage = DiskStorage(root: root) else {
      let language = language()
      printError(
        language.errorPrefix
          + language.say(vi: "không đọc được thư mục '\(root)'", en: "'\(root)' is not a folder that can be read"))
      throw ExitCode(2)
    }
    guard isDirectory(root + "/rules") || isDirectory(root + "/catalog") else {
      let language = language()
      printError(
        language.errorPrefix
          + language.say(
            vi: "'\(root)' không phải thư mục gốc của danh mục: không có catalog/ và rules/",
            en: "'\(root)' is not a catalog root: it has neither catalog/ nor rules/"))
      throw ExitCode(2)
    }
    return storage
  }
}
