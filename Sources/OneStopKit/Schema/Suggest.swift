/// "Did you mean" suggestions by edit distance.
enum Suggest {
  /// The candidate closest to `word`, if it is close enough to be a plausible typo: at most a
  /// third of its length away (one to three edits), the alphabetically first among the closest.
  static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    let target = Array(word.lowercased().unicodeScalars)
    let allowed = max(1, min(3, target.count / 3))
    var best: (candidate: String, distance: Int)? = nil
    var rows = DistanceRows()
    for candidate in candidates {
      // A length difference is a lower bound of the distance: most candidates stop here, before
      // any allocation (a file of 100,000 unknown ids asks for 100,000 suggestions).
      // Scalars counted on the UTF-8 bytes (every byte but continuation bytes starts one):
      // String's own count walks an index and cost ten times more.
      var length = 0
      for byte in candidate.utf8 where byte & 0xC0 != 0x80 { length += 1 }
      if abs(length - target.count) > allowed { continue }
      let limit = min(best?.distance ?? allowed, allowed)
      let scalars = Array(candidate.lowercased().unicodeScalars)
      guard let distance = rows.distance(target, scalars, limit: limit) else { continue }
      if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.candidate) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// Levenshtein distance, transpositions counted as one edit.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var rows = DistanceRows()
    return rows.distance(a, b, limit: Int.max)!
  }

  /// The three rows of the distance table, reused from one candidate to the next.
  struct DistanceRows {
    private var previous2: [Int] = []
    private var previous: [Int] = []
    private var current: [Int] = []

    /// The distance, or nil as soon as it is sure to exceed `limit`.
    mutating func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
      if a.isEmpty { return b.count <= limit ? b.count : nil }
      if b.isEmpty { return a.count <= limit ? a.count : nil }
      let width = b.count + 1
      if previous.count < width {
        previous2 = [Int](repeating: 0, count: width)
        previous = [Int](repeating: 0, count: width)
        current = [Int](repeating: 0, count: width)
      }
      for j in 0..<width { previous[j] = j }
      var previousMinimum = 0  // of row 0
      for i in 1...a.count {
        current[0] = i
        var rowMinimum = i
        for j in 1...b.count {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            value = min(value, previous2[j - 2] + 1)
          }
          current[j] = value
          rowMinimum = min(rowMinimum, value)
        }
        // Every later cell is at least the smallest of this row, or one more than the smallest of
        // the row before (a transposition reaches two rows back, and costs one).
        if min(rowMinimum, previousMinimum + 1) > limit { return nil }
        previousMinimum = rowMinimum
        (previous2, previous, current) = (previous, current, previous2)
      }
      let distance = previous[b.count]
      return distance <= limit ? distance : nil
    }
  }

  /// "did you mean 'x'?", or nil.
  static func help(for word: String, in candidates: some Sequence<String>) -> String? {
    closest(to: word, in: candidates).map { "did you mean '\($0)'?" }
  }
}

extension Array where Element == String {
  /// `a, b or c`
  var orList: String {
    switch count {
    case 0: return ""
    case 1: return self[0]
    default: return dropLast().joined(separator: ", ") + " or " + last!
    }
  }
}
