import OneStopTestSupport

/// The target `--target=NAME` names (`loader`, `decoder`, `pipeline` or `lsp`; `pipeline` without it).
/// libFuzzer ignores flags that start with `--`, and hands them on to the processes it starts.
func target(_ arguments: [String]) -> FuzzTarget? {
  guard let flag = arguments.last(where: { $0.hasPrefix("--target=") }) else { return .pipeline }
  return FuzzTarget(rawValue: String(flag.dropFirst("--target=".count)))
}

#if FUZZING
  import CFuzzer

  nonisolated(unsafe) var selected = FuzzTarget.pipeline

  /// The entry point SwiftPM links as `main` for this executable: it hands over to libFuzzer's
  /// driver with the chosen target as the callback, which traps on the first broken invariant.
  @_cdecl("onestop_fuzz_main")
  public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    let arguments = (0..<Int(argc)).compactMap { argv?[$0].map { String(cString: $0) } }
    guard let chosen = target(arguments) else {
      print("unknown target: choose --target=loader, --target=decoder, --target=pipeline or --target=lsp")
      return 2
    }
    selected = chosen
    var count = argc
    var vector = argv
    return LLVMFuzzerRunDriver(&count, &vector) { data, size in
      guard let data else { return 0 }
      let report = selected.run(Array(UnsafeBufferPointer(start: data, count: size)), facts: false)
      if let violation = report.violations.first { preconditionFailure(violation) }
      return 0
    }
  }
#else
  import Foundation

  /// Without libFuzzer: runs the target on each file named and prints what it saw (and, with
  /// `--show-input`, the file the target read), to replay a crash or a corpus. Exits 1 when an
  /// input breaks an invariant.
  @main
  struct Replay {
    static func main() {
      let arguments = Array(CommandLine.arguments.dropFirst())
      guard let chosen = target(arguments) else {
        print("unknown target: choose --target=loader, --target=decoder, --target=pipeline or --target=lsp")
        exit(2)
      }
      var failed = false
      for path in arguments where !path.hasPrefix("--") {
        guard let data = FileManager.default.contents(atPath: path) else {
          print("cannot read \(path)")
          failed = true
          continue
        }
        let report = chosen.run([UInt8](data))
        print("\(report.violations.isEmpty ? "ok" : "FAILED") \(path)")
        for violation in report.violations { print("  violation: \(violation)") }
        for fact in report.facts { print("  \(fact)") }
        if arguments.contains("--show-input") { print(chosen.file(for: [UInt8](data))) }
        failed = failed || !report.violations.isEmpty
      }
      exit(failed ? 1 : 0)
    }
  }
#endif
