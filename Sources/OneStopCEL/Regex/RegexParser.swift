// RE2 syntax to a RegexNode tree. The parser keeps its own stack of open groups (no recursion on
// the pattern), and every refusal is located at a UTF-8 byte offset in the pattern.

/// A refused pattern: where, and why in both languages.
struct RegexSyntaxError: Error, Sendable {
  var offset: Int
  var length: Int
  var vi: String
  var en: String
}

struct RegexFlags: Sendable {
  var caseInsensitive = false  // i
  var dotNewline = false  // s
  var multiline = false  // m
  var ungreedy = false  // U (changes nothing for a yes/no match)
}

struct RegexParser {
  /// The deepest nesting of groups the parser accepts (the compiler and the tree's release recurse
  /// on it, so it bounds their stack use).
  static let maxNesting = 200
  static let maxRepeat = 1000

  private let scalars: [Unicode.Scalar]
  /// The byte offset of each scalar, and the pattern's length last.
  private let offsets: [Int]
  private var position = 0
  private var names: Set<String> = []

  private struct Frame {
    var alternatives: [RegexNode] = []
    var items: [RegexNode] = []
    var flags: RegexFlags
    var open: Int  // scalar index of the "(" (0 for the whole pattern)
    var lastWasRepetition = false
  }

  init(_ pattern: String) {
    scalars = Array(pattern.unicodeScalars)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    self.offsets = offsets
  }

  static func parse(_ pattern: String) -> Result<RegexNode, RegexSyntaxError> {
    var parser = RegexParser(pattern)
    do {
      return .success(try parser.parseAll())
    } catch {
      return .failure(error)
    }
  }

  // MARK: - Errors

  private func error(from start: Int, to end: Int, vi: String, en: String) -> RegexSyntaxError {
    let low = offsets[min(start, scalars.count)]
    let high = offsets[min(max(end, start), scalars.count)]
    return RegexSyntaxError(offset: low, length: high - low, vi: vi, en: en)
  }

