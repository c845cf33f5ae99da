import Foundation
import Testing

@testable import OneStopKit

/// The checklists read as the portal words a dossier: "Nộp 1 bản chính", "Xuất trình bản chính",
/// a case heading that does not say "Trường hợp" twice, and Vietnamese dates as 29/11/2026.
@Suite("Checklist wording")
struct ChecklistWordingTests {
  let vi = Wording(language: "vi")
  let en = Wording(language: "en")

  @Test func submittedPapersSayHowManyOfEach() {
    #expect(vi.handOver(presented: false, Copies(original: 1)) == "Nộp 1 bản chính")
    #expect(en.handOver(presented: false, Copies(original: 1)) == "Submit 1 original")
    #expect(
      vi.handOver(presented: false, Copies(original: 1, certifiedCopy: 2))
        == "Nộp 1 bản chính và 2 bản sao có chứng thực")
    #expect(
      en.handOver(presented: false, Copies(original: 1, certifiedCopy: 2, copy: 1))
        == "Submit 1 original, 2 certified copies and 1 copy")
    #expect(vi.handOver(presented: false, nil) == "Nộp")
  }

  @Test func presentedPapersAreShownNotCounted() {
    #expect(vi.handOver(presented: true, Copies(original: 1)) == "Xuất trình bản chính")
    #expect(en.handOver(presented: true, Copies(original: 1)) == "Show the original")
    #expect(vi.handOver(presented: true, Copies(copy: 2)) == "Xuất trình 2 bản sao")
    #expect(en.handOver(presented: true, nil) == "Show at the desk")
  }

  @Test func caseHeadingsDoNotRepeatTheWordCase() {
    #expect(vi.caseTitle("Trường hợp trẻ em bị bỏ rơi") == "Trường hợp trẻ em bị bỏ rơi")
    #expect(vi.caseTitle("trường hợp ủy quyền") == "Trường hợp ủy quyền")
    #expect(vi.caseTitle("Người nước ngoài") == "Trường hợp: Người nước ngoài")
    #expect(en.caseTitle("If the child was abandoned") == "If the child was abandoned")
    #expect(en.caseTitle("Foreigners") == "Case: Foreigners")
  }

  @Test func vietnameseDatesReadDayMonthYear() {
    #expect(vi.day(Day(year: 2026, month: 11, day: 29)) == "29/11/2026")
    #expect(vi.day(Day(year: 2025, month: 7, day: 1)) == "01/07/2025")
    #expect(en.day(Day(year: 2026, month: 11, day: 29)) == "2026-11-29")
  }

  /// No shipped checklist heads a case with "Trường hợp: Trường hợp" (17 of 36 did).
  @Test func shippedChecklistsNeverRepeatTheCaseWord() throws {
    let root = Golden.fixtures.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("generated/checklists")
    let names = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".md") }
    #expect(names.count > 30)
    for name in names {
      let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
      #expect(!text.contains("Trường hợp: Trường hợp"), "\(name)")
      #expect(!text.contains("nộp, Bản chính"), "\(name)")
    }
  }
}
