// The matcher: a Thompson NFA simulation (a Pike VM without captures). It keeps the set of
// program counters alive at each position of the text and steps them all at once, so matching
// takes O(program size × text length) time whatever the pattern, with no backtracking and no
// recursion.

enum PikeVM {
  /// Whether the program matches anywhere in the text (RE2's PartialMatch).
  static func search(_ program: RegexProgram, in text: String) -> Bool {
    let input = Array(text.unicodeScalars)
    let count = input.count
    var current = SparseSet(capacity: program.instructions.count)
    var following = SparseSet(capacity: program.instructions.count)
    var stack: [Int] = []
    stack.reserveCapacity(program.instructions.count)
    var position = 0
    while true {
      let previous: UInt32? = position > 0 ? input[position - 1].value : nil
      let here: UInt32? = position < count ? input[position].value : nil
      if position == 0 || !program.anchoredStart {
        if add(0, to: &current, program, previous, here, &stack) { return true }
      }
      guard let scalar = here else { return false }
      if current.isEmpty && program.anchoredStart { return false }
      let after: UInt32? = position + 1 < count ? input[position + 1].value : nil
      following.removeAll()
      for index in 0..<current.count {
        let pc = current.dense[index]
        let advances: Bool
        switch program.instructions[pc] {
        case .scalar(let value): advances = value == scalar
        case .set(let set): advances = program.sets[set].contains(scalar)
        case .any: advances = true
        case .anyButNewline: advances = scalar != 0x0A
        default: advances = false
        }
        if advances && add(pc + 1, to: &following, program, scalar, after, &stack) { return true }
      }
      swap(&current, &following)
      position += 1
    }
  }

  /// Adds a thread and everything reachable from it without consuming a scalar; true when that
  /// reaches the match instruction.
  private static func add(
    _ start: Int, to set: inout SparseSet, _ program: RegexProgram, _ previous: UInt32?, _ next: UInt32?,
    _ stack: inout [Int]
  ) -> Bool {
    stack.append(start)
    while let pc = stack.popLast() {
      guard set.insert(pc) else { continue }
      switch program.instructions[pc] {
      case .jump(let target):
        stack.append(target)
      case .split(let first, let second):
        stack.append(second)
        stack.append(first)
      case .assertion(let assertion):
        if holds(assertion, previous, next) { stack.append(pc + 1) }
      case .match:
        stack.removeAll(keepingCapacity: true)
        return true
      default:
        break
      }
    }
    return false
  }

  private static func holds(_ assertion: RegexAssertion, _ previous: UInt32?, _ next: UInt32?) -> Bool {
    switch assertion {
    case .beginText: return previous == nil
    case .endText: return next == nil
    case .beginLine: return previous == nil || previous == 0x0A
    case .endLine: return next == nil || next == 0x0A
    case .wordBoundary: return isWord(previous) != isWord(next)
    case .notWordBoundary: return isWord(previous) == isWord(next)
    }
  }

  /// RE2's \w: ASCII letters, digits and underscore.
  private static func isWord(_ scalar: UInt32?) -> Bool {
    guard let scalar else { return false }
    return (0x30...0x39).contains(scalar) || (0x41...0x5A).contains(scalar) || (0x61...0x7A).contains(scalar)
      || scalar == 0x5F
  }
}

/// A set of program counters with O(1) insert, membership and clear (Briggs and Torczon).
struct SparseSet {
  private(set) var dense: [Int]
  private var sparse: [Int]
  private(set) var count = 0

  init(capacity: Int) {
    dense = Array(repeating: 0, count: capacity)
    sparse = Array(repeating: 0, count: capacity)
  }

  var isEmpty: Bool { count == 0 }

  /// False when already present.
  mutating func insert(_ value: Int) -> Bool {
    let index = sparse[value]
    if index < count && dense[index] == value { return false }
    sparse[value] = count
    dense[count] = value
    count += 1
    return true
  }

  mutating func removeAll() { count = 0 }
}
