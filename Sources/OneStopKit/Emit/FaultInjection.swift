#if canImport(Glibc)
  import Glibc
#endif

/// A write fault for tests: `ONESTOP_FAULT_AFTER=N` makes the Nth file write fail, to prove that
/// a build failing midway leaves the previous output whole.
enum FaultInjection {
  private static let limit: Int? = {
    guard let value = getenv("ONESTOP_FAULT_AFTER") else { return nil }
    return Int(String(cString: value))
  }()
  private static let counter = WriteCounter()

  static func check(_ path: String) throws(OutputError) {
    guard let limit else { return }
    if counter.next() >= limit {
      throw OutputError(description: "cannot write '\(path)': injected fault (ONESTOP_FAULT_AFTER=\(limit))")
    }
  }
}

private final class WriteCounter: @unchecked Sendable {
  private var count = 0
  private var lock = pthread_mutex_t()

  init() { pthread_mutex_init(&lock, nil) }

  func next() -> Int {
    pthread_mutex_lock(&lock)
    defer { pthread_mutex_unlock(&lock) }
    count += 1
    return count
  }
}
