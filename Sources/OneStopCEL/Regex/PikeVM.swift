// The matcher: a Thompson NFA simulation (a Pike VM without captures). It keeps the set of
// program counters alive at each position of the text and steps them all at once, so matching
// takes O(program size × text length) time whatever the pattern, with no backtracking and no
// recursion.

enum PikeVM {
  /// Whether the program matches anywhere in the text (RE2's PartialMatch).
  static func search(_ program: RegexProgram, in text: String) -> Bool {
    let input = Array(text.unicodeScalars)
    var machine = Machine(program)
    defer { machine.deallocate() }
    return program.instructions.withUnsafeBufferPointer { instructions in
      machine.run(instructions, input)
    }
  }

  /// The thread lists and the closure stack, in buffers of the program's size allocated once per
  /// search (the inner loop then pays no copy-on-write or bounds checks).
  private struct Machine {
    let program: RegexProgram
    let size: Int
    var current: SparseSet
    var following: SparseSet
    let stack: UnsafeMutablePointer<Int32>

    init(_ program: RegexProgram) {
      self.program = program
      size = program.instructions.count
      current = SparseSet(capacity: size)
      following = SparseSet(capacity: size)
      // Each instruction is pushed at most once per closure, plus the split's second branch.
      stack = .allocate(capacity: 2 * size + 1)
    }

    func deallocate() {
      current.deallocate()
      following.deallocate()
      stack.deallocate()
    }

    mutating func run(_ instructions: UnsafeBufferPointer<RegexInstruction>, _ input: [Unicode.Scalar]) -> Bool {
      let count = input.count
      var position = 0
      while true {
        let previous: UInt32? = position > 0 ? input[position - 1].value : nil
        let here: UInt32? = position < count ? input[position].value : nil
        if position == 0 || !program.anchoredStart {
          if add(0, to: &current, instructions, previous, here) { return true }
        }
        guard let scalar = here else { return false }
        if current.count == 0 && program.anchoredStart { return false }
        let after: UInt32? = position + 1 < count ? input[position + 1].value : nil
        following.count = 0
        for index in 0..<current.count {
          let pc = Int(current.dense[index])
          let advances: Bool
          switch instructions[pc] {
          case .scalar(let value): advances = value == scalar
          case .set(let set): advances = member(scalar, of: set)
          case .any: advances = true
          case .anyButNewline: advances = scalar != 0x0A
          default: advances = false
          }
          if advances && add(pc + 1, to: &following, instructions, scalar, after) { return true }
        }
        swap(&current, &following)
        position += 1
      }
    }

    private func member(_ scalar: UInt32, of set: Int) -> Bool {
      if scalar < 64 { return program.asciiMaps[set].0 & (1 << UInt64(scalar)) != 0 }
      if scalar < 128 { return program.asciiMaps[set].1 & (1 << UInt64(scalar - 64)) != 0 }
      return program.sets[set].contains(scalar)
    }

    /// Adds a thread and everything reachable from it without consuming a scalar; true when that
    /// reaches the match instruction.
    private func add(
      _ start: Int, to list: inout SparseSet, _ instructions: UnsafeBufferPointer<RegexInstruction>,
      _ previous: UInt32?, _ next: UInt32?
    ) -> Bool {
      var top = 0
      stack[0] = Int32(start)
      top = 1
      while top > 0 {
        top -= 1
        let pc = Int(stack[top])
        guard list.insert(pc) else { continue }
        switch instructions[pc] {
        case .jump(let target):
          stack[top] = Int32(target)
          top += 1
        case .split(let first, let second):
          stack[top] = Int32(second)
          stack[top + 1] = Int32(first)
          top += 2
        case .assertion(let assertion):
          if PikeVM.holds(assertion, previous, next) {
            stack[top] = Int32(pc + 1)
            top += 1
          }
        case .match:
          return true
        default:
          break
        }
      }
      return false
    }
  }

  static func holds(_ assertion: RegexAssertion, _ previous: UInt32?, _ next: UInt32?) -> Bool {
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

/// A set of program counters with O(1) insert, membership and clear (Briggs and Torczon), in
/// buffers its owner deallocates.
struct SparseSet {
  let dense: UnsafeMutablePointer<Int32>
  let sparse: UnsafeMutablePointer<Int32>
  var count = 0
  let capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
    dense = .allocate(capacity: max(capacity, 1))
    sparse = .allocate(capacity: max(capacity, 1))
    // The sparse side may hold anything: membership checks dense[sparse[v]] == v within count.
    sparse.initialize(repeating: 0, count: max(capacity, 1))
    dense.initialize(repeating: 0, count: max(capacity, 1))
  }

  func deallocate() {
    dense.deallocate()
    sparse.deallocate()
  }

  /// False when already present.
  mutating func insert(_ value: Int) -> Bool {
    let index = Int(sparse[value])
    if index < count && Int(dense[index]) == value { return false }
    sparse[value] = Int32(count)
    dense[count] = Int32(value)
    count += 1
    return true
  }
}
