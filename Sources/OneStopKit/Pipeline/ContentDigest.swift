/// A 128-bit digest of bytes that is the same in every process and on every machine (Swift's
/// `Hasher` is seeded per process, so it cannot key anything kept between runs). It detects
/// changes, not attacks: the build cache uses it to tell whether a procedure's inputs are the ones
/// its previous output was generated from.
///
/// Two independent 64-bit lanes read the input eight bytes at a time (multiply, rotate, mix the
/// other lane), then the length and a final avalanche of both lanes.
public struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
  public private(set) var high: UInt64
  public private(set) var low: UInt64

  private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
  private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9

  /// The digest of nothing; `combine` feeds it.
  public init() {
    high = 0x6A09_E667_F3BC_C908
    low = 0xBB67_AE85_84CA_A73B
  }

  public init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  public init(_ bytes: [UInt8]) {
    self.init()
    bytes.withUnsafeBytes { combine($0) }
  }

  /// Feeds `bytes`, then their length: `combine("ab"); combine("c")` differs from
  /// `combine("a"); combine("bc")`.
  public mutating func combine(_ bytes: UnsafeRawBufferPointer) {
    var a = high
    var b = low
    let count = bytes.count
    var offset = 0
    if let base = bytes.baseAddress {
      while offset + 8 <= count {
        let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        a = ((a ^ word) &* Self.prime1).rotatedLeft(31) &+ b
        b = ((b ^ word.rotatedLeft(29)) &* Self.prime2).rotatedLeft(27) ^ a
        offset += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while offset < count {
        tail |= UInt64(base.load(fromByteOffset: offset, as: UInt8.self)) << shift
        shift += 8
        offset += 1
      }
      a = ((a ^ tail) &* Self.prime1).rotatedLeft(31) &+ b
      b = ((b ^ tail.rotatedLeft(29)) &* Self.prime2).rotatedLeft(27) ^ a
    }
    a = (a ^ UInt64(count)) &* Self.prime3
    b = (b ^ UInt64(count).rotatedLeft(32)) &* Self.prime1
    high = Self.avalanche(a ^ b.rotatedLeft(17))
    low = Self.avalanche(b &+ a)
  }

  public mutating func combine(_ text: String) {
    var text = text
    text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
  }

  public mutating func combine(_ digest: ContentDigest) {
    withUnsafeBytes(of: (digest.high.littleEndian, digest.low.littleEndian)) { combine($0) }
  }

  private static func avalanche(_ value: UInt64) -> UInt64 {
    var x = value
    x ^= x >> 33
    x = x &* 0xFF51_AFD7_ED55_8CCD
    x ^= x >> 33
    x = x &* 0xC4CE_B9FE_1A85_EC53
    x ^= x >> 33
    return x
  }

  /// 32 hexadecimal digits.
  public var description: String {
    func hex(_ value: UInt64) -> String {
      let digits = String(value, radix: 16)
      return String(repeating: "0", count: 16 - digits.count) + digits
    }
    return hex(high) + hex(low)
  }

  /// Parses `description`'s form back from its UTF-8 bytes.
  public init?(hex: some Collection<UInt8>) {
    guard hex.count == 32 else { return nil }
    var high: UInt64 = 0
    var low: UInt64 = 0
    for (position, byte) in hex.enumerated() {
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x61...0x66: digit = byte - 0x61 + 10
      default: return nil
      }
      if position < 16 { high = high << 4 | UInt64(digit) } else { low = low << 4 | UInt64(digit) }
    }
    self.init(high: high, low: low)
  }
}

extension UInt64 {
  fileprivate func rotatedLeft(_ count: UInt64) -> UInt64 {
    (self << count) | (self >> (64 - count))
  }
}
