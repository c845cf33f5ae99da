import OneStopKit

#if canImport(Glibc)
  import Glibc
#endif

/// A write fault for tests: the `failingFrom`th write of a build and every one after it fail, to
/// prove that a build failing midway leaves the previous output whole.
public final class FailingWrites: WriteGate, @unchecked Sendable {
  public let failingFrom: Int
  private var count = 0
  private var lock = pthread_mutex_t()

  public init(failingFrom: Int) {
    self.failingFrom = failingFrom
    pthread_mutex_init(&lock, nil)
  }

  public func admit(_ path: String) throws(OutputError) {
    pthread_mutex_lock(&lock)
    count += 1
    let number = count
    pthread_mutex_unlock(&lock)
    if number >= failingFrom {
      throw OutputError(
        vi: "không ghi được '\(path)': lỗi giả lập (lần ghi \(number))",
        en: "cannot write '\(path)': injected fault (write \(number))")
    }
  }
}
