import Foundation
import Testing

@testable import OneStopKit

/// Speed never changes results (issue "Performance"): a catalog from the benchmark's generator,
/// with its share of mistakes, compiles to the same bytes with one thread and with four.
@Suite("Thread count")
struct ThreadCountTests {
  /// `onestop-gen`, built with the tests (it is a dependency of the test target).
  static let generator = BuiltProducts.executable("onestop-gen")

  /// A generated catalog of `procedures` procedures, one in ten with a mistake, in a new folder.
  static func generate(procedures: Int) throws -> String {
    let generator = try #require(Self.generator, "onestop-gen is not built beside the tests")
    let folder = TreeComparison.temporaryFolder()!
    let process = Process()
    process.executableURL = generator
    process.arguments = [
      "--procedures", String(procedures), "--seed", "7", "--out", folder + "/root", "--error-rate", "0.1",
    ]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    return folder
  }

  static func render(_ result: CheckResult, _ storage: DiskStorage, jobs: Int) -> String {
    HumanRenderer(colored: false) { path in
      if case .bytes(let bytes) = storage.read(path, limit: 1 << 20) { return bytes }
      return nil
    }.render(result.diagnostics, jobs: jobs)
  }

  @Test("a generated catalog checks and builds to identical bytes with 1 and with 4 jobs")
  func oneAndFourJobs() throws {
    let folder = try Self.generate(procedures: 400)
    defer { TreeComparison.remove(folder) }
    let storage = DiskStorage(root: folder + "/root")!
    let one = Compiler.check(storage, options: CompileOptions(jobs: 1))
    let four = Compiler.check(storage, options: CompileOptions(jobs: 4))
    #expect(one.catalog.procedures.count == 400)
    // The generator's mistakes and the elimination findings make hundreds of diagnostics.
    #expect(one.diagnostics.count > 500)
    #expect(one.diagnostics == four.diagnostics)
    let text = Self.render(one, storage, jobs: 1)
    #expect(text == Self.render(four, storage, jobs: 4))
    #expect(text.components(separatedBy: "\n").count > 4 * one.diagnostics.count)
    #expect(
      MachineFormats.json(one.diagnostics, files: one.fileCount)
        == MachineFormats.json(four.diagnostics, files: four.fileCount))

    _ = try Builder.build(one, options: BuildOptions(output: folder + "/one", jobs: 1, cache: false))
    _ = try Builder.build(four, options: BuildOptions(output: folder + "/four", jobs: 4, cache: false))
    #expect(TreeComparison.differences(expected: folder + "/one", actual: folder + "/four").isEmpty)
  }
}
