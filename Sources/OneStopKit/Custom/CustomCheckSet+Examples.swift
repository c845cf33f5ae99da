extension CustomCheckSet {
  /// Runs every check's examples against `catalog` (its rules, sources and digitized results),
  /// each example a procedure of its own, and reports each that does not behave as declared
  /// (`custom-check-example`), at the example in rules/checks.yaml.
  func runExamples(in catalog: Catalog) -> [Diagnostic] {
    guard !checks.isEmpty else { return [] }
    var findings = Findings(language: catalog.language)
    let language = catalog.language
    var exampleOptions = CompileOptions(jobs: 1)
    exampleOptions.language = language
    for check in checks {
      let id = check.definition.id.value
      var single = CustomCheckSet()
      single.checks = [check]
      single.globals = globals
      let sets = [(true, check.definition.triggering), (false, check.definition.nonTriggering)]
      for (triggering, examples) in sets {
        for (number, example) in examples.enumerated() {
          let name = CustomCheckWords.exampleName(triggering, number + 1, language)
          func report(_ text: CustomCheckWords.Text) {
            findings.report(
              CustomCheckExampleCheck.self, text.message, file: CustomCheckFile.path, at: example.range,
              help: text.help)
          }
          let path = "catalog/example.yaml"
          let (files, markers) = ExampleRunner.prepare(Example(example.text, path: path))
          if triggering && markers.isEmpty {
            report(CustomCheckWords.exampleNoMarker(id, name, language))
            continue
          }
          let storage = MemoryStorage(files: [path: files[path] ?? []])
          let (file, decoded) = Compiler.loadProcedure(
            path, storage, exampleOptions, catalog.rules.policy.languages)
          if let problem = file.diagnostics.first(where: { $0.severity == .error }) {
            let place = CustomCheckWords.place(problem.range.start.line, problem.range.start.column, language)
            report(CustomCheckWords.exampleInvalid(id, name, "\(place): \(problem.message)", language))
            continue
          }
          guard let procedure = decoded else {
            report(CustomCheckWords.exampleInvalid(id, name, "—", language))
            continue
          }
          var own = Findings(language: language)
          single.check(procedure, EliminationAnalysis.analyze(procedure, in: catalog), into: &own)
          struct Place: Hashable, Comparable {
            var line: Int
            var column: Int
            static func < (a: Place, b: Place) -> Bool { (a.line, a.column) < (b.line, b.column) }
          }
          let expected = triggering ? Set(markers.map { Place(line: $0.line, column: $0.column) }) : []
          var actual: [Place: String?] = [:]
          for diagnostic in own.diagnostics {
            let place = Place(line: diagnostic.range.start.line, column: diagnostic.range.start.column)
            actual[place] = diagnostic.id == id ? String?.none : diagnostic.message
          }
          let missing = expected.subtracting(actual.keys).sorted()
          let unexpected = actual.filter { !expected.contains($0.key) || $0.value != nil }.sorted { $0.key < $1.key }
          guard !missing.isEmpty || !unexpected.isEmpty else { continue }
          report(
            CustomCheckWords.exampleMismatch(
              id, name, missing: missing.map { CustomCheckWords.place($0.line, $0.column, language) },
              unexpected: unexpected.map { place, failure in
                CustomCheckWords.place(place.line, place.column, language) + (failure.map { " (\($0))" } ?? "")
              }, language))
        }
      }
    }
    return findings.diagnostics
  }
}
