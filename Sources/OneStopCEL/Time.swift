import Foundation

/// Timestamps and durations: parsing, formatting, arithmetic within range, and the accessors.
enum TimeFunctions {
  static func rangeError(_ node: Node) -> CELError {
    Evaluator.error(
      node, vi: "thời điểm hoặc khoảng thời gian vượt giới hạn", en: "range error: timestamp or duration out of range")
  }

  // MARK: Civil dates

  /// Days since 1970-01-01 of a proleptic Gregorian date.
  static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthIndex = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date of a day since 1970-01-01.
  static func civil(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  // MARK: Parsing and formatting

  /// RFC 3339: `2009-02-13T23:31:30Z`, with an optional fraction and a `Z` or `±hh:mm` offset.
  static func parseTimestamp(_ text: String) -> CELTimestamp? {
    let b = Array(text.utf8)
    var i = 0
    func number(_ count: Int) -> Int64? {
      guard i + count <= b.count else { return nil }
      var value: Int64 = 0
      for _ in 0..<count {
        guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
        value = value * 10 + Int64(b[i] - 0x30)
        i += 1
      }
      return value
    }
    func expect(_ c: UInt8) -> Bool {
      guard i < b.count, b[i] == c else { return false }
      i += 1
      return true
    }
    // The year may have more than four digits (then it is out of range).
    var yearDigits = 0
    while i + yearDigits < b.count, b[i + yearDigits] >= 0x30 && b[i + yearDigits] <= 0x39 { yearDigits += 1 }
    guard yearDigits >= 4, yearDigits <= 9, let year = number(yearDigits), expect(0x2D), let month = number(2),
      expect(0x2D), let day = number(2), i < b.count, b[i] == 0x54 || b[i] == 0x74
    else { return nil }
    i += 1
    guard let hour = number(2), expect(0x3A), let minute = number(2), expect(0x3A), let second = number(2) else {
      return nil
    }
    var nanos: Int64 = 0
    if i < b.count && b[i] == 0x2E {
      i += 1
      var digits = 0
      while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 {
        if digits < 9 { nanos = nanos * 10 + Int64(b[i] - 0x30) }
        digits += 1
        i += 1
      }
      guard digits > 0 else { return nil }
      if digits < 9 { for _ in digits..<9 { nanos *= 10 } }
    }
    var offset: Int64 = 0
    guard i < b.count else { return nil }
    if b[i] == 0x5A || b[i] == 0x7A {
      i += 1
    } else if b[i] == 0x2B || b[i] == 0x2D {
      let negative = b[i] == 0x2D
      i += 1
      guard let h = number(2), expect(0x3A), let m = number(2), h < 24, m < 60 else { return nil }
      offset = (h * 3600 + m * 60) * (negative ? -1 : 1)
    } else {
      return nil
    }
    guard i == b.count, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24,
      minute < 60, second < 61
    else { return nil }
    let seconds = days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
    return CELTimestamp(seconds: seconds, nanos: Int32(nanos))
  }

  static func daysIn(month: Int64, year: Int64) -> Int64 {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }

  static func fraction(_ nanos: Int32) -> String {
    guard nanos != 0 else { return "" }
    var digits = String(abs(nanos))
    digits = String(repeating: "0", count: 9 - digits.count) + digits
    while digits.hasSuffix("0") { digits.removeLast() }
    return "." + digits
  }

  static func format(_ timestamp: CELTimestamp) -> String {
    let day = timestamp.seconds >= 0 ? timestamp.seconds / 86_400 : (timestamp.seconds - 86_399) / 86_400
    let rest = timestamp.seconds - day * 86_400
    let (year, month, date) = civil(day)
    var yearText = String(year)
    yearText = String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText
    return "\(yearText)-\(two(month))-\(two(date))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))"
      + fraction(timestamp.nanos) + "Z"
  }

  static func format(_ duration: CELDuration) -> String {
    let negative = duration.seconds < 0 || duration.nanos < 0
    return (negative ? "-" : "") + String(abs(duration.seconds)) + fraction(duration.nanos) + "s"
  }

  /// Go's duration syntax: `1h2m3.5s`, `-1.5h`, `300ms`, `1us`, `0`. Nil: not a duration;
  /// `.some(nil)`: out of range.
  static func parseDuration(_ text: String) -> CELDuration?? {
    var b = Array(text.utf8)
    var negative = false
    if let first = b.first, first == 0x2D || first == 0x2B {
      negative = first == 0x2D
      b.removeFirst()
    }
    if b == [0x30] { return .some(CELDuration(seconds: 0)) }
    guard !b.isEmpty else { return nil }
    // Total in nanoseconds, as a pair to stay exact past Int64's range.
    var seconds: Double = 0
    var totalSeconds: Int64 = 0
    var totalNanos: Int64 = 0
    var i = 0
    let units: [(String, Int64)] = [
      ("ns", 1), ("us", 1_000), ("µs", 1_000), ("μs", 1_000), ("ms", 1_000_000), ("s", 1_000_000_000),
      ("m", 60_000_000_000), ("h", 3_600_000_000_000),
    ]
    while i < b.count {
      var whole: Int64 = 0
      var digits = 0
      var overflow = false
      while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 {
        let (product, o1) = whole.multipliedReportingOverflow(by: 10)
        let (sum, o2) = product.addingReportingOverflow(Int64(b[i] - 0x30))
        overflow = overflow || o1 || o2
        whole = sum
        digits += 1
        i += 1
      }
      var fractionDigits: [UInt8] = []
      if i < b.count && b[i] == 0x2E {
        i += 1
        while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 {
          fractionDigits.append(b[i] - 0x30)
          i += 1
        }
      }
      guard digits > 0 || !fractionDigits.isEmpty else { return nil }
      var unit: Int64? = nil
      for (name, nanos) in units {
        let bytes = Array(name.utf8)
        if i + bytes.count <= b.count, Array(b[i..<(i + bytes.count)]) == bytes,
          !(name == "m" && i + 1 < b.count && b[i + 1] == 0x73)
        {
          unit = nanos
          i += bytes.count
          break
        }
      }
      guard let unit else { return nil }
      if overflow { return .some(nil) }
      // whole × unit, split into seconds and nanoseconds.
      let unitSeconds = unit / 1_000_000_000
      let unitNanos = unit % 1_000_000_000
      let (s1, o1) = whole.multipliedReportingOverflow(by: unitSeconds)
      let (n1, o2) = whole.multipliedReportingOverflow(by: unitNanos)
      if o1 || o2 { return .some(nil) }
      totalSeconds += s1 + n1 / 1_000_000_000
      totalNanos += n1 % 1_000_000_000
      // The fraction of a unit, in nanoseconds (rounded down).
      var scale = unit
      var fractionNanos: Int64 = 0
      for digit in fractionDigits {
        scale /= 10
        if scale == 0 { break }
        fractionNanos += Int64(digit) * scale
      }
      totalSeconds += fractionNanos / 1_000_000_000
      totalNanos += fractionNanos % 1_000_000_000
      seconds = Double(totalSeconds)
      if abs(seconds) > Double(CELDuration.maxSeconds) * 2 { return .some(nil) }
    }
    totalSeconds += totalNanos / 1_000_000_000
    totalNanos %= 1_000_000_000
    let duration = CELDuration(
      seconds: negative ? -totalSeconds : totalSeconds, nanos: Int32(negative ? -totalNanos : totalNanos))
    return duration.isValid ? .some(duration) : .some(nil)
  }

  // MARK: Arithmetic

  static func add(_ t: CELTimestamp, _ d: CELDuration) -> CELTimestamp? {
    var seconds = t.seconds + d.seconds
    var nanos = Int64(t.nanos) + Int64(d.nanos)
    if nanos >= 1_000_000_000 {
      seconds += 1
      nanos -= 1_000_000_000
    } else if nanos < 0 {
      seconds -= 1
      nanos += 1_000_000_000
    }
    let result = CELTimestamp(seconds: seconds, nanos: Int32(nanos))
    return result.isValid ? result : nil
  }

  static func add(_ a: CELDuration, _ b: CELDuration) -> CELDuration? {
    guard let result = CELDuration.normalized(seconds: a.seconds + b.seconds, nanos: Int64(a.nanos) + Int64(b.nanos)),
      result.isValid
    else { return nil }
    return result
  }

  /// `a - b`: it must fit in 64-bit nanoseconds, as in cel-go.
  static func difference(_ a: CELTimestamp, _ b: CELTimestamp) -> CELDuration? {
    guard let result = CELDuration.normalized(seconds: a.seconds - b.seconds, nanos: Int64(a.nanos) - Int64(b.nanos)),
      abs(result.seconds) < 9_223_372_036
    else { return nil }
    return result
  }

  // MARK: Accessors

  enum Accessor {
    case fullYear, month, date, dayOfMonth, dayOfWeek, dayOfYear, hours, minutes, seconds, milliseconds
  }

  static let accessors: [String: Accessor] = [
    "getFullYear": .fullYear, "getMonth": .month, "getDate": .date, "getDayOfMonth": .dayOfMonth,
    "getDayOfWeek": .dayOfWeek, "getDayOfYear": .dayOfYear, "getHours": .hours, "getMinutes": .minutes,
    "getSeconds": .seconds, "getMilliseconds": .milliseconds,
  ]

  /// A time zone's offset from UTC at `seconds`: `UTC`, `+05:30`, `-02:30`, `02:00`, IANA names.
  static func offset(_ zone: String, at seconds: Int64) -> Int64? {
    let b = Array(zone.utf8)
    var sign: Int64 = 1
    var digits = b[...]
    if let first = b.first, first == 0x2B || first == 0x2D {
      sign = first == 0x2D ? -1 : 1
      digits = b.dropFirst()
    }
    if digits.count == 5, digits[digits.startIndex + 2] == 0x3A,
      let h = Int64(String(decoding: digits.prefix(2), as: UTF8.self)),
      let m = Int64(String(decoding: digits.suffix(2), as: UTF8.self))
    {
      return sign * (h * 3600 + m * 60)
    }
    guard let timeZone = TimeZone(identifier: zone) else { return nil }
    return Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
  }

  static func access(_ accessor: Accessor, _ name: String, _ values: [CELValue], _ node: Node) throws(CELError)
    -> CELValue
  {
    switch values[0] {
    case .duration(let d):
      guard values.count == 1 else { throw Functions.noOverload(name, values, node) }
      switch accessor {
      case .hours: return .int(d.seconds / 3600)
      case .minutes: return .int(d.seconds / 60)
      case .seconds: return .int(d.seconds)
      case .milliseconds: return .int(d.seconds * 1000 + Int64(d.nanos) / 1_000_000)
      default: throw Functions.noOverload(name, values, node)
      }
    case .timestamp(let t):
      var local = t.seconds
      if values.count == 2 {
        guard case .string(let zone) = values[1] else { throw Functions.noOverload(name, values, node) }
        guard let offset = offset(zone, at: t.seconds) else {
          throw Evaluator.error(node, vi: "múi giờ không hợp lệ '\(zone)'", en: "invalid time zone '\(zone)'")
        }
        local += offset
      }
      let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
      let rest = local - day * 86_400
      let (year, month, date) = civil(day)
      switch accessor {
      case .fullYear: return .int(year)
      case .month: return .int(month - 1)
      case .date: return .int(date)
      case .dayOfMonth: return .int(date - 1)
      case .dayOfWeek: return .int(((day % 7) + 7 + 4) % 7)
      case .dayOfYear: return .int(day - days(year: year, month: 1, day: 1))
      case .hours: return .int(rest / 3600)
      case .minutes: return .int(rest / 60 % 60)
      case .seconds: return .int(rest % 60)
      case .milliseconds: return .int(Int64(t.nanos) / 1_000_000)
      }
    default:
      throw Functions.noOverload(name, values, node)
    }
  }
}
