// The parsed form of a regular expression, and the sets of Unicode scalars its classes denote.

/// A zero-width assertion.
enum RegexAssertion: Sendable, Equatable {
  case beginText, endText  // \A and \z (and ^ and $ without (?m))
  case beginLine, endLine  // ^ and $ with (?m)
  case wordBoundary, notWordBoundary  // \b and \B (ASCII word characters, as RE2)
}

/// A parsed regular expression. Captures, names and greediness do not change whether a text
/// matches, so the tree forgets them.
indirect enum RegexNode: Sendable {
  case empty
  case literal(UInt32)
  case set(ScalarSet)
  case any(newline: Bool)
  case assertion(RegexAssertion)
  case concat([RegexNode])
  case alternate([RegexNode])
  /// `max` nil: unbounded.
  case repetition(RegexNode, min: Int, max: Int?)
}

/// A Unicode property a class may name: general categories (\pL, \p{Nd}).
struct ScalarProperty: Sendable, Equatable {
  var categories: [Unicode.GeneralCategory]
  var negated: Bool

  func contains(_ scalar: UInt32) -> Bool {
    guard let value = Unicode.Scalar(scalar) else { return negated }
    return categories.contains(value.properties.generalCategory) != negated
  }
}

/// A set of scalars: sorted, disjoint, non-adjacent ranges, plus general category tests, possibly
/// negated as a whole. With `foldProperties`, a scalar belongs when a member of its case-folding
/// orbit passes a category test (the ranges are closed under case folding when built).
struct ScalarSet: Sendable {
  /// Flattened pairs lo, hi.
  var ranges: [UInt32] = []
  var properties: [ScalarProperty] = []
  var negated = false
  var foldProperties = false

  func contains(_ scalar: UInt32) -> Bool {
    var found = Self.inRanges(ranges, scalar)
    if !found && !properties.isEmpty {
      found = properties.contains { $0.contains(scalar) }
      if !found && foldProperties, let orbit = CaseFolding.orbits[scalar] {
        found = orbit.contains { member in properties.contains { $0.contains(member) } }
      }
    }
    return found != negated
  }

  static func inRanges(_ ranges: [UInt32], _ scalar: UInt32) -> Bool {
    var low = 0
    var high = ranges.count / 2
    while low < high {
      let middle = (low + high) / 2
      if scalar < ranges[2 * middle] {
        high = middle
      } else if scalar > ranges[2 * middle + 1] {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }
}

/// Building range lists: add, normalize, complement, close under case folding.
struct RangeBuilder {
  private(set) var pairs: [(UInt32, UInt32)] = []

  mutating func add(_ low: UInt32, _ high: UInt32) { pairs.append((low, high)) }

  mutating func add(flattened: [UInt32]) {
    var index = 0
    while index + 1 < flattened.count {
      pairs.append((flattened[index], flattened[index + 1]))
      index += 2
    }
  }

  /// Sorted, merged, flattened.
  func normalized() -> [UInt32] {
    let sorted = pairs.sorted { $0.0 < $1.0 }
    var result: [UInt32] = []
    for (low, high) in sorted {
      if let last = result.last, low <= last &+ 1 {
        if high > last { result[result.count - 1] = high }
      } else {
        result.append(low)
        result.append(high)
      }
    }
    return result
  }

  /// The complement of normalized ranges within 0...0x10FFFF.
  static func complement(_ ranges: [UInt32]) -> [UInt32] {
    var result: [UInt32] = []
    var next: UInt32 = 0
    var index = 0
    while index + 1 < ranges.count {
      if ranges[index] > next {
        result.append(next)
        result.append(ranges[index] - 1)
      }
      next = ranges[index + 1] + 1
      index += 2
    }
    if next <= 0x10FFFF {
      result.append(next)
      result.append(0x10FFFF)
    }
    return result
  }

  /// Normalized ranges closed under simple case folding.
  static func caseClosed(_ ranges: [UInt32]) -> [UInt32] {
    var builder = RangeBuilder()
    builder.add(flattened: ranges)
    for (scalar, orbit) in CaseFolding.orbits where ScalarSet.inRanges(ranges, scalar) {
      for member in orbit { builder.add(member, member) }
    }
    return builder.normalized()
  }
}

/// Simple case folding: the orbits of scalars that fold together (k, K and the Kelvin sign K;
/// s, S and ſ; σ, ς and Σ), from the standard library's single-scalar case mappings.
enum CaseFolding {
  static let orbits: [UInt32: [UInt32]] = {
    var groups: [UInt32: [UInt32]] = [:]
    for value in UInt32(0)...0x1FFFF {
      guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseMapped else { continue }
      groups[key(scalar), default: []].append(value)
    }
    // Scalars that are their own key but have no mapping of their own (already lowercase) are
    // included through the group of a scalar that maps to them.
    var result: [UInt32: [UInt32]] = [:]
    for (key, var members) in groups {
      if !members.contains(key) { members.append(key) }
      members.sort()
      guard members.count > 1 else { continue }
      for member in members { result[member] = members }
    }
    return result
  }()

  /// The scalar a scalar folds to: the lowercase of its uppercase, when both are one scalar.
  /// Dotless ı folds to itself (its folding to i is Turkish only, as in Unicode's CaseFolding).
  private static func key(_ scalar: Unicode.Scalar) -> UInt32 {
    if scalar.value == 0x131 { return 0x131 }
    let upper = single(scalar.properties.uppercaseMapping) ?? scalar
    if let lower = single(upper.properties.lowercaseMapping) { return lower.value }
    return (single(scalar.properties.lowercaseMapping) ?? scalar).value
  }

  private static func single(_ text: String) -> Unicode.Scalar? {
    var iterator = text.unicodeScalars.makeIterator()
    guard let first = iterator.next(), iterator.next() == nil else { return nil }
    return first
  }
}