  /// The pattern's text between two scalar indexes, to quote in messages.
  private func text(_ start: Int, _ end: Int) -> String {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[min(start, scalars.count)..<min(end, scalars.count)])
    return String(result)
  }

  // MARK: - Structure

  private mutating func parseAll() throws(RegexSyntaxError) -> RegexNode {
    var stack = [Frame(flags: RegexFlags(), open: 0)]
    while position < scalars.count {
      let start = position
      let scalar = scalars[position]
      switch scalar {
      case "(":
        if stack.count > Self.maxNesting {
          throw error(
            from: start, to: start + 1,
            vi: "các nhóm lồng nhau quá sâu (tối đa \(Self.maxNesting) cấp)",
            en: "groups nested too deeply (at most \(Self.maxNesting) levels)")
        }
        position += 1
        var flags = stack[stack.count - 1].flags
        if peek("?") {
          guard try parseGroupPrefix(start: start, flags: &flags) else {
            stack[stack.count - 1].flags = flags
            stack[stack.count - 1].lastWasRepetition = false
            continue
          }
        }
        stack.append(Frame(flags: flags, open: start))
      case "|":
        position += 1
        let frame = stack[stack.count - 1]
        stack[stack.count - 1].alternatives.append(Self.concat(frame.items))
        stack[stack.count - 1].items = []
        stack[stack.count - 1].lastWasRepetition = false
      case ")":
        guard stack.count > 1 else {
          throw error(
            from: start, to: start + 1, vi: "dấu ) không có dấu ( tương ứng",
            en: "unexpected ) without a matching (")
        }
        position += 1
        let frame = stack.removeLast()
        append(Self.alternate(frame.alternatives + [Self.concat(frame.items)]), to: &stack)
      case "*", "+", "?":
        position += 1
        try applyRepetition(min: scalar == "+" ? 1 : 0, max: scalar == "?" ? 1 : nil, start: start, stack: &stack)
      case "{":
        if let (low, high) = try parseRepeatBraces() {
          try applyRepetition(min: low, max: high, start: start, stack: &stack)
        } else {
          position += 1
          append(literal(scalar.value, stack), to: &stack)
        }
      case "^":
        position += 1
        append(.assertion(stack[stack.count - 1].flags.multiline ? .beginLine : .beginText), to: &stack)
      case "$":
        position += 1
        append(.assertion(stack[stack.count - 1].flags.multiline ? .endLine : .endText), to: &stack)
      case ".":
        position += 1
        append(.any(newline: stack[stack.count - 1].flags.dotNewline), to: &stack)
      case "[":
        let set = try parseClass(flags: stack[stack.count - 1].flags)
        append(.set(set), to: &stack)
      case "\\":
        try parseEscapeOutsideClass(stack: &stack)
      default:
        position += 1
        append(literal(scalar.value, stack), to: &stack)
      }
    }
    if stack.count > 1 {
      let open = stack[stack.count - 1].open
      throw error(
        from: open, to: open + 1, vi: "thiếu dấu ) đóng nhóm mở ở đây",
        en: "missing ) to close the group opened here")
    }
    let frame = stack[0]
    return Self.alternate(frame.alternatives + [Self.concat(frame.items)])
  }

  private func append(_ node: RegexNode, to stack: inout [Frame]) {
    stack[stack.count - 1].items.append(node)
    stack[stack.count - 1].lastWasRepetition = false
  }

  private static func concat(_ items: [RegexNode]) -> RegexNode {
    items.count == 0 ? .empty : items.count == 1 ? items[0] : .concat(items)
  }

  private static func alternate(_ alternatives: [RegexNode]) -> RegexNode {
    alternatives.count == 1 ? alternatives[0] : .alternate(alternatives)
  }

  private func literal(_ value: UInt32, _ stack: [Frame]) -> RegexNode {
    guard stack[stack.count - 1].flags.caseInsensitive, let orbit = CaseFolding.orbits[value] else {
      return .literal(value)
    }
    var builder = RangeBuilder()
    for member in orbit { builder.add(member, member) }
    return .set(ScalarSet(ranges: builder.normalized()))
  }

  private func peek(_ scalar: Unicode.Scalar, at offset: Int = 0) -> Bool {
    position + offset < scalars.count && scalars[position + offset] == scalar
  }

  // MARK: - Groups and flags

  /// After "(" with "?" next: named groups, flag groups, or a refusal. Returns true when a group
  /// opens (with `flags` its flags), false for a bare flag setting such as (?i).
  private mutating func parseGroupPrefix(start: Int, flags: inout RegexFlags) throws(RegexSyntaxError) -> Bool {
    position += 1  // "?"
    if peek("=") || peek("!") || (peek("<") && (peek("=", at: 1) || peek("!", at: 1))) {
      let end = position + (peek("<") ? 2 : 1)
      let quoted = text(start, end)
      throw error(
        from: start, to: end,
        vi: "không hỗ trợ kiểm tra trước hoặc sau \(quoted) (cú pháp RE2, so khớp trong thời gian tuyến tính)",
        en: "lookaround \(quoted) is not supported (RE2 syntax, linear-time matching)")
    }
    if peek("P", at: 0) && (peek("=", at: 1) || peek(">", at: 1)) {
      throw error(
        from: start, to: position + 2,
        vi: "không hỗ trợ tham chiếu ngược \(text(start, position + 2)) (cú pháp RE2)",
        en: "backreference \(text(start, position + 2)) is not supported (RE2 syntax)")
    }
    if peek("<") || (peek("P") && peek("<", at: 1)) {
      position += peek("P") ? 2 : 1
      let nameStart = position
      while position < scalars.count && scalars[position] != ">" {
        let scalar = scalars[position]
        guard scalar.isASCII && (scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
        else { break }
        position += 1
      }
      let name = text(nameStart, position)
      guard peek(">"), !name.isEmpty else {
        throw error(
          from: start, to: position + 1, vi: "tên nhóm không hợp lệ trong \(text(start, position + 1))",
          en: "invalid group name in \(text(start, position + 1))")
      }
      position += 1
      guard names.insert(name).inserted else {
        throw error(
          from: start, to: position, vi: "tên nhóm '\(name)' bị trùng", en: "duplicate group name '\(name)'")
      }
      return true
    }
    var negate = false
    var sawFlag = false
    var flagAfterMinus = false
    var new = flags
    while position < scalars.count {
      let scalar = scalars[position]
      position += 1
      switch scalar {
      case "i", "s", "m", "U":
        switch scalar {
        case "i": new.caseInsensitive = !negate
        case "s": new.dotNewline = !negate
        case "m": new.multiline = !negate
        default: new.ungreedy = !negate
        }
        sawFlag = true
        flagAfterMinus = negate
        continue
      case "-" where !negate:
        negate = true
        continue
      case ":" where !negate || flagAfterMinus:
        flags = new
        return true
      case ")" where sawFlag && (!negate || flagAfterMinus):
        flags = new
        return false
      default:
        break
      }
      throw error(
        from: start, to: position,
        vi: "cú pháp nhóm không hợp lệ hoặc không được hỗ trợ: \(text(start, position))",
        en: "invalid or unsupported group syntax \(text(start, position))")
    }
    throw error(
      from: start, to: position, vi: "thiếu dấu ) đóng nhóm mở ở đây", en: "missing ) to close the group opened here")
  }

  // MARK: - Repetition

  /// {n}, {n,} or {n,m} at the position; nil (position unchanged) when the brace is a literal.
  private mutating func parseRepeatBraces() throws(RegexSyntaxError) -> (Int, Int?)? {
    let start = position
    var index = position + 1
    func number() -> Int? {
      var value: Int?
      while index < scalars.count, let digit = scalars[index].properties.numericValue,
        scalars[index].isASCII
      {
        value = min((value ?? 0) * 10 + Int(digit), 100_000)
        index += 1
      }
      return value
    }
    guard let low = number() else { return nil }
    var high: Int? = low
    if index < scalars.count && scalars[index] == "," {
      index += 1
      high = number()
    }
    guard index < scalars.count && scalars[index] == "}" else { return nil }
    index += 1
    position = index
    if low > Self.maxRepeat || (high ?? 0) > Self.maxRepeat {
      throw error(
        from: start, to: index, vi: "số lần lặp trong \(text(start, index)) vượt quá \(Self.maxRepeat)",
        en: "repetition count in \(text(start, index)) exceeds \(Self.maxRepeat)")
    }
    if let high, high < low {
      throw error(
        from: start, to: index, vi: "khoảng lặp \(text(start, index)) không hợp lệ: số nhỏ nhất lớn hơn số lớn nhất",
        en: "bad repetition range \(text(start, index)): the minimum exceeds the maximum")
    }
    return (low, high)
  }

  private mutating func applyRepetition(min: Int, max: Int?, start: Int, stack: inout [Frame]) throws(RegexSyntaxError)
  {
    if peek("?") { position += 1 }  // lazy: the same yes/no answer
    let frame = stack[stack.count - 1]
    if frame.lastWasRepetition {
      throw error(
        from: start, to: position,
        vi: "toán tử lặp \(text(start, position)) không được đặt ngay sau một toán tử lặp khác "
          + "(không hỗ trợ lượng từ sở hữu)",
        en: "repetition operator \(text(start, position)) cannot follow another repetition "
          + "(possessive quantifiers are not supported)")
    }
    guard let last = frame.items.last else {
      throw error(
        from: start, to: position, vi: "toán tử lặp \(text(start, position)) không có biểu thức đứng trước",
        en: "missing argument to repetition operator \(text(start, position))")
    }
    stack[stack.count - 1].items[frame.items.count - 1] = .repetition(last, min: min, max: max)
    stack[stack.count - 1].lastWasRepetition = true
  }

  // MARK: - Escapes

  private enum Escape {
    case scalar(UInt32)
    case ranges([UInt32])
    case property(ScalarProperty)
    case assertion(RegexAssertion)
    case quote
  }

  private mutating func parseEscapeOutsideClass(stack: inout [Frame]) throws(RegexSyntaxError) {
    switch try parseEscape(inClass: false) {
    case .scalar(let value):
      append(literal(value, stack), to: &stack)
    case .ranges(let ranges):
      append(.set(makeSet(ranges, [], negated: false, flags: stack[stack.count - 1].flags)), to: &stack)
    case .property(let property):
      append(.set(makeSet([], [property], negated: false, flags: stack[stack.count - 1].flags)), to: &stack)
    case .assertion(let assertion):
      append(.assertion(assertion), to: &stack)
    case .quote:
      // \Q...\E: literal text up to \E or the end.
      while position < scalars.count {
        if scalars[position] == "\\" && peek("E", at: 1) {
          position += 2
          break
        }
        append(literal(scalars[position].value, stack), to: &stack)
        position += 1
      }
    }
  }

  private func makeSet(_ ranges: [UInt32], _ properties: [ScalarProperty], negated: Bool, flags: RegexFlags)
    -> ScalarSet
  {
    var builder = RangeBuilder()
    builder.add(flattened: ranges)
    var normalized = builder.normalized()
    if flags.caseInsensitive { normalized = RangeBuilder.caseClosed(normalized) }
    return ScalarSet(
      ranges: normalized, properties: properties, negated: negated,
      foldProperties: flags.caseInsensitive && !properties.isEmpty)
  }

  /// At a backslash: one escape.
  private mutating func parseEscape(inClass: Bool) throws(RegexSyntaxError) -> Escape {
    let start = position
    position += 1
    guard position < scalars.count else {
      throw error(
        from: start, to: position, vi: "dấu \\ ở cuối biểu thức không thoát ký tự nào",
        en: "trailing backslash at the end of the pattern")
    }
    let scalar = scalars[position]
    position += 1
    let invalid = error(
      from: start, to: position, vi: "chuỗi thoát \(text(start, position)) không hợp lệ",
      en: "invalid escape sequence \(text(start, position))")
    switch scalar {
    case "a": return .scalar(0x07)
    case "f": return .scalar(0x0C)
    case "t": return .scalar(0x09)
    case "n": return .scalar(0x0A)
    case "r": return .scalar(0x0D)
    case "v": return .scalar(0x0B)
    case "0"..."7" where scalar == "0" || peekOctal():
      var value = scalar.value - 0x30
      for _ in 0..<2 where peekOctal() {
        value = value * 8 + scalars[position].value - 0x30
        position += 1
      }
      return .scalar(value)
    case "1"..."9":
      throw error(
        from: start, to: position, vi: "không hỗ trợ tham chiếu ngược \(text(start, position)) (cú pháp RE2)",
        en: "backreference \(text(start, position)) is not supported (RE2 syntax)")
    case "x":
      return .scalar(try parseHex(start: start))
    case "d", "s", "w":
      return .ranges(RegexClasses.perl(Character(scalar))!)
    case "D", "S", "W":
      let lower = Character(Unicode.Scalar(scalar.value + 0x20)!)
      return .ranges(RangeBuilder.complement(RegexClasses.perl(lower)!))
    case "p", "P":
      return try parseProperty(start: start, negated: scalar == "P")
    case "A" where !inClass: return .assertion(.beginText)
    case "z" where !inClass: return .assertion(.endText)
    case "b" where !inClass: return .assertion(.wordBoundary)
    case "B" where !inClass: return .assertion(.notWordBoundary)
    case "Q" where !inClass: return .quote
    case "C":
      throw error(
        from: start, to: position, vi: "không hỗ trợ \\C (một byte bất kỳ)",
        en: "\\C (any byte) is not supported")
    default:
      if scalar.isASCII && !scalar.properties.isAlphabetic && !("0"..."9").contains(scalar) {
        return .scalar(scalar.value)
      }
      throw invalid
    }
  }

  private func peekOctal() -> Bool {
    position < scalars.count && ("0"..."7").contains(scalars[position])
  }

  private mutating func parseHex(start: Int) throws(RegexSyntaxError) -> UInt32 {
    func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
      switch scalar {
      case "0"..."9": return scalar.value - 0x30
      case "a"..."f": return scalar.value - 0x61 + 10
      case "A"..."F": return scalar.value - 0x41 + 10
      default: return nil
      }
    }
    var value: UInt32 = 0
    var valid = true
    if peek("{") {
      position += 1
      var digits = 0
      while position < scalars.count, let digit = hexDigit(scalars[position]) {
        value = min(value * 16 + digit, 0x11_0000)
        digits += 1
        position += 1
      }
      valid = digits > 0 && peek("}")
      if valid { position += 1 }
    } else {
      for _ in 0..<2 {
        guard position < scalars.count, let digit = hexDigit(scalars[position]) else {
          valid = false
          break
        }
        value = value * 16 + digit
        position += 1
      }
    }
    guard valid, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else {
      throw error(
        from: start, to: position, vi: "chuỗi thoát thập lục phân \(text(start, position)) không hợp lệ",
        en: "invalid hexadecimal escape \(text(start, position))")
    }
    return value
  }

  /// After \p or \P: a one-letter name or {Name} / {^Name}.
  private mutating func parseProperty(start: Int, negated: Bool) throws(RegexSyntaxError) -> Escape {
    var negated = negated
    var name: String
    if peek("{") {
      let close = scalars[position...].firstIndex(of: "}")
      guard let close else {
        throw error(
          from: start, to: scalars.count, vi: "thiếu dấu } đóng lớp Unicode \(text(start, scalars.count))",
          en: "missing } to close the Unicode class \(text(start, scalars.count))")
      }
      name = text(position + 1, close)
      position = close + 1
      if name.hasPrefix("^") {
        negated.toggle()
        name.removeFirst()
      }
    } else {
      guard position < scalars.count else {
        throw error(
          from: start, to: position, vi: "thiếu tên lớp Unicode sau \(text(start, position))",
          en: "missing Unicode class name after \(text(start, position))")
      }
      name = String(Character(scalars[position]))
      position += 1
    }
    if name == "Any" {
      return .ranges(negated ? [] : [0, 0x10FFFF])
    }
    if let categories = RegexClasses.categories(name) {
      return .property(ScalarProperty(categories: categories, negated: negated))
    }
    if let ranges = RegexClasses.scripts[name] {
      return .ranges(negated ? RangeBuilder.complement(ranges) : ranges)
    }
    throw error(
      from: start, to: position, vi: "lớp Unicode \(text(start, position)) không tồn tại",
      en: "unknown Unicode class \(text(start, position))")
  }

  // MARK: - Character classes

  private mutating func parseClass(flags: RegexFlags) throws(RegexSyntaxError) -> ScalarSet {
    let start = position
    position += 1
    var negated = false
    if peek("^") {
      negated = true
      position += 1
    }
    var builder = RangeBuilder()
    var properties: [ScalarProperty] = []
    var first = true
    while true {
      guard position < scalars.count else {
        throw error(
          from: start, to: start + 1, vi: "thiếu dấu ] đóng lớp ký tự mở ở đây",
          en: "missing ] to close the character class opened here")
      }
      let itemStart = position
      if scalars[position] == "]" && !first {
        position += 1
        break
      }
      first = false
      if scalars[position] == "[" && peek(":", at: 1), let ranges = try parsePosix() {
        builder.add(flattened: ranges)
        continue
      }
      guard let low = try classAtom(into: &builder, properties: &properties) else { continue }
      if peek("-") && position + 1 < scalars.count && scalars[position + 1] != "]" {
        position += 1
        var ignored = RangeBuilder()
        var ignoredProperties: [ScalarProperty] = []
        guard let high = try classAtom(into: &ignored, properties: &ignoredProperties) else {
          throw error(
            from: itemStart, to: position, vi: "khoảng ký tự \(text(itemStart, position)) không hợp lệ",
            en: "bad character class range \(text(itemStart, position))")
        }
        guard low <= high else {
          throw error(
            from: itemStart, to: position,
            vi: "khoảng ký tự \(text(itemStart, position)) không hợp lệ: ký tự đầu đứng sau ký tự cuối",
            en: "bad character class range \(text(itemStart, position)): the start comes after the end")
        }
        builder.add(low, high)
      } else {
        builder.add(low, low)
      }
    }
    var ranges = builder.normalized()
    if flags.caseInsensitive { ranges = RangeBuilder.caseClosed(ranges) }
    return ScalarSet(
      ranges: ranges, properties: properties, negated: negated,
      foldProperties: flags.caseInsensitive && !properties.isEmpty)
  }

  /// One item of a class: a scalar (returned, so it may start a range) or a named class (added to
  /// the builder; nil returned).
  private mutating func classAtom(into builder: inout RangeBuilder, properties: inout [ScalarProperty])
    throws(RegexSyntaxError)
    -> UInt32?
  {
    let scalar = scalars[position]
    guard scalar == "\\" else {
      position += 1
      return scalar.value
    }
    switch try parseEscape(inClass: true) {
    case .scalar(let value): return value
    case .ranges(let ranges): builder.add(flattened: ranges)
    case .property(let property): properties.append(property)
    case .assertion, .quote: break  // not reachable inside a class
    }
    return nil
  }

  /// [:name:] or [:^name:] at the position; nil (position unchanged) when it is not one.
  private mutating func parsePosix() throws(RegexSyntaxError) -> [UInt32]? {
    let start = position
    var index = position + 2
    while index + 1 < scalars.count && !(scalars[index] == ":" && scalars[index + 1] == "]") {
      guard scalars[index].properties.isAlphabetic || scalars[index] == "^" else { return nil }
      index += 1
    }
    guard index + 1 < scalars.count else { return nil }
    var name = text(start + 2, index)
    position = index + 2
    var negated = false
    if name.hasPrefix("^") {
      negated = true
      name.removeFirst()
    }
    guard let ranges = RegexClasses.posix[name] else {
      throw error(
        from: start, to: position, vi: "lớp POSIX \(text(start, position)) không tồn tại",
        en: "unknown POSIX class \(text(start, position))")
    }
    return negated ? RangeBuilder.complement(ranges) : ranges
  }
}
