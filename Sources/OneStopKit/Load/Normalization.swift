import Foundation

/// Unicode NFC normalization with a fast path: text made only of code points that are stable
/// under NFC and cannot combine with a neighbour (ASCII, Latin-1, Latin Extended, precomposed
/// Vietnamese letters, common punctuation) is returned as is, without a call into Foundation.
enum Normalization {
  static func nfc(_ text: String) -> String {
    if isTriviallyNFC(text) { return text }
    return text.precomposedStringWithCanonicalMapping
  }

  /// The same test on UTF-8 bytes (valid UTF-8: the loader checked it), without making a String.
  static func isTriviallyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = bytes.count
    var i = 0
    while i < n {
      let b0 = bytes[i]
      if b0 < 0x80 {
        i += 1
        continue
      }
      let scalar: UInt32
      if b0 < 0xE0 {
        guard i + 1 < n else { return false }
        scalar = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        i += 2
      } else if b0 < 0xF0 {
        guard i + 2 < n else { return false }
        scalar = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        i += 3
      } else {
        return false
      }
      switch scalar {
      case 0x80..<0x300, 0x1E00..<0x1F00, 0x2002..<0x2070, 0x20A0..<0x20C1: continue
      default: return false
      }
    }
    return true
  }

  static func isTriviallyNFC(_ text: String) -> Bool {
    var utf8 = text.utf8.makeIterator()
    while let b0 = utf8.next() {
      if b0 < 0x80 { continue }
      // Decode the scalar (the text is valid UTF-8: it is a Swift String).
      var scalar: UInt32
      if b0 < 0xE0 {
        scalar = UInt32(b0 & 0x1F) << 6 | UInt32(utf8.next()! & 0x3F)
      } else if b0 < 0xF0 {
        scalar = UInt32(b0 & 0x0F) << 12
        scalar |= UInt32(utf8.next()! & 0x3F) << 6
        scalar |= UInt32(utf8.next()! & 0x3F)
      } else {
        return false
      }
      switch scalar {
      case 0x80..<0x300: continue  // Latin-1, Latin Extended-A and B, IPA: NFC_QC=Yes, no combining
      case 0x1E00..<0x1F00: continue  // Latin Extended Additional: precomposed Vietnamese letters
      case 0x2002..<0x2070: continue  // general punctuation but the singletons U+2000, U+2001
      case 0x20A0..<0x20C1: continue  // currency signs, the dong sign U+20AB included
      default: return false
      }
    }
    return true
  }
}
