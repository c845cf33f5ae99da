import Foundation
import Synchronization

/// Unicode NFC normalization with a fast path: text made only of code points that are stable
/// under NFC and cannot combine with a neighbour (ASCII, Latin-1, Latin Extended, precomposed
/// Vietnamese letters, common punctuation) is returned as is, without a call into Foundation.
enum Normalization {
  static func nfc(_ text: String) -> String {
    var text = text
    let normalized = text.withUTF8 { isTriviallyNFC($0) ? nil : nfc(utf8: $0) }
    return normalized ?? text
  }

  /// The NFC form of valid UTF-8 text. Only the segments that need it go to Foundation: a stable
  /// code point (`isStable`) followed by code points that are not. A stable
  /// code point has no canonical combining class and never composes with what precedes it, so
  /// text normalizes segment by segment. Vietnamese typed with combining marks repeats a few
  /// hundred such segments (a letter and its tone marks), so each one's form is learnt once and
  /// kept: Foundation's normalization of whole texts was 3% of a check.
  static func nfc(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
    // A long text goes to Foundation whole, as it always did: a hostile one could otherwise hold
    // hundreds of thousands of distinct segments, each a call of its own.
    if bytes.count > 4096 {
      return String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping
    }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    let n = bytes.count
    var copied = 0  // bytes before this are in `output`
    var lastStable = -1  // start of the last stable code point seen, if it is not yet copied
    var i = 0
    while i < n {
      let (scalar, length) = decode(bytes, at: i)
      if isStable(scalar) {
        lastStable = i
        i += length
        continue
      }
      // An unstable run: from the stable code point before it (or from what is not yet copied)
      // to the next stable code point.
      let start = lastStable >= copied ? lastStable : copied
      var end = i + length
      while end < n {
        let (next, nextLength) = decode(bytes, at: end)
        if isStable(next) { break }
        end += nextLength
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
      output.append(contentsOf: segment(UnsafeBufferPointer(rebasing: bytes[start..<end])))
      copied = end
      lastStable = -1
      i = end
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<n]))
    return String(decoding: output, as: UTF8.self)
  }

  /// Segments learnt so far, bounded so that hostile text cannot grow it without end. A segment
  /// of up to 15 bytes is keyed by its bytes packed in two words: a String key would hash its
  /// canonical form, which for combining marks is the very normalization being saved.
  private static let segments = Mutex<[SegmentKey: [UInt8]]>([:])
  private static let maxSegments = 8192

  private struct SegmentKey: Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard bytes.count <= 15 else { return nil }
      for (index, byte) in bytes.enumerated() {
        if index < 8 {
          low |= UInt64(byte) << (8 * UInt64(index))
        } else {
          high |= UInt64(byte) << (8 * UInt64(index - 8))
        }
      }
      high |= UInt64(bytes.count) << 56
    }
  }

  private static func segment(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    func normalize() -> [UInt8] {
      Array(String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
    }
    guard let key = SegmentKey(bytes) else { return normalize() }
    if let known = segments.withLock({ $0[key] }) { return known }
    let normalized = normalize()
    segments.withLock { table in
      if table.count < maxSegments { table[key] = normalized }
    }
    return normalized
  }

  /// The code point starting at `i` of valid UTF-8 and its length in bytes.
  @inline(__always)
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
    let b0 = bytes[i]
    let n = bytes.count
    if b0 < 0x80 { return (UInt32(b0), 1) }
    if b0 < 0xE0, i + 1 < n { return (UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
    if b0 < 0xF0, i + 2 < n {
      return (UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
    }
    if i + 3 < n {
      return (
        UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
          | UInt32(bytes[i + 3] & 0x3F), 4
      )
    }
    return (0xFFFD, n - i)
  }

  /// Whether a code point is stable under NFC and cannot combine with a neighbour: NFC_QC=Yes
  /// and no canonical combining class.
  @inline(__always)
  private static func isStable(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0..<0x300: true  // ASCII, Latin-1, Latin Extended-A and B, IPA
    case 0x1E00..<0x1F00: true  // Latin Extended Additional: precomposed Vietnamese letters
    case 0x2002..<0x2070: true  // general punctuation but the singletons U+2000, U+2001
    case 0x20A0..<0x20C1: true  // currency signs, the dong sign U+20AB included
    default: false
    }
  }

  /// Whether valid UTF-8 text is made only of stable code points, and so is NFC as it is.
  static func isTriviallyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < bytes.count {
      if bytes[i] < 0x80 {
        i += 1
        continue
      }
      let (scalar, length) = decode(bytes, at: i)
      if !isStable(scalar) { return false }
      i += length
    }
    return true
  }
}
