/// The type conversions `int`, `uint`, `double`, `string`, `bytes`, `bool`, `timestamp`, `duration`.
enum Conversions {
  static func rangeError(_ node: Node) -> CELError {
    Evaluator.error(node, vi: "giá trị nằm ngoài khoảng của kiểu đích", en: "range error")
  }

  static func conversionError(_ node: Node, _ text: String, _ type: String) -> CELError {
    Evaluator.error(
      node, vi: "không chuyển được '\(text)' sang \(type)",
      en: "type conversion error: '\(text)' is not a valid \(type)")
  }

  static func convert(_ name: String, _ value: CELValue, _ node: Node) throws(CELError) -> CELValue {
    switch (name, value) {
    case ("int", .int): return value
    case ("int", .uint(let u)):
      guard u <= UInt64(Int64.max) else { throw rangeError(node) }
      return .int(Int64(u))
    case ("int", .double(let d)):
      guard d.isFinite, d > -9_223_372_036_854_775_808.0, d < 9_223_372_036_854_775_808.0 else {
        throw rangeError(node)
      }
      return .int(Int64(d.rounded(.towardZero)))
    case ("int", .string(let s)):
      guard let int = Int64(s) else { throw conversionError(node, s, "int") }
      return .int(int)
    case ("int", .timestamp(let t)): return .int(t.seconds)
    case ("uint", .uint): return value
    case ("uint", .int(let i)):
      guard i >= 0 else { throw rangeError(node) }
      return .uint(UInt64(i))
    case ("uint", .double(let d)):
      guard d.isFinite, d > -1, d < 18_446_744_073_709_551_616.0 else { throw rangeError(node) }
      return .uint(UInt64(d.rounded(.towardZero)))
    case ("uint", .string(let s)):
      guard let uint = UInt64(s) else { throw conversionError(node, s, "uint") }
      return .uint(uint)
    case ("double", .double): return value
    case ("double", .int(let i)): return .double(Double(i))
    case ("double", .uint(let u)): return .double(Double(u))
    case ("double", .string(let s)):
      guard let double = parseDouble(s) else { throw conversionError(node, s, "double") }
      return .double(double)
    case ("string", .string): return value
    case ("string", .int(let i)): return .string(String(i))
    case ("string", .uint(let u)): return .string(String(u))
    case ("string", .double(let d)): return .string(format(d))
    case ("string", .bool(let b)): return .string(b ? "true" : "false")
    case ("string", .bytes(let bytes)):
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw Evaluator.error(node, vi: "dãy byte không phải UTF-8 hợp lệ", en: "invalid UTF-8 in bytes")
      }
      return .string(text)
    case ("string", .timestamp(let t)): return .string(TimeFunctions.format(t))
    case ("string", .duration(let d)): return .string(TimeFunctions.format(d))
    case ("bytes", .bytes): return value
    case ("bytes", .string(let s)): return .bytes(Array(s.utf8))
    case ("bool", .bool): return value
    case ("bool", .string(let s)):
      switch s {
      case "1", "t", "true", "TRUE", "True": return .bool(true)
      case "0", "f", "false", "FALSE", "False": return .bool(false)
      default: throw conversionError(node, s, "bool")
      }
    case ("timestamp", .timestamp): return value
    case ("timestamp", .string(let s)):
      guard let parsed = TimeFunctions.parseTimestamp(s) else { throw conversionError(node, s, "timestamp") }
      guard parsed.isValid else { throw rangeError(node) }
      return .timestamp(parsed)
    case ("timestamp", .int(let seconds)):
      let timestamp = CELTimestamp(seconds: seconds)
      guard timestamp.isValid else { throw rangeError(node) }
      return .timestamp(timestamp)
    case ("duration", .duration): return value
    case ("duration", .string(let s)):
      switch TimeFunctions.parseDuration(s) {
      case .some(.some(let duration)): return .duration(duration)
      case .some(.none): throw rangeError(node)
      case .none: throw conversionError(node, s, "duration")
      }
    default:
      throw Functions.noOverload(name, [value], node)
    }
  }

  static func parseDouble(_ text: String) -> Double? {
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII }) else { return nil }
    return Double(text)
  }

  /// A double as Go's `strconv.FormatFloat(d, 'g', -1, 64)` writes it (as cel-go does): the
  /// shortest digits, in exponent form when the exponent is below -4 or at least 6.
  static func format(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
    if value == 0 { return value.sign == .minus ? "-0" : "0" }
    // Swift's description holds the shortest digits; take them and the decimal exponent apart.
    let text = "\(abs(value))"
    var mantissa = text
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = String(text[..<e])
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    var digits = mantissa.replacingOccurrences(of: ".", with: "")
    var point =
      mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
    while digits.hasPrefix("0") && digits.count > 1 {
      digits.removeFirst()
      point -= 1
    }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    let decimalPoint = point + exponent  // digits = 0.d1d2... × 10^decimalPoint
    let exp = decimalPoint - 1
    let sign = value < 0 ? "-" : ""
    if exp < -4 || exp >= 6 {
      var result = String(digits.prefix(1))
      if digits.count > 1 { result += "." + digits.dropFirst() }
      let e = abs(exp)
      return sign + result + "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" : "") + String(e)
    }
    if decimalPoint <= 0 { return sign + "0." + String(repeating: "0", count: -decimalPoint) + digits }
    if decimalPoint >= digits.count {
      return sign + digits + String(repeating: "0", count: decimalPoint - digits.count)
    }
    let index = digits.index(digits.startIndex, offsetBy: decimalPoint)
    return sign + digits[..<index] + "." + digits[index...]
  }
}
