import OneStopTestSupport

#if FUZZING
  import CFuzzer

  /// The entry point SwiftPM links as `main` for this executable: it hands over to libFuzzer's
  /// driver with the harness as the callback.
  @_cdecl("onestop_fuzz_main")
  public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
      guard let data else { return 0 }
      FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
      return 0
    }
  }
#else
  import Foundation

  /// Without libFuzzer: runs the harness on each file named, to replay a crash or a corpus.
  @main
  struct Replay {
    static func main() {
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          print("cannot read \(path)")
          continue
        }
        FuzzHarness.run([UInt8](data))
        print("ok \(path)")
      }
    }
  }
#endif
