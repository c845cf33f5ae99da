import Testing

@testable import OneStopKit

/// The elimination rules of docs/format.md, one case each, on the example rules: population
/// (citizen-id, residence-confirmation; central and provincial 2021-07-01, commune 2021-12-31),
/// civil-status (marriage-certificate; provincial 2022-06-30, commune 2027-01-01) and the results
/// warehouse (procedure results; central 2022-01-01, provincial 2022-06-30, commune 2022-12-31).
@Suite("Elimination")
struct EliminationTests {
  static func analyze(
    levels: String = "[commune]", sources: String = "[population]", papers: String, asOf: String = "2026-11-29",
    extraProcedures: [String: String] = [:], results: String = "[{paper: birth-certificate, digitized: true}]"
  ) -> [String: EliminationAnalysis.RequirementResult] {
    var files = Self.files(levels: levels, sources: sources, papers: papers, results: results)
    for (path, text) in extraProcedures { files[path] = text }
    let result = Compiler.check(MemoryStorage(texts: files), options: CompileOptions(asOf: Day(asOf), jobs: 1))
    let index = result.catalog.procedures.firstIndex { $0.code.value == "1.000001" }!
    var byID: [String: EliminationAnalysis.RequirementResult] = [:]
    for item in result.elimination.procedures[index].requirements { byID[item.requirementID] = item }
    return byID
  }

  /// The example rules and procedure 1.000001 with these levels, sources, papers and results.
  static func files(
    levels: String = "[commune]", sources: String = "[population]", papers: String,
    results: String = "[{paper: birth-certificate, digitized: true}]"
  ) -> [String: String] {
    var files = ExampleCatalog.rules
    files["catalog/1.000001.yaml"] = """
      code: "1.000001"
      name: {vi: Thủ tục, en: Procedure}
      field: civil-status
      levels: \(levels)
      data_sources: \(sources)
      papers:
      \(papers)
      results: \(results)
      """
    return files
  }

