/// Resolution of plain scalars under the YAML 1.2 core schema (YAML 1.2.2, section 10.3.2).
enum CoreSchema {
  static func resolvePlain(_ text: String) -> ScalarValue {
    let utf8 = text.utf8
    guard let first = utf8.first else { return .null }
    // Cheap rejection: every non-string form starts with one of these characters, and the
    // words are compared only with the words that start like them.
    switch first {
    case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
      return text == "~" || text == "null" || text == "Null" || text == "NULL" ? .null : .string
    case UInt8(ascii: "t"), UInt8(ascii: "T"):
      return text == "true" || text == "True" || text == "TRUE" ? .bool(true) : .string
    case UInt8(ascii: "f"), UInt8(ascii: "F"):
      return text == "false" || text == "False" || text == "FALSE" ? .bool(false) : .string
    case UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"):
      switch text {
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
      case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
      case ".nan", ".NaN", ".NAN": return .float(.nan)
      default: break
      }
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      break
    default:
      return .string
    }
    if let resolved = utf8.withContiguousStorageIfAvailable({ resolveNumber(text, $0) }) { return resolved }
    return resolveNumber(text, Array(utf8))
  }

  private static func resolveNumber<Bytes: RandomAccessCollection>(_ text: String, _ bytes: Bytes) -> ScalarValue
  where Bytes.Element == UInt8, Bytes.Index == Int {
    if isDecimalInteger(bytes) { return .int(Int(text)) }
    if bytes.count > 2 && bytes[0] == UInt8(ascii: "0") && bytes[1] == UInt8(ascii: "o") {
      let digits = bytes[2...]
      if digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }) {
        return .int(Int(String(decoding: digits, as: UTF8.self), radix: 8))
      }
    }
    if bytes.count > 2 && bytes[0] == UInt8(ascii: "0") && bytes[1] == UInt8(ascii: "x") {
      let digits = bytes[2...]
      if digits.allSatisfy({ isHexDigit($0) }) {
        return .int(Int(String(decoding: digits, as: UTF8.self), radix: 16))
      }
    }
    if isFloat(bytes), let value = Double(text) { return .float(value) }
    return .string
  }

  /// `[-+]?[0-9]+`
  private static func isDecimalInteger<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Bool
  where Bytes.Element == UInt8, Bytes.Index == Int {
    var i = 0
    if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { i = 1 }
    guard i < bytes.count else { return false }
    while i < bytes.count {
      if bytes[i] < UInt8(ascii: "0") || bytes[i] > UInt8(ascii: "9") { return false }
      i += 1
    }
    return true
  }

  /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
  private static func isFloat<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Bool
  where Bytes.Element == UInt8, Bytes.Index == Int {
    var i = 0
    let n = bytes.count
    func digits() -> Int {
      let start = i
      while i < n && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
      return i - start
    }
    if i < n && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) { i += 1 }
    if i < n && bytes[i] == UInt8(ascii: ".") {
      i += 1
      if digits() == 0 { return false }
    } else {
      if digits() == 0 { return false }
      if i < n && bytes[i] == UInt8(ascii: ".") {
        i += 1
        _ = digits()
      }
    }
    if i < n && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
      i += 1
      if i < n && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) { i += 1 }
      if digits() == 0 { return false }
    }
    return i == n
  }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
  }
}
