#if canImport(Glibc)
  import Glibc
#endif

/// The checks made on a file's raw bytes before libyaml sees them: encoding, characters YAML or
/// XML 1.0 cannot carry, and the line separators libyaml (a YAML 1.1 parser) would silently turn
/// into line breaks. Each problem is a byte offset; the loader turns it into a position.
struct TextScan {
  struct Problem {
    enum Kind {
      case invalidUTF8
      case forbiddenCharacter(UInt32)
      case lineSeparator(UInt32)
    }
    var kind: Kind
    var offset: Int
  }

  enum Encoding {
    case utf8(bomLength: Int)
    case utf16or32(name: String)
  }

  /// Which encoding the bytes are in, from the byte order mark or the zero bytes UTF-16 and
  /// UTF-32 put around ASCII text (YAML 1.2, section 5.2).
  static func detectEncoding(_ bytes: [UInt8]) -> Encoding {
    let n = bytes.count
    if n >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF {
      return .utf16or32(name: "UTF-32BE")
    }
    if n >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0 {
      return .utf16or32(name: "UTF-32LE")
    }
    if n >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF { return .utf16or32(name: "UTF-16BE") }
    if n >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE { return .utf16or32(name: "UTF-16LE") }
    if n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return .utf8(bomLength: 3) }
    if n >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] != 0 {
      return .utf16or32(name: "UTF-32BE")
    }
    if n >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0 {
      return .utf16or32(name: "UTF-32LE")
    }
    if n >= 2 && bytes[0] == 0 && bytes[1] != 0 { return .utf16or32(name: "UTF-16BE") }
    if n >= 2 && bytes[0] != 0 && bytes[1] == 0 { return .utf16or32(name: "UTF-16LE") }
    return .utf8(bomLength: 0)
  }

  /// Scans UTF-8 text from `start`, returning up to `limit` problems (and how many there were).
  static func scan(_ bytes: [UInt8], from start: Int, limit: Int) -> (problems: [Problem], total: Int) {
    var problems: [Problem] = []
    var total = 0
    func report(_ kind: Problem.Kind, _ offset: Int) {
      total += 1
      if problems.count < limit { problems.append(Problem(kind: kind, offset: offset)) }
    }
    bytes.withUnsafeBufferPointer { buffer in
      let n = buffer.count
      var i = start
      while i < n {
        // Eight bytes at a time while they are printable ASCII: no byte with the high bit, none
        // below 0x20 (tab and line breaks included: they take the slow path), none equal to DEL.
        while i + 8 <= n {
          let word = UnsafeRawPointer(buffer.baseAddress! + i).loadUnaligned(as: UInt64.self)
          let high: UInt64 = 0x8080_8080_8080_8080
          let below20 = (word &- 0x2020_2020_2020_2020) & ~word & high
          let del = word ^ 0x7F7F_7F7F_7F7F_7F7F
          let isDel = (del &- 0x0101_0101_0101_0101) & ~del & high
          if (word & high) | below20 | isDel != 0 { break }
          i += 8
        }
        guard i < n else { break }
        let b0 = buffer[i]
        if b0 < 0x80 {
          if b0 < 0x20 {
            if b0 != 0x09 && b0 != 0x0A && b0 != 0x0D { report(.forbiddenCharacter(UInt32(b0)), i) }
          } else if b0 == 0x7F {
            report(.forbiddenCharacter(0x7F), i)
          }
          i += 1
          continue
        }
        // Multi-byte sequence: validate strictly (no overlong forms, no surrogates, <= U+10FFFF).
        var scalar: UInt32 = 0
        var length = 0
        var lowerBound: UInt8 = 0x80
        var upperBound: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF:
          length = 2
          scalar = UInt32(b0 & 0x1F)
        case 0xE0:
          length = 3
          scalar = UInt32(b0 & 0x0F)
          lowerBound = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF:
          length = 3
          scalar = UInt32(b0 & 0x0F)
        case 0xED:
          length = 3
          scalar = UInt32(b0 & 0x0F)
          upperBound = 0x9F
        case 0xF0:
          length = 4
          scalar = UInt32(b0 & 0x07)
          lowerBound = 0x90
        case 0xF1...0xF3:
          length = 4
          scalar = UInt32(b0 & 0x07)
        case 0xF4:
          length = 4
          scalar = UInt32(b0 & 0x07)
          upperBound = 0x8F
        default:
          report(.invalidUTF8, i)
          i += 1
          continue
        }
        var valid = i + length <= n
        if valid {
          for k in 1..<length {
            let byte = buffer[i + k]
            let low: UInt8 = k == 1 ? lowerBound : 0x80
            let high: UInt8 = k == 1 ? upperBound : 0xBF
            if byte < low || byte > high {
              valid = false
              break
            }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
          }
        }
        if !valid {
          report(.invalidUTF8, i)
          i += 1
          // Skip the continuation bytes of the broken sequence so one mistake is one problem.
          while i < n && buffer[i] & 0xC0 == 0x80 { i += 1 }
          continue
        }
        switch scalar {
        case 0x85, 0x2028, 0x2029: report(.lineSeparator(scalar), i)
        case 0x80...0x9F, 0xFFFE, 0xFFFF: report(.forbiddenCharacter(scalar), i)
        default: break
        }
        i += length
      }
    }
    return (problems, total)
  }

  /// Whether UTF-8 bytes hold U+0085 (`C2 85`), U+2028 or U+2029 (`E2 80 A8`, `E2 80 A9`).
  static func holdsLineSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let end = base + bytes.count
    func find(_ lead: UInt8, _ matches: (UnsafePointer<UInt8>) -> Bool) -> Bool {
      var at = base
      while at < end, let found = memchr(at, Int32(lead), end - at) {
        let byte = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
        if matches(byte) { return true }
        at = byte + 1
      }
      return false
    }
    return find(0xC2) { $0 + 1 < end && $0[1] == 0x85 }
      || find(0xE2) { $0 + 2 < end && $0[1] == 0x80 && ($0[2] == 0xA8 || $0[2] == 0xA9) }
  }

  /// Whether decoded text holds a character XML 1.0 cannot carry (from an escape like `"\u0001"`):
  /// C0 controls but tab, newline and return, and U+FFFE, U+FFFF. Returns the first one.
  static func firstXMLForbidden(in bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
    let n = bytes.count
    var i = 0
    while i < n {
      let b = bytes[i]
      if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return UInt32(b) }
      if b == 0xEF && i + 2 < n && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF) {
        return bytes[i + 2] == 0xBE ? 0xFFFE : 0xFFFF
      }
      i += 1
    }
    return nil
  }
}

/// `U+0001` style name of a code point, for messages.
func codePointName(_ scalar: UInt32) -> String {
  let hex = String(scalar, radix: 16, uppercase: true)
  return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
