// The generator's randomness: its own, so the catalog depends only on the arguments.

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and the same on every platform.
struct SplitMix64 {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// 0 ..< n (the modulo bias is negligible for the small n used here).
  mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

  /// lo ... hi
  mutating func range(_ lo: Int, _ hi: Int) -> Int { lo + below(hi - lo + 1) }

  mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) * 0x1p-53 < p }

  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

func mix(_ value: UInt64) -> UInt64 {
  var generator = SplitMix64(seed: value)
  return generator.next()
}
