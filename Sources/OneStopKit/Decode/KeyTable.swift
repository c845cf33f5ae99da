#if canImport(Glibc)
  import Glibc
#endif

/// Whether a name and a key have the same bytes.
@inline(__always)
func sameBytes(_ name: [UInt8], _ key: UnsafeBufferPointer<UInt8>) -> Bool {
  guard name.count == key.count, let bytes = key.baseAddress else { return false }
  return name.withUnsafeBufferPointer { memcmp($0.baseAddress!, bytes, key.count) == 0 }
}

/// The keys of one mapping shape as bytes, in the order of its `FormatKey` enum (the shape's
/// own order), with the shape's rules as bit masks over that order: required keys, exactly-one
/// and at-least-one groups, dependencies, and each list's minimum length. The rules come from
/// `FormatSchema`, so the two paths share them. Not generic, so that the decoder has one
/// `nextKey` for every shape.
struct KeyMatcher: Sendable {
  private let names: [[UInt8]]
  /// Each key's index at the slot of its byte count and first byte (`slot(_:_:)`), or -1: the
  /// keys of a shape differ there, so one comparison of bytes confirms a key.
  private let slots: [Int8]
  private let slotMask: Int
  let minItems: [Int]
  private let required: UInt64
  private let exactlyOne: [UInt64]
  private let atLeastOne: [UInt64]
  private let dependencies: [(key: UInt64, requires: UInt64)]

  init(_ shape: ObjectShape, order: [String]) {
    precondition(order == shape.fields.map(\.name), "the keys of \(shape.name) must be in the shape's order")
    names = order.map { Array($0.utf8) }
    var size = 32
    while true {
      var slots = [Int8](repeating: -1, count: size)
      var collided = false
      for (index, name) in names.enumerated() {
        let slot = Self.slot(name.count, name.first ?? 0) & (size - 1)
        if slots[slot] >= 0 { collided = true }
        slots[slot] = Int8(index)
      }
      if !collided {
        self.slots = slots
        break
      }
      size *= 2
      precondition(size <= 1 << 16, "keys of \(shape.name) that no slot size tells apart")
    }
    slotMask = size - 1
    func mask(_ keys: [String]) -> UInt64 {
      keys.reduce(0) { $0 | (1 << UInt64(order.firstIndex(of: $1)!)) }
    }
    required = mask(shape.requiredNames)
    exactlyOne = shape.exactlyOne.map(mask)
    atLeastOne = shape.atLeastOne.map(mask)
    dependencies = shape.dependencies.map { (mask([$0.key]), mask($0.requires)) }
    minItems = order.map { name in
      if case .list(_, let minItems) = shape.shape(of: name) { return minItems }
      return 0
    }
  }

  @inline(__always)
  private static func slot(_ count: Int, _ first: UInt8) -> Int {
    count &* 37 &+ Int(first)
  }

  /// The index of the key with exactly these bytes.
  @inline(__always)
  func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = key.first else { return nil }
    let index = Int(slots[Self.slot(key.count, first) & slotMask])
    guard index >= 0, sameBytes(names[index], key) else { return nil }
    return index
  }

  /// Whether a mapping with the keys `seen` breaks none of the shape's key rules.
  func isSatisfied(by seen: UInt64) -> Bool {
    seen & required == required
      && exactlyOne.allSatisfy { ($0 & seen).nonzeroBitCount == 1 }
      && atLeastOne.allSatisfy { $0 & seen != 0 }
      && dependencies.allSatisfy { seen & $0.key == 0 || seen & $0.requires == $0.requires }
  }
}

/// A shape's `KeyMatcher` with its key enum: what the decoder's switches read.
struct KeyTable<Key: FormatKey>: Sendable {
  /// A key read from a mapping, with the minimum length of its list (0 when not a list).
  struct Match {
    let key: Key
    let minItems: Int
  }

  let matcher: KeyMatcher
  private let keys: [Key]

  init() {
    keys = Key.allCases
    matcher = KeyMatcher(Key.shape, order: keys.map(\.rawValue))
  }

  @inline(__always)
  func match(_ index: Int) -> Match {
    Match(key: keys[index], minItems: matcher.minItems[index])
  }
}

/// The key table of each shape of a procedure file, made once.
enum KeyTables {
  static let procedure = KeyTable<ProcedureKey>()
  static let decision = KeyTable<DecisionKey>()
  static let channel = KeyTable<ChannelKey>()
  static let processingTime = KeyTable<ProcessingTimeKey>()
  static let fee = KeyTable<FeeKey>()
  static let legalReference = KeyTable<LegalReferenceKey>()
  static let requirement = KeyTable<RequirementKey>()
  static let copies = KeyTable<CopiesKey>()
  static let form = KeyTable<FormTemplateKey>()
  static let waiver = KeyTable<WaiverKey>()
  static let procedureCase = KeyTable<CaseKey>()
  static let result = KeyTable<ResultKey>()
}
