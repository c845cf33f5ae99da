import Dispatch

/// Maps `items` on up to `jobs` threads. Results keep the input order, so output never depends on
/// the thread count or on which thread finished first.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
  let count = items.count
  let workers = min(max(1, jobs), count)
  if workers <= 1 { return items.map(transform) }
  let slots = Slots<R>(count: count)
  // Workers take items in small blocks from a shared counter, so one slow file does not hold up
  // a whole static share of the work.
  let next = Counter()
  let block = max(1, min(64, count / (workers * 8)))
  DispatchQueue.concurrentPerform(iterations: workers) { _ in
    while true {
      let start = next.take(block)
      if start >= count { break }
      for index in start..<min(start + block, count) { slots.set(index, transform(items[index])) }
    }
  }
  return slots.finish()
}

/// Write-once slots filled from several threads; each index is written by exactly one worker.
private final class Slots<R>: @unchecked Sendable {
  private let buffer: UnsafeMutablePointer<R>
  private let count: Int

  init(count: Int) {
    self.count = count
    buffer = UnsafeMutablePointer<R>.allocate(capacity: count)
  }

  func set(_ index: Int, _ value: R) {
    (buffer + index).initialize(to: value)
  }

  /// The results, moved (not copied: a copy retained and released every reference of 100,000
  /// decoded procedures, on one thread).
  func finish() -> [R] {
    let result = [R](unsafeUninitializedCapacity: count) { target, initialized in
      if let base = target.baseAddress { base.moveInitialize(from: buffer, count: count) }
      initialized = count
    }
    buffer.deallocate()
    return result
  }
}

/// A counter shared by workers, behind a lock (one take per block of items, so contention is low).
private final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = DispatchQueue(label: "onestop.counter")

  func take(_ amount: Int) -> Int {
    lock.sync {
      let current = value
      value += amount
      return current
    }
  }
}