  @Test("provisions go source by source in data_sources order, then paper by paper; missed-source's in rules order")
  func provisionOrder() {
    // citizen-id from population, birth-certificate (the procedure's own digitized result) from
    // the results warehouse: paper by paper, the warehouse's would come first.
    let papers = "  - {id: identity, any_of: [birth-certificate, citizen-id]}"
    let orders = [
      ("[population, results-warehouse]", ["population citizen-id", "results-warehouse birth-certificate"]),
      ("[results-warehouse, population]", ["results-warehouse birth-certificate", "population citizen-id"]),
    ]
    for (sources, expected) in orders {
      let provisions = Self.analyze(sources: sources, papers: papers)["identity"]?.levels.first?.provisions
      #expect(provisions?.map { "\($0.source) \($0.paper)" } == expected, "data_sources: \(sources)")
    }
    var options = CompileOptions(jobs: 1)
    options.language = .en
    let result = Compiler.check(MemoryStorage(texts: Self.files(sources: "[]", papers: papers)), options: options)
    let missed = result.diagnostics.first { $0.id == "missed-source" }?.message ?? ""
    #expect(
      missed.hasSuffix(
        "'citizen-id' from 'population' (commune since 2021-12-31), "
          + "'birth-certificate' from 'results-warehouse' (commune since 2022-12-31)"), "\(missed)")
  }

  @Test("a procedure of 20,000 requirements: every duplicate id and unknown paper found, each at its place")
  func wideProcedure() {
    // Past a few requirements, duplicate ids are found through a dictionary, not by searching
    // every earlier id (quadratic: minutes on a 3 MB file of 100,000 requirements).
    var papers = ""
    for index in 0..<20_000 {
      let paper = index % 1000 == 0 ? "nope\(index)" : "citizen-id"
      papers += "  - {id: r\(index), paper: \(paper)}\n"
    }
    papers += "  - {id: r5, paper: citizen-id}\n  - {id: r19999, paper: citizen-id}\n  - {id: r5, paper: citizen-id}\n"
    let result = Compiler.check(MemoryStorage(texts: Self.files(papers: papers)), options: CompileOptions(jobs: 1))
    let duplicates = result.diagnostics.filter { $0.id == "duplicate-requirement-id" }
    #expect(duplicates.map(\.range.start.line) == [20_007, 20_008, 20_009])
    #expect(duplicates.compactMap { $0.notes.first?.location?.range.start.line } == [12, 20_006, 12])
    let unknown = result.diagnostics.filter { $0.id == "unknown-reference" }
    #expect(unknown.count == 20)
    #expect(unknown.first?.range.start.line == 7)
  }

  @Test func listedConnectedSourceEliminates() {
    let result = Self.analyze(papers: "  - {id: identity, paper: citizen-id}")
    #expect(result["identity"]?.status == .eliminated)
    #expect(
      result["identity"]?.levels.first?.provisions
        == [EliminationAnalysis.Provision(source: "population", paper: "citizen-id", since: Day("2021-12-31")!)])
  }

  @Test func unlistedSourceDoesNotEliminate() {
    #expect(
      Self.analyze(sources: "[]", papers: "  - {id: identity, paper: citizen-id}")["identity"]?.status == .required)
  }

  @Test func connectionDateCountsFromThatDay() {
    let papers = "  - {id: identity, paper: citizen-id}"
    #expect(Self.analyze(papers: papers, asOf: "2021-12-30")["identity"]?.status == .required)
    #expect(Self.analyze(papers: papers, asOf: "2021-12-31")["identity"]?.status == .eliminated)
  }

  @Test func levelNotConnectedStaysRequired() {
    let result = Self.analyze(
      levels: "[provincial, commune]", sources: "[civil-status]",
      papers: "  - {id: marriage, paper: marriage-certificate}")
    #expect(result["marriage"]?.status == .partlyEliminated)
    #expect(result["marriage"]?.eliminatedLevels == ["provincial"])
    #expect(result["marriage"]?.requiredLevels == ["commune"])
  }

  @Test func severalLevelsAllConnected() {
    let result = Self.analyze(levels: "[commune, central]", papers: "  - {id: identity, paper: citizen-id}")
    #expect(result["identity"]?.status == .eliminated)
    // Levels in levels.yaml order, whatever order the procedure lists them in.
    #expect(result["identity"]?.levels.map(\.level) == ["central", "commune"])
  }

  @Test func anyOfNeedsOneObtainableAlternative() {
    let result = Self.analyze(
      papers: """
          - {id: identity, any_of: [passport, citizen-id]}
          - {id: travel, any_of: [passport, marriage-certificate]}
        """)
    #expect(result["identity"]?.status == .eliminated)
    #expect(result["travel"]?.status == .required)
  }

  @Test func formsAreNeverEliminated() {
    // Even a source that (wrongly) lists a form does not eliminate it.
    var rules = ExampleCatalog.rules
    rules["rules/sources.yaml"] = """
      sources:
        - id: population
          name: {vi: Dân cư, en: Population}
          provides: [citizen-id, birth-registration-form]
          connected: {commune: 2021-12-31}
      """
    rules["catalog/1.000001.yaml"] = """
      code: "1.000001"
      name: {vi: Thủ tục, en: Procedure}
      field: civil-status
      levels: [commune]
      data_sources: [population]
      papers:
        - {id: application, paper: birth-registration-form}
        - {id: either, any_of: [birth-registration-form, passport]}
      results: [{paper: birth-certificate}]
      """
    let result = Compiler.check(MemoryStorage(texts: rules), options: CompileOptions(jobs: 1))
    let items = result.elimination.procedures[0].requirements
    #expect(items.map(\.status) == [.required, .required])
    #expect(items[0].isForm)
    #expect(result.diagnostics.contains { $0.id == "source-provides-form" })
  }

  @Test func digitizedResultsOfTheCatalogAreProvidedByTheWarehouse() {
    let other = """
      code: "1.000002"
      name: {vi: Cấp giấy, en: Issue}
      field: civil-status
      levels: [commune]
      papers: [{id: application, paper: birth-registration-form}]
      results: [{paper: marriage-certificate, digitized: true}]
      """
    let digitized = Self.analyze(
      sources: "[results-warehouse]", papers: "  - {id: marriage, paper: marriage-certificate}",
      extraProcedures: ["catalog/1.000002.yaml": other])
    #expect(digitized["marriage"]?.status == .eliminated)
    let notDigitized = Self.analyze(
      sources: "[results-warehouse]", papers: "  - {id: marriage, paper: marriage-certificate}",
      extraProcedures: [
        "catalog/1.000002.yaml": other.replacingOccurrences(of: "digitized: true", with: "digitized: false")
      ])
    #expect(notDigitized["marriage"]?.status == .required)
    // The procedure's own digitized result counts: a renewal need not ask for the old certificate.
    let own = Self.analyze(sources: "[results-warehouse]", papers: "  - {id: old, paper: birth-certificate}")
    #expect(own["old"]?.status == .eliminated)
  }

  @Test func validWaiverKeepsExpiredWaiverDoesNot() {
    let keep = """
        - id: identity
          paper: citizen-id
          keep: {reason: {vi: Đối chiếu, en: Check}, legal_basis: 123/2015/NĐ-CP art. 9, until: UNTIL}
      """
    let valid = Self.analyze(papers: keep.replacingOccurrences(of: "UNTIL", with: "2026-11-29"))
    #expect(valid["identity"]?.status == .kept)
    #expect(valid["identity"]?.obtainability == .eliminated)
    #expect(valid["identity"]?.levels.allSatisfy { $0.status == .required } == true)
    let expired = Self.analyze(papers: keep.replacingOccurrences(of: "UNTIL", with: "2026-11-28"))
    #expect(expired["identity"]?.status == .eliminated)
  }

  @Test func requirementsInCasesFollowTheSameRule() {
    var files = ExampleCatalog.rules
    files["catalog/1.000001.yaml"] = """
      code: "1.000001"
      name: {vi: Thủ tục, en: Procedure}
      field: civil-status
      levels: [commune]
      data_sources: [population]
      papers: []
      cases:
        - id: by-representative
          when: {vi: Ủy quyền, en: By a representative}
          papers: [{id: identity, paper: citizen-id}]
      results: [{paper: birth-certificate}]
      """
    let result = Compiler.check(MemoryStorage(texts: files), options: CompileOptions(jobs: 1))
    let item = result.elimination.procedures[0].requirements[0]
    #expect(item.caseID == "by-representative")
    #expect(item.status == .eliminated)
  }
}
