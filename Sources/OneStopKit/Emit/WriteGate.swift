/// Asked before each write of a build into its staging folder (a whole file, a piece of a
/// streamed file, the links of a reused procedure); a write it throws for fails there, as a failing
/// disk would. The tests pass one that fails a chosen write (`FailingWrites`, in the test-support
/// target), to prove that a build failing midway leaves the previous output whole. The CLI passes
/// none: no input, option or environment variable makes the shipped program fail on purpose.
public protocol WriteGate: Sendable {
  /// Throws to fail the write of `path` (a path in the staging folder, or relative to it).
  func admit(_ path: String) throws(OutputError)
}
