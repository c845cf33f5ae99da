import Testing

@testable import OneStopCEL

/// Random tiny patterns and texts, matched by the engine and by an independent reference written
/// here: a matcher that computes, for each node, the set of positions a match starting at a given
/// position can end at (exponential in the worst case, fine on tiny inputs).
@Suite("Regex differential")
struct RegexDifferentialTests {
  /// The reference's view of a pattern.
  indirect enum Node {
    case char(Character)
    case any
    case set([Character], negated: Bool)
    case begin, end, wordBoundary, notWordBoundary
    case concat([Node])
    case alternate([Node])
    case repetition(Node, min: Int, max: Int?)
    case group(Node, capturing: Bool)
  }

  struct Flags {
    var caseInsensitive = false
    var dotNewline = false
    var multiline = false
  }

  /// SplitMix64: a small deterministic generator, so failures reproduce.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
  }

  // MARK: - Generating

  static func generate(_ random: inout Random, depth: Int) -> Node {
    let choice = depth == 0 ? random.below(6) : random.below(12)
    switch choice {
    case 0, 1: return .char(random.pick(["a", "b", "A"]))
    case 2: return .any
    case 3: return .set(random.pick([["a", "b"], ["a"], ["A", "b"], ["ấ", "Đ"]]), negated: random.below(2) == 0)
    case 4: return random.pick([.begin, .end, .wordBoundary, .notWordBoundary])
    case 5: return .char(random.pick(["a", "b", " ", "đ", "Ấ"]))
    case 6, 7:
      return .concat((0..<(2 + random.below(2))).map { _ in generate(&random, depth: depth - 1) })
    case 8: return .alternate((0..<(2 + random.below(2))).map { _ in generate(&random, depth: depth - 1) })
    case 9, 10:
      let bounds: [(Int, Int?)] = [(0, nil), (1, nil), (0, 1), (2, 2), (1, 3), (2, nil), (0, 2)]
      let (low, high) = random.pick(bounds)
      return .repetition(generate(&random, depth: depth - 1), min: low, max: high)
    default: return .group(generate(&random, depth: depth - 1), capturing: random.below(2) == 0)
    }
  }

  static func render(_ node: Node) -> String {
    switch node {
    case .char(let character): return String(character)
    case .any: return "."
    case .set(let members, let negated): return "[" + (negated ? "^" : "") + String(members) + "]"
    case .begin: return "^"
    case .end: return "$"
    case .wordBoundary: return #"\b"#
    case .notWordBoundary: return #"\B"#
    case .concat(let items):
      return items.map { item in
        if case .alternate = item { return "(?:" + render(item) + ")" }
        return render(item)
      }.joined()
    case .alternate(let alternatives): return alternatives.map(render).joined(separator: "|")
    case .repetition(let body, let low, let high):
      let operand: String
      switch body {
      case .char, .any, .set, .group: operand = render(body)
      default: operand = "(?:" + render(body) + ")"
      }
      switch (low, high) {
      case (0, nil): return operand + "*"
      case (1, nil): return operand + "+"
      case (0, 1): return operand + "?"
      case (let low, nil): return operand + "{\(low),}"
      case (let low, let high?) where low == high: return operand + "{\(low)}"
      case (let low, let high?): return operand + "{\(low),\(high)}"
      }
    case .group(let body, let capturing): return (capturing ? "(" : "(?:") + render(body) + ")"
    }
  }

  // MARK: - The reference matcher

  struct Reference {
    let text: [Character]
    let flags: Flags

    func same(_ pattern: Character, _ character: Character) -> Bool {
      flags.caseInsensitive ? pattern.lowercased() == character.lowercased() : pattern == character
    }

    func isWord(_ index: Int) -> Bool {
      // RE2's \b looks at ASCII word characters only.
      index >= 0 && index < text.count && text[index].isASCII && (text[index].isLetter || text[index] == "_")
    }

    func ends(_ node: Node, _ start: Int) -> Set<Int> {
      switch node {
      case .char(let character):
        return start < text.count && same(character, text[start]) ? [start + 1] : []
      case .any:
        return start < text.count && (flags.dotNewline || text[start] != "\n") ? [start + 1] : []
      case .set(let members, let negated):
        guard start < text.count else { return [] }
        return members.contains { same($0, text[start]) } != negated ? [start + 1] : []
      case .begin:
        return start == 0 || (flags.multiline && text[start - 1] == "\n") ? [start] : []
      case .end:
        return start == text.count || (flags.multiline && text[start] == "\n") ? [start] : []
      case .wordBoundary:
        return isWord(start - 1) != isWord(start) ? [start] : []
      case .notWordBoundary:
        return isWord(start - 1) == isWord(start) ? [start] : []
      case .concat(let items):
        var positions: Set<Int> = [start]
        for item in items { positions = Set(positions.flatMap { ends(item, $0) }) }
        return positions
      case .alternate(let alternatives):
        return Set(alternatives.flatMap { ends($0, start) })
      case .group(let body, _):
        return ends(body, start)
      case .repetition(let body, let low, let high):
        var positions: Set<Int> = [start]
        for _ in 0..<low { positions = Set(positions.flatMap { ends(body, $0) }) }
        var reached = positions
        var frontier = positions
        var count = low
        while !frontier.isEmpty && (high.map { count < $0 } ?? true) {
          let next = Set(frontier.flatMap { ends(body, $0) })
          frontier = next.subtracting(reached)
          reached.formUnion(next)
          count += 1
        }
        return reached
      }
    }

    func search(_ node: Node) -> Bool {
      (0...text.count).contains { !ends(node, $0).isEmpty }
    }
  }

  // MARK: - The test

  @Test func engineAgreesWithTheReference() throws {
    var random = Random(state: 17)
    var compared = 0
    var matched = 0
    for _ in 0..<1500 {
      var flags = Flags()
      var prefix = ""
      if random.below(4) == 0 {
        flags.caseInsensitive = true
        prefix += "i"
      }
      if random.below(5) == 0 {
        flags.dotNewline = true
        prefix += "s"
      }
      if random.below(5) == 0 {
        flags.multiline = true
        prefix += "m"
      }
      let node = Self.generate(&random, depth: 3)
      let pattern = (prefix.isEmpty ? "" : "(?\(prefix))") + Self.render(node)
      let regex = try CELRegex.compile(pattern, limits: nil).get()
      for _ in 0..<3 {
        let text = String(
          (0..<random.below(7)).map { _ in random.pick(["a", "b", "A", " ", "\n", "đ", "Đ", "ấ"] as [Character]) })
        let expected = Reference(text: Array(text), flags: flags).search(node)
        #expect(regex.matches(text) == expected, "/\(pattern)/ on \(text.debugDescription)")
        compared += 1
        if expected { matched += 1 }
      }
    }
    #expect(compared == 4500)
    // Both answers occur often enough for the comparison to mean something.
    #expect(matched > 900 && matched < 3600, "\(matched) of \(compared) matched")
  }
}
