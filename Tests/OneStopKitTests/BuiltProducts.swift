import Foundation

/// The package's executables, built with the tests.
enum BuiltProducts {
  /// The executable `name` in the build products folder, which holds the test runner too (it is
  /// searched upwards from the runner), or nil when it is not there.
  static func executable(_ name: String) -> URL? {
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = runner.deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }
}
