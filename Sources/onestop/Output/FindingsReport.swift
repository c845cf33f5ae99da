import ArgumentParser
import OneStopKit

#if canImport(Glibc)
  import Glibc
#endif

extension ReportOptions {
  /// Prints and writes the findings as asked, and says whether the run fails (`--fail-on`,
  /// `--max-warnings`). With `--write-baseline`, records them and exits 0.
  func report(_ result: CheckResult, storage: DiskStorage, catalog: CatalogOptions) throws -> Bool {
    let language = result.language
    // A catalog that cannot be judged (its rules files missing) gets its one error, no baseline,
    // and exit 2.
    if result.fatal != nil {
      try show(result.diagnostics, DiagnosticSummary(result.diagnostics), result, stale: [], storage, catalog)
      throw ExitCode(2)
    }
    if let writeBaseline {
      let recorded = Baseline.record(result.diagnostics, storage: storage)
      try writeFile(writeBaseline, recorded.encoded(), language: language)
      let count = recorded.entries.reduce(0) { $0 + $1.count }
      printError(
        language.say(
          vi: "đã ghi \(count) phát hiện vào tệp mốc \(writeBaseline)",
          en: "wrote \(count) findings to the baseline \(writeBaseline)"))
      throw ExitCode(0)
    }
    var diagnostics = result.diagnostics
    var stale: [Baseline.Entry] = []
    if let baseline {
      guard case .bytes(let bytes) = readFile(baseline), let loaded = Baseline.decode(bytes) else {
        printError(
          language.errorPrefix
            + language.say(
              vi: "không đọc được tệp mốc '\(baseline)' (tạo tệp mốc bằng --write-baseline)",
              en: "cannot read the baseline '\(baseline)' (write one with --write-baseline)"))
        throw ExitCode(2)
      }
      let outcome = loaded.apply(to: diagnostics, storage: storage)
      diagnostics = outcome.new
      stale = outcome.stale
    }
    // Filtered only when something is hidden: a copy of a national catalog's findings is 30 MB.
    let shown = minSeverity == .info ? diagnostics : diagnostics.filter { $0.severity >= minSeverity }
    let counts = DiagnosticSummary(diagnostics)
    try show(shown, counts, result, stale: stale, storage, catalog)
    if counts.errors > 0 { return true }
    if failOn == .warning && counts.warnings > 0 { return true }
    if let maxWarnings, counts.warnings > maxWarnings {
      printError(
        language.errorPrefix
          + language.say(
            vi: "\(counts.warnings) cảnh báo, nhiều hơn --max-warnings \(maxWarnings)",
            en: "\(counts.warnings) warnings, more than --max-warnings \(maxWarnings)"))
      return true
    }
    return false
  }

  /// Prints the findings in `--format` and writes each `--output`.
  private func show(
    _ shown: [Diagnostic], _ counts: DiagnosticSummary, _ result: CheckResult, stale: [Baseline.Entry],
    _ storage: DiskStorage, _ catalog: CatalogOptions
  ) throws {
    fflush(nil)  // what print left in its buffer goes first
    render(format, shown, counts, result, stale: stale, storage: storage, catalog: catalog) {
      writeAll(STDOUT_FILENO, $0)
    }
    for output in outputs {
      try writeFile(output.path, language: result.language) { write in
        render(
          output.format, shown, counts, result, stale: stale, storage: storage, catalog: catalog, colored: false,
          into: write)
      }
    }
  }

  /// Renders the findings in `format`, handing the text to `write` a piece at a time (the human
  /// format is rendered a few runs of findings at a time, on every core).
  func render(
    _ format: OutputFormat, _ diagnostics: [Diagnostic], _ counts: DiagnosticSummary, _ result: CheckResult,
    stale: [Baseline.Entry], storage: DiskStorage, catalog: CatalogOptions, colored: Bool? = nil,
    into write: (String) -> Void
  ) {
    switch format {
    case .human:
      let renderer = HumanRenderer(colored: colored ?? useColor, language: result.language) { path in
        if case .bytes(let bytes) = storage.read(path, limit: catalog.maxFileSize) { return bytes }
        return nil
      }
      renderer.render(diagnostics, jobs: catalog.compileOptions.jobs, into: write)
      var text = ""
      for entry in stale { text += staleLine(entry, result.language) + "\n" }
      // The summary counts every finding, also those --min-severity hides.
      write(text + HumanRenderer.summary(counts, files: result.fileCount, language: result.language) + "\n")
    case .json:
      write(MachineFormats.json(diagnostics, files: result.fileCount, stale: stale))
    case .sarif:
      write(
        MachineFormats.sarif(diagnostics, language: result.language, custom: result.catalog.customChecks.descriptions))
    case .github:
      write(MachineFormats.github(diagnostics, language: result.language))
    case .junit:
      write(MachineFormats.junit(diagnostics, files: result.files, language: result.language))
    }
  }

  /// A baseline entry that no longer occurs, for people.
  func staleLine(_ entry: Baseline.Entry, _ language: Language) -> String {
    let place = entry.path.isEmpty ? language.say(vi: "(cả tệp)", en: "(file)") : entry.path
    return language.say(
      vi: "tệp mốc: \(entry.count) phát hiện '\(entry.check)' tại \(entry.file) \(place) không còn xuất hiện",
      en:
        "baseline: \(entry.count) \(entry.check) finding\(entry.count == 1 ? "" : "s") at \(entry.file) \(place) no longer occur\(entry.count == 1 ? "s" : "")"
    )
  }
}
