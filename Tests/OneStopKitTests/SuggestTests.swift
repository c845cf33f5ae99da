import Testing

@testable import OneStopKit

@Suite("Suggestions")
struct SuggestTests {
  /// The plain definition, without bounds or reuse: the reference for the fast version.
  static func referenceDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }

  /// The closest candidate by the reference distance, ties broken alphabetically.
  static func referenceClosest(_ word: String, _ candidates: [String]) -> String? {
    let target = Array(word.lowercased().unicodeScalars)
    let best = candidates.map { ($0, referenceDistance(target, Array($0.lowercased().unicodeScalars))) }
      .min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    guard let best, best.1 <= max(1, min(3, target.count / 3)) else { return nil }
    return best.0
  }

  @Test("typos find their word; far words find nothing")
  func examples() {
    let papers = ["citizen-id", "passport", "birth-certificate", "marriage-certificate", "residence-confirmation"]
    #expect(Suggest.closest(to: "citizn-id", in: papers) == "citizen-id")
    #expect(Suggest.closest(to: "ctiizen-id", in: papers) == "citizen-id")
    #expect(Suggest.closest(to: "Passport", in: papers) == "passport")
    #expect(Suggest.closest(to: "birth-certifcate", in: papers) == "birth-certificate")
    #expect(Suggest.closest(to: "land-use-certificate", in: papers) == nil)
    #expect(Suggest.closest(to: "x", in: papers) == nil)
    #expect(Suggest.closest(to: "ab", in: ["ac", "ad"]) == "ac")
    #expect(Suggest.closest(to: "anything", in: [String]()) == nil)
    #expect(Suggest.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
    #expect(Suggest.editDistance(Array("".unicodeScalars), Array("abc".unicodeScalars)) == 3)
  }

  @Test("the bounded search agrees with the plain definition on 3,000 random words")
  func agreesWithReference() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let alphabet = Array("abcdeđ-ệ".unicodeScalars)
    func word() -> String {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<(1 + next(12)) { scalars.append(alphabet[next(alphabet.count)]) }
      return String(scalars)
    }
    for _ in 0..<3000 {
      let candidates = (0..<(1 + next(8))).map { _ in word() }
      let target = next(3) == 0 ? word() : candidates[next(candidates.count)] + (next(2) == 0 ? "a" : "")
      #expect(Suggest.closest(to: target, in: candidates) == Self.referenceClosest(target, candidates), "\(target)")
      let a = Array(target.unicodeScalars)
      let b = Array(candidates[0].unicodeScalars)
      #expect(Suggest.editDistance(a, b) == Self.referenceDistance(a, b))
    }
  }

  static let levels = [
    Suggest.Named(id: "central", names: ["Cấp bộ", "Central (ministry) level"]),
    Suggest.Named(id: "provincial", names: ["Cấp tỉnh", "Provincial level"]),
    Suggest.Named(id: "commune", names: ["Cấp xã", "Commune level"]),
    Suggest.Named(id: "other", names: ["Cơ quan khác", "Other agencies"]),
  ]
  static let papers = [
    Suggest.Named(id: "birth-certificate", names: ["Giấy khai sinh", "Birth certificate"]),
    Suggest.Named(id: "birth-notice", names: ["Giấy chứng sinh", "Medical birth notice"]),
    Suggest.Named(id: "citizen-id", names: ["Thẻ căn cước, thẻ Căn cước công dân", "Identity card"]),
  ]

  @Test("Vietnamese names, with or without diacritics, find their id")
  func vietnameseNames() {
    #expect(Suggest.closest(to: "xã", among: Self.levels) == "commune")
    #expect(Suggest.closest(to: "xa", among: Self.levels) == "commune")
    #expect(Suggest.closest(to: "Cấp tỉnh", among: Self.levels) == "provincial")
    #expect(Suggest.closest(to: "cap-tinh", among: Self.levels) == "provincial")
    #expect(Suggest.closest(to: "giấy khai sinh", among: Self.papers) == "birth-certificate")
    #expect(Suggest.closest(to: "giay khai sinh", among: Self.papers) == "birth-certificate")
    #expect(Suggest.closest(to: "giấy chứng sinh", among: Self.papers) == "birth-notice")
    // Decomposed input (a quarter of the portal's records are not NFC) folds the same way.
    #expect(Suggest.closest(to: "Gia\u{301}y khai sinh", among: Self.papers) == "birth-certificate")
    // A typo in the id still finds the id; English names work too.
    #expect(Suggest.closest(to: "birth-notise", among: Self.papers) == "birth-notice")
    #expect(Suggest.closest(to: "birth certificate", among: Self.papers) == "birth-certificate")
  }

  @Test("near misses find nothing")
  func vietnameseNearMisses() {
    #expect(Suggest.closest(to: "huyện", among: Self.levels) == nil)
    #expect(Suggest.closest(to: "giấy đăng ký kết hôn", among: Self.papers) == nil)
    #expect(Suggest.closest(to: "", among: Self.papers) == nil)
    #expect(Suggest.closest(to: "a", among: Self.levels) == nil)
  }

  @Test("folding drops diacritics, case and separators")
  func folding() {
    #expect(Suggest.fold("Giấy khai sinh") == "giay-khai-sinh")
    #expect(Suggest.fold("  Đăng   ký_kết hôn ") == "dang-ky-ket-hon")
    #expect(Suggest.fold("Cấp xã") == "cap-xa")
  }

  @Test("language codes: vn means vi, not en")
  func languageCodes() {
    #expect(Suggest.language(for: "vn", in: ["vi", "en"]) == "vi")
    #expect(Suggest.language(for: "VN", in: ["vi", "en"]) == "vi")
    #expect(Suggest.language(for: "tiếng Việt", in: ["vi", "en"]) == "vi")
    #expect(Suggest.language(for: "english", in: ["vi", "en"]) == "en")
    #expect(Suggest.language(for: "eN", in: ["vi", "en"]) == "en")
    #expect(Suggest.language(for: "vn", in: ["en"]) == "en")
    #expect(Suggest.language(for: "fr", in: ["vi", "en"]) == nil)
  }
}
