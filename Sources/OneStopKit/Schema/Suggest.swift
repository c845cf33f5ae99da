import Foundation

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

  // MARK: Vietnamese-aware suggestions

  /// An id of rules/ with its localized names: a drafter may type the name the portal uses
  /// ("giấy khai sinh", "xã", "xa") where the format wants the id (`birth-certificate`, `commune`).
  struct Named {
    var id: String
    var names: [String]

    init(id: String, names: [String]) {
      self.id = id
      self.names = names
    }
  }

  /// The id `word` most probably means among `candidates` (see `Vocabulary.closest`).
  static func closest(to word: String, among candidates: [Named]) -> String? {
    Vocabulary(candidates).closest(to: word)
  }

  /// Ids with their names folded once, for the many suggestions of a run.
  struct Vocabulary: Sendable {
    private var ids: [String] = []
    private var folded: [(id: String, names: [String])] = []
    /// Each folded name with the alphabetically first id that bears it.
    private var byName: [String: String] = [:]
    private var sortedNames: [String] = []

    init(_ candidates: [Named]) {
      for candidate in candidates.sorted(by: { $0.id < $1.id }) {
        ids.append(candidate.id)
        let names = candidate.names.map(Suggest.fold).filter { !$0.isEmpty }
        folded.append((candidate.id, names))
        for name in names where byName[name] == nil { byName[name] = candidate.id }
      }
      sortedNames = byName.keys.sorted()
    }

    /// The id `word` most probably means: the id itself within typo distance, or a localized
    /// name written with or without diacritics, in any case, with spaces or hyphens; or the
    /// name's last words ("xã" for "Cấp xã"). Exact name matches rank first, then ids by edit
    /// distance, then names by edit distance, then trailing words; ties go to the alphabetically
    /// first id.
    func closest(to word: String) -> String? {
      let key = Suggest.fold(word)
      guard !key.isEmpty else { return nil }
      if let id = byName[key] { return id }
      if let id = Suggest.closest(to: word, in: ids) { return id }
      if key != word, let id = Suggest.closest(to: key, in: ids) { return id }
      if let name = Suggest.closest(to: key, in: sortedNames), let id = byName[name] { return id }
      let suffix = "-" + key
      return folded.first { entry in entry.names.contains { $0.count > key.count && $0.hasSuffix(suffix) } }?.id
    }
  }

  /// `word` in the form ids are compared in: lowercase, without diacritics (đ as d), NFC
  /// decomposed and its combining marks dropped, with runs of spaces, underscores and hyphens as one
  /// hyphen. "Giấy khai sinh" → "giay-khai-sinh", "Cấp xã" → "cap-xa".
  static func fold(_ word: String) -> String {
    var out = ""
    var pendingHyphen = false
    for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar.value {
      case 0x0300...0x036F: continue  // combining diacritical marks
      case 0x0110, 0x0111:
        if pendingHyphen, !out.isEmpty { out.append("-") }
        pendingHyphen = false
        out.append("d")
      case 0x20, 0x09, 0x5F, 0x2D:
        pendingHyphen = true
      default:
        if pendingHyphen, !out.isEmpty { out.append("-") }
        pendingHyphen = false
        out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
      }
    }
    return out
  }

  /// The language code meant by `word` among `languages`: the usual other spellings of
  /// Vietnamese and English (`vn`, `vie`, `tiếng việt`, `eng`, `english`), else the closest code.
  static func language(for word: String, in languages: [String]) -> String? {
    let aliases: [String: String] = [
      "vn": "vi", "vie": "vi", "viet": "vi", "vietnamese": "vi", "tieng-viet": "vi", "vi-vn": "vi",
      "eng": "en", "english": "en", "tieng-anh": "en", "en-us": "en", "en-gb": "en", "anh": "en",
    ]
    if let code = aliases[fold(word)], languages.contains(code) { return code }
    return closest(to: word, in: languages)
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
