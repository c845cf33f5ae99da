// A RegexNode tree compiled to a Thompson NFA program: instructions that consume one scalar,
// splits and jumps, zero-width assertions, and match.

enum RegexInstruction: Sendable {
  case scalar(UInt32)
  case set(Int)  // index into RegexProgram.sets
  case any
  case anyButNewline
  case split(Int, Int)
  case jump(Int)
  case assertion(RegexAssertion)
  case match
}

struct RegexProgram: Sendable {
  var instructions: [RegexInstruction] = []
  var sets: [ScalarSet] = []
  /// Each set's ASCII members as a 128-bit map (low and high halves), so ASCII text skips the
  /// range search.
  var asciiMaps: [(UInt64, UInt64)] = []
  /// Every match starts at the beginning of the text (the pattern starts with \A or ^ without (?m)).
  var anchoredStart = false

  struct TooLarge: Error {}

  /// Compiles, refusing (TooLarge) as soon as the program passes `limit` instructions, so that
  /// nested counted repetitions such as (a{1000}){1000} cost at most `limit` steps to refuse.
  static func compile(_ node: RegexNode, limit: Int) throws(TooLarge) -> RegexProgram {
    var compiler = Compiler(limit: limit)
    try compiler.emit(node)
    try compiler.append(.match)
    var program = compiler.program
    program.anchoredStart = startsAnchored(node)
    return program
  }

  private static func startsAnchored(_ node: RegexNode) -> Bool {
    switch node {
    case .assertion(.beginText): return true
    case .concat(let items): return items.first.map(startsAnchored) ?? false
    default: return false
    }
  }

  private struct Compiler {
    let limit: Int
    var program = RegexProgram()

    @discardableResult
    mutating func append(_ instruction: RegexInstruction) throws(TooLarge) -> Int {
      guard program.instructions.count < limit else { throw TooLarge() }
      program.instructions.append(instruction)
      return program.instructions.count - 1
    }

    var next: Int { program.instructions.count }

    mutating func emit(_ node: RegexNode) throws(TooLarge) {
      switch node {
      case .empty:
        break
      case .literal(let value):
        try append(.scalar(value))
      case .set(let set):
        try append(.set(program.sets.count))
        program.sets.append(set)
        var map: (UInt64, UInt64) = (0, 0)
        for scalar in UInt32(0)..<128 where set.contains(scalar) {
          if scalar < 64 { map.0 |= 1 << UInt64(scalar) } else { map.1 |= 1 << UInt64(scalar - 64) }
        }
        program.asciiMaps.append(map)
      case .any(let newline):
        try append(newline ? .any : .anyButNewline)
      case .assertion(let assertion):
        try append(.assertion(assertion))
      case .concat(let items):
        for item in items { try emit(item) }
      case .alternate(let alternatives):
        var jumps: [Int] = []
        for (index, alternative) in alternatives.enumerated() {
          if index == alternatives.count - 1 {
            try emit(alternative)
          } else {
            let split = try append(.split(0, 0))
            try emit(alternative)
            jumps.append(try append(.jump(0)))
            program.instructions[split] = .split(split + 1, next)
          }
        }
        for jump in jumps { program.instructions[jump] = .jump(next) }
      case .repetition(let body, let min, let max):
        try emitRepetition(body, min: min, max: max)
      }
    }

    /// x{n,m}: n copies of x, then m - n copies of x? (x* when unbounded). A body that emits
    /// nothing is emitted once, so empty bodies never multiply the work.
    mutating func emitRepetition(_ body: RegexNode, min: Int, max: Int?) throws(TooLarge) {
      for _ in 0..<min {
        let before = next
        try emit(body)
        if next == before { return }
      }
      guard let max else {
        let split = try append(.split(0, 0))
        try emit(body)
        try append(.jump(split))
        program.instructions[split] = .split(split + 1, next)
        return
      }
      for _ in min..<max {
        let split = try append(.split(0, 0))
        try emit(body)
        let empty = next == split + 1
        program.instructions[split] = .split(split + 1, next)
        if empty { return }
      }
    }
  }
}
