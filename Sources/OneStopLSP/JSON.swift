/// A JSON value, as JSON-RPC messages carry it. Parsed and written here (no Foundation), so that
/// what the server reads and writes is the same on every platform and a hostile message costs
/// bounded work: nesting deeper than `JSON.maxDepth` is refused.
public enum JSON: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSON])
  case object([String: JSON])

  public static let maxDepth = 128

  public subscript(key: String) -> JSON? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  public subscript(index: Int) -> JSON? {
    if case .array(let items) = self, items.indices.contains(index) { return items[index] }
    return nil
  }

  public var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  public var int: Int? {
    if case .number(let number) = self, number.rounded() == number, abs(number) < 1e15 { return Int(number) }
    return nil
  }

  public var bool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  public var array: [JSON]? {
    if case .array(let items) = self { return items }
    return nil
  }

  public var object: [String: JSON]? {
    if case .object(let members) = self { return members }
    return nil
  }

  // MARK: Writing

  /// The value as compact JSON text, object keys sorted (deterministic output).
  public var bytes: [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(into: &out)
    return out
  }

  public var text: String { String(decoding: bytes, as: UTF8.self) }

  public func write(into out: inout [UInt8]) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
    case .number(let number):
      if number.rounded() == number, abs(number) < 1e15 {
        out.append(contentsOf: String(Int(number)).utf8)
      } else if number.isFinite {
        out.append(contentsOf: "\(number)".utf8)
      } else {
        out.append(contentsOf: "null".utf8)
      }
    case .string(let text): Self.writeString(text, into: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        item.write(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      // Keys sorted, so that the same object is always the same bytes.
      for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        Self.writeString(member.key, into: &out)
        out.append(UInt8(ascii: ":"))
        member.value.write(into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  static func writeString(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      // Most strings need no escape: copied whole.
      if !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
        out.append(contentsOf: bytes)
        return
      }
      for byte in bytes {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
          out.append(UInt8(ascii: "\\"))
          out.append(byte)
        case 0x0A:
          out.append(UInt8(ascii: "\\"))
          out.append(UInt8(ascii: "n"))
        case 0x0D:
          out.append(UInt8(ascii: "\\"))
          out.append(UInt8(ascii: "r"))
        case 0x09:
          out.append(UInt8(ascii: "\\"))
          out.append(UInt8(ascii: "t"))
        case 0..<0x20:
          out.append(contentsOf: "\\u00".utf8)
          out.append(hex[Int(byte >> 4)])
          out.append(hex[Int(byte & 0xF)])
        default: out.append(byte)
        }
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  // MARK: Parsing

  /// Parses one JSON text (RFC 8259); nil when it is not JSON, is nested deeper than `maxDepth`,
  /// or has anything but white space after the value.
  public static func parse(_ bytes: [UInt8]) -> JSON? {
    bytes.withUnsafeBufferPointer { buffer in
      var parser = Parser(bytes: buffer)
      guard let value = parser.value(depth: 0) else { return nil }
      parser.skipSpace()
      return parser.position == buffer.count ? value : nil
    }
  }

  public static func parse(_ text: String) -> JSON? { parse(Array(text.utf8)) }

  private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func skipSpace() {
      while position < bytes.count {
        switch bytes[position] {
        case 0x20, 0x09, 0x0A, 0x0D: position += 1
        default: return
        }
      }
    }

    mutating func literal(_ word: String, _ value: JSON) -> JSON? {
      for byte in word.utf8 {
        guard position < bytes.count, bytes[position] == byte else { return nil }
        position += 1
      }
      return value
    }

    mutating func value(depth: Int) -> JSON? {
      guard depth <= JSON.maxDepth else { return nil }
      skipSpace()
      guard position < bytes.count else { return nil }
      switch bytes[position] {
      case UInt8(ascii: "n"): return literal("null", .null)
      case UInt8(ascii: "t"): return literal("true", .bool(true))
      case UInt8(ascii: "f"): return literal("false", .bool(false))
      case UInt8(ascii: "\""): return string().map(JSON.string)
      case UInt8(ascii: "["):
        position += 1
        var items: [JSON] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
          position += 1
          return .array(items)
        }
        while true {
          guard let item = value(depth: depth + 1) else { return nil }
          items.append(item)
          skipSpace()
          guard position < bytes.count else { return nil }
          if bytes[position] == UInt8(ascii: ",") {
            position += 1
            continue
          }
          guard bytes[position] == UInt8(ascii: "]") else { return nil }
          position += 1
          return .array(items)
        }
      case UInt8(ascii: "{"):
        position += 1
        var members: [String: JSON] = [:]
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
          position += 1
          return .object(members)
        }
        while true {
          skipSpace()
          guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string() else { return nil }
          skipSpace()
          guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
          position += 1
          guard let item = value(depth: depth + 1) else { return nil }
          members[key] = item
          skipSpace()
          guard position < bytes.count else { return nil }
          if bytes[position] == UInt8(ascii: ",") {
            position += 1
            continue
          }
          guard bytes[position] == UInt8(ascii: "}") else { return nil }
          position += 1
          return .object(members)
        }
      default: return number()
      }
    }

    mutating func number() -> JSON? {
      let start = position
      func digits() -> Int {
        let from = position
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
        return position - from
      }
      if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
      guard digits() > 0 else { return nil }
      if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
        position += 1
        guard digits() > 0 else { return nil }
      }
      if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
        position += 1
        if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
          position += 1
        }
        guard digits() > 0 else { return nil }
      }
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
      return Double(text).map(JSON.number)
    }

    mutating func hex4() -> UInt32? {
      guard position + 4 <= bytes.count else { return nil }
      var value: UInt32 = 0
      for _ in 0..<4 {
        let byte = bytes[position]
        let digit: UInt32
        switch byte {
        case 0x30...0x39: digit = UInt32(byte - 0x30)
        case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
        case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
        default: return nil
        }
        value = value * 16 + digit
        position += 1
      }
      return value
    }

    mutating func string() -> String? {
      position += 1
      var out: [UInt8] = []
      while position < bytes.count {
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""):
          // Invalid UTF-8 becomes U+FFFD rather than failing the message.
          return String(decoding: out, as: UTF8.self)
        case UInt8(ascii: "\\"):
          guard position < bytes.count else { return nil }
          let escape = bytes[position]
          position += 1
          switch escape {
          case UInt8(ascii: "\""): out.append(0x22)
          case UInt8(ascii: "\\"): out.append(0x5C)
          case UInt8(ascii: "/"): out.append(0x2F)
          case UInt8(ascii: "b"): out.append(0x08)
          case UInt8(ascii: "f"): out.append(0x0C)
          case UInt8(ascii: "n"): out.append(0x0A)
          case UInt8(ascii: "r"): out.append(0x0D)
          case UInt8(ascii: "t"): out.append(0x09)
          case UInt8(ascii: "u"):
            guard var scalar = hex4() else { return nil }
            if (0xD800..<0xDC00).contains(scalar) {
              // A high surrogate pairs with the low one that must follow; alone it is U+FFFD.
              if position + 6 <= bytes.count, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u")
              {
                let save = position
                position += 2
                if let low = hex4(), (0xDC00..<0xE000).contains(low) {
                  scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                  position = save
                  scalar = 0xFFFD
                }
              } else {
                scalar = 0xFFFD
              }
            } else if (0xDC00..<0xE000).contains(scalar) {
              scalar = 0xFFFD
            }
            out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
          default: return nil
          }
        case 0..<0x20: return nil
        default: out.append(byte)
        }
      }
      return nil
    }
  }
}

extension JSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .number(Double(value)) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(arrayLiteral elements: JSON...) { self = .array(elements) }
  public init(dictionaryLiteral elements: (String, JSON)...) {
    var members: [String: JSON] = [:]
    for (key, value) in elements { members[key] = value }
    self = .object(members)
  }

  public init(_ value: Int) { self = .number(Double(value)) }
  public init(_ value: String?) { self = value.map(JSON.string) ?? .null }
}
