/// A token of CEL source, with its UTF-8 byte offset and length.
struct Token {
  enum Kind: Equatable {
    case int(UInt64)  // the magnitude; a preceding `-` is folded in by the parser
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
    case identifier(String)
    case reserved(String)
    case punctuation(String)
    case end
  }

  var kind: Kind
  var offset: Int
  var length: Int
}

/// CEL's lexical grammar: numbers, strings and bytes with every escape, identifiers, reserved
/// words, operators, `//` comments.
struct Lexer {
  let bytes: [UInt8]
  var position = 0

  init(_ source: String) {
    bytes = Array(source.utf8)
  }

  static let reservedWords: Set<String> = [
    "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package",
    "namespace", "return", "var", "void", "while",
  ]

  static func error(_ vi: String, _ en: String, at offset: Int, length: Int = 1) -> CELError {
    CELError(kind: .parse, vi: vi, en: en, offset: offset, length: length)
  }

  mutating func tokens() throws(CELError) -> [Token] {
    var result: [Token] = []
    while true {
      let token = try next()
      result.append(token)
      if token.kind == .end { return result }
    }
  }

  private func peek(_ ahead: Int = 0) -> UInt8? {
    position + ahead < bytes.count ? bytes[position + ahead] : nil
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  private static func isHex(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
  }
  private static func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
  }
  private static func hexValue(_ byte: UInt8) -> UInt32 {
    if isDigit(byte) { return UInt32(byte - 0x30) }
    if byte >= 0x61 { return UInt32(byte - 0x61 + 10) }
    return UInt32(byte - 0x41 + 10)
  }

