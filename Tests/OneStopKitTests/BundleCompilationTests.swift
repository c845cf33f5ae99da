import Foundation
import Testing

@testable import OneStopKit

/// The rules of docs/format.md §3.14, one test each, on small catalogs laid over the example
/// rules; and the shipped birth group against what Decree 63/2024/NĐ-CP asks.
@Suite("Bundle compilation")
struct BundleCompilationTests {
  /// A second step over the example catalog: residence registration, which asks the birth
  /// certificate the first step issues, a form, and an identity paper also asked by step 1.
  static let residence = """
    code: "1.000002"
    name: {vi: Đăng ký thường trú, en: Permanent residence registration}
    field: residence
    levels: [commune]
    data_sources: [population]
    channels:
      - {kind: in-person, processing_time: {working_days: 7}, fee: {amount: 0, currency: VND}}
    legal_basis:
      - {ref: 68/2020/QH14, title: {vi: Luật Cư trú, en: Law on Residence}}
    papers:
      - {id: declaration, paper: birth-registration-form, copies: {original: 1}}
      - {id: kinship, paper: birth-certificate, copies: {copy: 1}}
      - {id: identity, any_of: [citizen-id, passport], copies: {original: 1}}
      - {id: notice, paper: birth-notice, copies: {original: 2}}
    cases:
      - id: married
        when: {vi: Trường hợp đã kết hôn, en: If married}
        papers:
          - {id: marriage, paper: marriage-certificate, copies: {original: 1}}
      - id: unused
        when: {vi: Trường hợp khác, en: Other}
        papers:
          - {id: other, paper: passport, copies: {original: 1}}
    results:
      - {paper: marriage-certificate}
    """

  static func bundle(form: Bool = true, cases: String = "[married]") -> String {
    """
    bundle: group
    name: {vi: Nhóm, en: Group}
    levels: [commune]
    steps:
      - code: "1.000001"
      - code: "1.000002"
        cases: \(cases)
    \(form ? "form: {paper: birth-registration-form, copies: {original: 1}}" : "")
    """
  }

  static func compile(_ files: [String: String]) -> (BundleCompilation, CheckResult) {
    var bytes: [String: [UInt8]] = [:]
    for (path, text) in ExampleCatalog.rules { bytes[path] = Array(text.utf8) }
    bytes["catalog/1.000001.yaml"] = Array(ExampleCatalog.procedure.utf8)
    for (path, text) in files { bytes[path] = Array(text.utf8) }
    let result = Compiler.check(MemoryStorage(files: bytes), options: CompileOptions(jobs: 1))
    return (BundleCompilation.compileAll(result.catalog)[0], result)
  }

  static func paper(_ compilation: BundleCompilation, step: Int, _ id: String) -> BundleCompilation.Paper? {
    compilation.levels[0].papers.first { $0.step == step && $0.requirement.id.value == id }
  }

  @Test("(a) a paper an earlier step issues flows inside the group")
  func producedByEarlierStep() throws {
    let (compilation, result) = Self.compile([
      "catalog/1.000002.yaml": Self.residence, "catalog/group.bundle.yaml": Self.bundle(),
    ])
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let kinship = try #require(Self.paper(compilation, step: 1, "kinship"))
    #expect(kinship.status == .produced)
    #expect(kinship.producedBy?.step == 0 && kinship.producedBy?.paper == "birth-certificate")
  }

  @Test("(b) a paper type asked by several steps is asked once, with the largest copies, serving each step")
  func mergedAcrossSteps() throws {
    let (compilation, _) = Self.compile([
      "catalog/1.000002.yaml": Self.residence, "catalog/group.bundle.yaml": Self.bundle(),
    ])
    let first = try #require(Self.paper(compilation, step: 0, "birth-notice"))
    let second = try #require(Self.paper(compilation, step: 1, "notice"))
    #expect(first.status == .asked && first.serves == [0, 1] && first.copies?.original == 2)
    #expect(
      second.status == .merged
        && second.mergedInto
          == compilation.levels[0].papers.firstIndex { $0.step == 0 && $0.requirement.id.value == "birth-notice" }
    )
  }

  @Test("(c) the steps' application forms give way to the group's form, and stay without one")
  func formsReplaced() throws {
    let (withForm, _) = Self.compile([
      "catalog/1.000002.yaml": Self.residence, "catalog/group.bundle.yaml": Self.bundle(),
    ])
    #expect(Self.paper(withForm, step: 0, "application")?.status == .replacedByForm)
    #expect(Self.paper(withForm, step: 1, "declaration")?.status == .replacedByForm)
    #expect(withForm.levels[0].askedCount(hasForm: true) == 3)  // form, birth notice, marriage (case)
    let (without, _) = Self.compile([
      "catalog/1.000002.yaml": Self.residence, "catalog/group.bundle.yaml": Self.bundle(form: false),
    ])
    #expect(Self.paper(without, step: 0, "application")?.status == .asked)
    #expect(Self.paper(without, step: 1, "declaration")?.status == .merged)
  }

  @Test("(d) each step's eliminations apply as they do alone")
  func eliminationsAsAlone() throws {
    let (compilation, _) = Self.compile([
      "catalog/1.000002.yaml": Self.residence, "catalog/group.bundle.yaml": Self.bundle(),
    ])
    let identity = try #require(Self.paper(compilation, step: 1, "identity"))
    #expect(identity.status == .eliminated)
    #expect(identity.provisions.map(\.source) == ["population"])
    // Alone, step 2 asks its form, the birth certificate, the notice and the kept case's paper.
    #expect(compilation.levels[0].alonePerStep == [2, 4])
  }

  @Test("(e) cases are kept with their step, and only those the step keeps")
  func casesKept() throws {
    let (compilation, _) = Self.compile([
      "catalog/1.000002.yaml": Self.residence, "catalog/group.bundle.yaml": Self.bundle(),
    ])
    let marriage = try #require(Self.paper(compilation, step: 1, "marriage"))
    #expect(marriage.caseID == "married" && marriage.code == "1.000002" && marriage.status == .asked)
    #expect(marriage.caseWhen?["en"] == "If married")
    #expect(Self.paper(compilation, step: 1, "other") == nil)
    let (all, _) = Self.compile([
      "catalog/1.000002.yaml": Self.residence,
      "catalog/group.bundle.yaml": Self.bundle().replacingOccurrences(of: "    cases: [married]\n", with: ""),
    ])
    #expect(Self.paper(all, step: 1, "other")?.caseID == "unused")
  }

  @Test("the shipped birth group asks neither the household book nor the birth certificate")
  func shippedBirthGroup() throws {
    let storage = try #require(DiskStorage(root: PythonJSONSchema.packageRoot.path))
    let result = Compiler.check(storage, options: CompileOptions(jobs: 1))
    let birth = try #require(
      BundleCompilation.compileAll(result.catalog).first { $0.bundle.id.value == "birth-under-6" })
    let asked = birth.levels[0].papers.filter { $0.status == .asked }.flatMap(\.paperTypes)
    #expect(!asked.contains("household-registration-book"))
    #expect(!asked.contains("birth-certificate"))
    #expect(asked.contains("birth-notice"))
    let kinship = try #require(
      birth.levels[0].papers.first { $0.code == "1.004222" && $0.requirement.id.value == "kinship" })
    #expect(kinship.status == .produced || kinship.status == .eliminated)
  }
}
