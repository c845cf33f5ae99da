import Foundation
import Testing

@testable import OneStopKit

/// The official YAML test suite's cases (read from ../shared/yaml-test-suite, never copied), each
/// loaded as a procedure file through the whole compiler: never a crash or a hang, and every
/// error case libyaml rejects gives a located diagnostic.
@Suite("YAML test suite")
struct YAMLTestSuiteTests {
  static let folder = PythonJSONSchema.packageRoot.deletingLastPathComponent().appendingPathComponent(
    "shared/yaml-test-suite")

  struct Case {
    var name: String
    var bytes: [UInt8]
    var isError: Bool
  }

  static func cases() -> [Case] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().compactMap { name in
      let input = folder.appendingPathComponent(name).appendingPathComponent("in.yaml")
      guard let data = FileManager.default.contents(atPath: input.path) else { return nil }
      let isError = FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(name).appendingPathComponent("error").path)
      return Case(name: name, bytes: [UInt8](data), isError: isError)
    }
  }

  /// Error cases libyaml 0.2.5 accepts. It is a YAML 1.1 parser and lenient where YAML 1.2 is
  /// strict: about indentation (9C9N wrong indented flow sequence, QB6E wrong indented multiline
  /// quoted scalar, S98Z block scalar with more spaces than its first line, DK95-01 and Y79Y-003
  /// tabs, X4QW, SU5Z and YJV2 comments and dashes without the space YAML 1.2 requires, G5U8
  /// plain dashes in a flow sequence), and about directives and documents (9HCY and EB22
  /// directives without a document end before them, MUS6-00 and MUS6-01 directive variants,
  /// RHX7 a directive without a document, 9JBA a comment without a space after a flow
  /// sequence, CVW2 a comment after a flow sequence item). OneStop's own rules reject most of
  /// them anyway: more than one document, tags, keys that are not text, or a missing key.
  static let errorCasesLibyamlAccepts: Set<String> = [
    "9C9N", "9HCY", "9JBA", "CVW2", "DK95-01", "EB22", "G5U8", "MUS6-00", "MUS6-01", "QB6E", "RHX7", "S98Z",
    "SU5Z", "X4QW", "Y79Y-003", "YJV2",
  ]

  /// Valid YAML 1.2 that libyaml 0.2.5 rejects: tabs as separation (6BCT, DK95-00, DK95-03,
  /// DK95-04, Y79Y-001, Y79Y-010, DK3J), empty keys and values in flow collections (2JQS, 4ABK,
  /// 58MP, 6M2F, 8XYN's anchors with non-ASCII names, CFD4, FRK4, NHX8, NKF9, S3PD, SM9W-01,
  /// UKK6-00), plain scalars and keys spanning lines or colons adjacent to values (4MUZ-*, 5MUD,
  /// 5T43, 9SA2, K3WX, NJ66, Q5MG, QT73, R4YG, HM87-00, M2N8-00, W5VH, 96NN-*, A2M4, 6CA3, 6LVF,
  /// 7Z25, FP8R, 2LFX, 2SXE, BEC7, DBG4, HWV9, M7A3, MUS6-05, MUS6-06, VJP3-01), and YAML 1.2
  /// directives and explicit document markers (UT92, W4TN). Each gives a located yaml-syntax
  /// error; drafters writing the catalog format never need these forms.
  static let validCasesLibyamlRejects: Set<String> = [
    "2JQS", "2LFX", "2SXE", "4ABK", "4MUZ-00", "4MUZ-01", "4MUZ-02", "58MP", "5MUD", "5T43", "6BCT", "6CA3", "6LVF",
    "6M2F", "7Z25", "8XYN", "96NN-00", "96NN-01", "9SA2", "A2M4", "BEC7", "CFD4", "DBG4", "DK3J", "DK95-00",
    "DK95-03", "DK95-04", "FP8R", "FRK4", "HM87-00", "HWV9", "K3WX", "M2N8-00", "M7A3", "MUS6-05", "MUS6-06", "NHX8",
    "NJ66", "NKF9", "Q5MG", "QT73", "R4YG", "S3PD", "SM9W-01", "UKK6-00", "UT92", "VJP3-01", "W4TN", "W5VH",
    "Y79Y-001", "Y79Y-010",
  ]

  @Test(
    "every case ends in diagnostics or a clean result, never a crash",
    RequiredInput.needs(FileManager.default.fileExists(atPath: folder.path), "../shared/yaml-test-suite is absent"))
  func everyCaseRuns() throws {
    try #require(FileManager.default.fileExists(atPath: Self.folder.path), "../shared/yaml-test-suite is absent")
    let cases = Self.cases()
    #expect(cases.count > 300)
    var libyamlAcceptsErrors: Set<String> = []
    var libyamlRejectsValid: Set<String> = []
    var detected = 0
    for testCase in cases {
      var files: [String: [UInt8]] = [:]
      for (path, text) in ExampleCatalog.rules { files[path] = Array(text.utf8) }
      files["catalog/1.000001.yaml"] = testCase.bytes
      let result = Compiler.check(MemoryStorage(files: files), options: CompileOptions(jobs: 1))
      let own = result.diagnostics.filter { $0.file == "catalog/1.000001.yaml" }
      let lines = LineIndex(bytes: testCase.bytes).lineCount
      for diagnostic in own {
        let start = diagnostic.range.start
        #expect(
          start.line >= 1 && start.line <= lines + 1 && start.column >= 1 && start.offset <= testCase.bytes.count,
          "\(testCase.name): \(diagnostic.id) at \(start) is outside the file")
      }
      let accepted = YAMLLoader.libyamlAccepts(testCase.bytes)
      if testCase.isError {
        if accepted {
          libyamlAcceptsErrors.insert(testCase.name)
        } else {
          let located = own.contains { diagnostic in
            CheckRegistry.description(for: diagnostic.id)?.stage == .load && diagnostic.range.start.line >= 1
          }
          #expect(located, "\(testCase.name): libyaml rejects it, but no located load diagnostic came out")
          if located { detected += 1 }
        }
      } else if !accepted {
        libyamlRejectsValid.insert(testCase.name)
      }
    }
    #expect(
      libyamlAcceptsErrors == Self.errorCasesLibyamlAccepts,
      "libyaml accepts these error cases: \(libyamlAcceptsErrors.sorted())")
    #expect(
      libyamlRejectsValid == Self.validCasesLibyamlRejects,
      "libyaml rejects these valid cases: \(libyamlRejectsValid.sorted())")
    #expect(detected > 50)
    // For the note on the issue: how many cases ran, and how many error cases were detected.
    print(
      "YAML test suite: \(cases.count) cases run, \(cases.filter(\.isError).count) error cases, \(detected) detected")
  }
}