  mutating func next() throws(CELError) -> Token {
    // Whitespace and comments.
    while let byte = peek() {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
        position += 1
      } else if byte == 0x2F && peek(1) == 0x2F {
        while let c = peek(), c != 0x0A { position += 1 }
      } else {
        break
      }
    }
    let start = position
    guard let byte = peek() else { return Token(kind: .end, offset: start, length: 0) }
    if Self.isDigit(byte) || (byte == 0x2E && peek(1).map(Self.isDigit) == true) {
      return try number(start)
    }
    if Self.isIdentifierStart(byte) {
      // String prefixes: r, b, rb, br (either case).
      var prefix = 0
      var raw = false
      var isBytes = false
      while prefix < 2, let c = peek(prefix) {
        let lower = c | 0x20
        if lower == 0x72 && !raw {
          raw = true
        } else if lower == 0x62 && !isBytes {
          isBytes = true
        } else {
          break
        }
        prefix += 1
      }
      if prefix > 0, let quote = peek(prefix), quote == 0x22 || quote == 0x27 {
        position += prefix
        return try string(start, raw: raw, isBytes: isBytes)
      }
      while let c = peek(), Self.isIdentifierStart(c) || Self.isDigit(c) { position += 1 }
      let text = String(decoding: bytes[start..<position], as: UTF8.self)
      if Self.reservedWords.contains(text) {
        return Token(kind: .reserved(text), offset: start, length: position - start)
      }
      return Token(kind: .identifier(text), offset: start, length: position - start)
    }
    if byte == 0x22 || byte == 0x27 { return try string(start, raw: false, isBytes: false) }
    if byte == 0x60 {
      // A quoted identifier: `a.b-c` (field selection of names that are not identifiers).
      position += 1
      while let c = peek(), c != 0x60, c != 0x0A { position += 1 }
      guard peek() == 0x60 else {
        throw Self.error("tên trong dấu ` không được đóng", "unterminated quoted identifier", at: start)
      }
      position += 1
      let text = String(decoding: bytes[(start + 1)..<(position - 1)], as: UTF8.self)
      return Token(kind: .identifier("`" + text), offset: start, length: position - start)
    }
    for operatorText in ["==", "!=", "<=", ">=", "&&", "||"] {
      let operatorBytes = Array(operatorText.utf8)
      if peek() == operatorBytes[0] && peek(1) == operatorBytes[1] {
        position += 2
        return Token(kind: .punctuation(operatorText), offset: start, length: 2)
      }
    }
    let single: Set<UInt8> = Set("+-*/%!<>?:.,()[]{}".utf8)
    if single.contains(byte) {
      position += 1
      return Token(kind: .punctuation(String(UnicodeScalar(byte))), offset: start, length: 1)
    }
    // An unexpected character: report the whole code point.
    var length = 1
    if byte >= 0xC0 { length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2 }
    let text = String(decoding: bytes[start..<min(bytes.count, start + length)], as: UTF8.self)
    throw Self.error("ký tự không hợp lệ '\(text)'", "unexpected character '\(text)'", at: start, length: length)
  }

  private mutating func number(_ start: Int) throws(CELError) -> Token {
    if peek() == 0x30, let x = peek(1), x | 0x20 == 0x78 {
      position += 2
      let digitsStart = position
      while let c = peek(), Self.isHex(c) { position += 1 }
      guard position > digitsStart else {
        throw Self.error("số thập lục phân thiếu chữ số", "hexadecimal literal without digits", at: start)
      }
      var value: UInt64 = 0
      for c in bytes[digitsStart..<position] {
        let (shifted, overflow) = value.multipliedReportingOverflow(by: 16)
        if overflow { throw Self.error("số quá lớn", "integer literal overflows", at: start, length: position - start) }
        value = shifted + UInt64(Self.hexValue(c))
      }
      return try integerSuffix(value, start)
    }
    while let c = peek(), Self.isDigit(c) { position += 1 }
    var isDouble = false
    if peek() == 0x2E, let c = peek(1), Self.isDigit(c) {
      isDouble = true
      position += 1
      while let c = peek(), Self.isDigit(c) { position += 1 }
    }
    if let e = peek(), e | 0x20 == 0x65 {
      var ahead = 1
      if let sign = peek(1), sign == 0x2B || sign == 0x2D { ahead = 2 }
      if let c = peek(ahead), Self.isDigit(c) {
        isDouble = true
        position += ahead
        while let c = peek(), Self.isDigit(c) { position += 1 }
      }
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    if isDouble {
      guard let value = Double(text) else {
        throw Self.error("số thực không hợp lệ", "invalid floating-point literal", at: start, length: position - start)
      }
      return Token(kind: .double(value), offset: start, length: position - start)
    }
    guard let value = UInt64(text) else {
      throw Self.error("số quá lớn", "integer literal overflows", at: start, length: position - start)
    }
    return try integerSuffix(value, start)
  }

  private mutating func integerSuffix(_ value: UInt64, _ start: Int) throws(CELError) -> Token {
    if let u = peek(), u | 0x20 == 0x75 {
      position += 1
      return Token(kind: .uint(value), offset: start, length: position - start)
    }
    return Token(kind: .int(value), offset: start, length: position - start)
  }

  private mutating func string(_ start: Int, raw: Bool, isBytes: Bool) throws(CELError) -> Token {
    let quote = bytes[position]
    let triple = peek(1) == quote && peek(2) == quote
    position += triple ? 3 : 1
    var out: [UInt8] = []
    func unterminated() -> CELError {
      Self.error("chuỗi không được đóng", "unterminated string literal", at: start, length: 1)
    }
    while true {
      guard let c = peek() else { throw unterminated() }
      if c == quote {
        if !triple {
          position += 1
          break
        }
        if peek(1) == quote && peek(2) == quote {
          position += 3
          break
        }
      }
      if !triple && (c == 0x0A || c == 0x0D) { throw unterminated() }
      if c == 0x5C && !raw {
        try escape(into: &out, isBytes: isBytes)
        continue
      }
      out.append(c)
      position += 1
    }
    if isBytes { return Token(kind: .bytes(out), offset: start, length: position - start) }
    return Token(kind: .string(String(decoding: out, as: UTF8.self)), offset: start, length: position - start)
  }

  private mutating func escape(into out: inout [UInt8], isBytes: Bool) throws(CELError) {
    let start = position
    position += 1
    guard let c = peek() else {
      throw Self.error("chuỗi thoát không hoàn chỉnh", "incomplete escape sequence", at: start)
    }
    func bad() -> CELError {
      Self.error("chuỗi thoát không hợp lệ", "invalid escape sequence", at: start, length: position - start + 1)
    }
    func appendScalar(_ value: UInt32) throws(CELError) {
      guard let scalar = Unicode.Scalar(value) else { throw bad() }
      out.append(contentsOf: Array(String(scalar).utf8))
    }
    position += 1
    switch c {
    case 0x61: out.append(0x07)
    case 0x62: out.append(0x08)
    case 0x66: out.append(0x0C)
    case 0x6E: out.append(0x0A)
    case 0x72: out.append(0x0D)
    case 0x74: out.append(0x09)
    case 0x76: out.append(0x0B)
    case 0x5C, 0x27, 0x22, 0x60, 0x3F: out.append(c)
    case 0x78, 0x58:
      var value: UInt32 = 0
      for _ in 0..<2 {
        guard let h = peek(), Self.isHex(h) else { throw bad() }
        value = value * 16 + Self.hexValue(h)
        position += 1
      }
      if isBytes { out.append(UInt8(value)) } else { try appendScalar(value) }
    case 0x75, 0x55:
      guard !isBytes else { throw bad() }
      let count = c == 0x75 ? 4 : 8
      var value: UInt32 = 0
      for _ in 0..<count {
        guard let h = peek(), Self.isHex(h) else { throw bad() }
        value = value &* 16 &+ Self.hexValue(h)
        position += 1
      }
      guard value < 0xD800 || (value > 0xDFFF && value <= 0x10FFFF) else { throw bad() }
      try appendScalar(value)
    case 0x30...0x33:
      var value = UInt32(c - 0x30)
      for _ in 0..<2 {
        guard let o = peek(), o >= 0x30 && o <= 0x37 else { throw bad() }
        value = value * 8 + UInt32(o - 0x30)
        position += 1
      }
      if isBytes { out.append(UInt8(value)) } else { try appendScalar(value) }
    default:
      throw bad()
    }
  }
}
