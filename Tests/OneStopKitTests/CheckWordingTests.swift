import Foundation
import Testing

@testable import OneStopKit

/// How the checks word their Vietnamese messages: days as 31/12/2021, levels by their names as a
/// sentence writes them, and the same text whatever the number of threads.
@Suite("Check wording")
struct CheckWordingTests {
  @Test("a day reads 31/12/2021 in Vietnamese and stays ISO in English")
  func days() {
    #expect(Day(year: 2021, month: 12, day: 31).vietnamese == "31/12/2021")
    #expect(Day(year: 2021, month: 7, day: 1).vietnamese == "01/07/2021")
    #expect(Day(year: 2021, month: 7, day: 1).description == "2021-07-01")
  }

  /// Levels named `Ủy ban nhân dân tỉnh` (a capital with a diacritic) and `UBND cấp xã` (an
  /// acronym), and a level with no Vietnamese name.
  static let levels = """
    levels:
      - {id: central, name: {vi: Cấp bộ, en: Central}}
      - {id: provincial, name: {vi: Ủy ban nhân dân tỉnh, en: Provincial}}
      - {id: district, name: {vi: Cấp huyện, en: District}, until: 2025-06-30}
      - {id: commune, name: {vi: UBND cấp xã, en: Commune}}
      - {id: other, name: {vi: Cơ quan khác, en: Other agencies}}
    """

  static func messages(_ procedure: String, _ checkID: String, asOf: String? = nil, language: Language) -> [String] {
    let example = Example(
      files: [("rules/levels.yaml", levels), ("catalog/1.000001.yaml", procedure)], asOf: asOf)
    return ExampleRunner.run(example, checkID: checkID, language: language).diagnostics
      .filter { $0.id == checkID }.map(\.message)
  }

  @Test("a level's name starts lowercase inside a sentence, unless it is an acronym")
  func levelNames() {
    let partly = Self.messages(
      EliminationExample.with("  - {id: identity, paper: citizen-id}\n", levels: "[provincial, commune]"),
      "paper-partly-obtainable", asOf: "2021-10-01", language: .vi)
    #expect(
      partly == [
        "thành phần hồ sơ 'identity' chỉ khai thác được ở một số cấp, vẫn phải cung cấp ở UBND cấp xã: giấy tờ "
          + "'citizen-id' (Thẻ căn cước) đã có trong 'population' (Cơ sở dữ liệu quốc gia về dân cư), kết nối với "
          + "ủy ban nhân dân tỉnh từ 01/07/2021"
      ])
    let english = Self.messages(
      EliminationExample.with("  - {id: identity, paper: citizen-id}\n", levels: "[provincial, commune]"),
      "paper-partly-obtainable", asOf: "2021-10-01", language: .en)
    #expect(
      english == [
        "requirement 'identity' is obtainable at some levels only: 'citizen-id' from 'population' "
          + "(provincial since 2021-07-01); still required at commune"
      ])
    let gaps = Self.messages(
      EliminationExample.with("", levels: "[commune, other]", sources: "[civil-status]"), "source-not-connected",
      language: .vi)
    #expect(
      gaps == [
        "cơ sở dữ liệu dùng chung 'civil-status' (Cơ sở dữ liệu hộ tịch điện tử) chưa kết nối với UBND cấp xã "
          + "(dự kiến kết nối từ 01/01/2027), cơ quan khác (chưa có ngày kết nối) tính đến ngày 29/11/2026"
      ])
  }

  @Test("the fixture catalog's Vietnamese findings are the same on one thread and on four")
  func threadCount() {
    func check(jobs: Int) -> [Diagnostic] {
      var options = CompileOptions(jobs: jobs)
      options.language = .vi
      options.limits.maxFileSize = 16 * 1024
      return Compiler.check(DiskStorage(root: Golden.fixture("diagnostics"))!, options: options).diagnostics
    }
    let one = check(jobs: 1)
    let four = check(jobs: 4)
    #expect(!one.isEmpty)
    #expect(one.map(\.message) == four.map(\.message))
    #expect(one.map(\.help) == four.map(\.help))
    #expect(one.map { $0.notes.map(\.message) } == four.map { $0.notes.map(\.message) })
  }
}
