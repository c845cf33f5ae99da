import OneStopKit

/// What the decoder target's mutations put in: the ids the example rules define and near misses
/// of them, every choice of the format's closed lists, dates, numbers and texts at and past the
/// edges of what the format accepts, YAML indicators and characters the readers treat apart.
enum MutationPools {
  /// The templates: three valid procedures under the example rules (`ExampleCatalog`), written
  /// in the block and flow styles drafters mix, that use every key of the format between them.
  /// The first choice picks one. Three small files rather than one with every key: every input
  /// goes through the tree path, whose cost grows with the file (one file of 1,750 bytes made the
  /// target three times slower under the sanitizers).
  static let templates: [(name: String, text: String)] = [
    (
      "channels",
      """
      code: "1.000001"
      name: {vi: Đăng ký khai sinh, en: Birth registration}
      field: civil-status
      levels: [commune]
      channels:
        - kind: in-person
          processing_time: {working_days: 1}
          fee: {amount: 0, currency: VND}
        - kind: online
          online_level: full
          processing_time: {hours: 8}
          fee: {text: {vi: Miễn phí, en: Free}}
        - {kind: postal, processing_time: {text: {vi: 02 ngày làm việc, en: 2 working days}}}
      legal_basis:
        - {ref: 60/2014/QH13, title: {vi: Luật Hộ tịch, en: Law on Civil Status}}
      papers:
        - {id: application, paper: birth-registration-form, copies: {original: 1}}
      results:
        - {paper: birth-certificate, digitized: true}

      """
    ),
    (
      "header",
      """
      code: "1.000001"
      name:
        vi: Đăng ký khai sinh
        en: Birth registration
      decision: {ref: 163/QĐ-BTP, date: 2025-06-12}
      field: civil-status
      levels: [commune, provincial]
      agency: {vi: Ủy ban nhân dân cấp xã, en: Commune People's Committee}
      subjects:
        - citizen
      boundary_free: true
      data_sources: [population, results-warehouse]
      legal_basis:
        - ref: 60/2014/QH13
          title: {vi: Luật Hộ tịch, en: Law on Civil Status}
          article: "16"
          date: 2014-11-20
      papers:
        - {id: birth-notice, paper: birth-notice, copies: {original: 1}}
      results:
        - paper: birth-certificate
          digitized: true
        - updates: results-warehouse

      """
    ),
    (
      "papers",
      """
      code: "1.000001"
      name: {vi: Đăng ký khai sinh, en: Birth registration}
      field: civil-status
      levels: [commune]
      papers:
        - id: application
          paper: birth-registration-form
          copies: {original: 1}
          form: {code: TK-KS, name: {vi: Tờ khai, en: Registration form}}
        - id: requester-identity
          any_of: [citizen-id, passport]
          presented: true
        - id: residence
          paper: residence-confirmation
          copies: {certified_copy: 1, copy: 2}
          keep:
            reason: {vi: Cần đối chiếu nơi cư trú, en: The residence must be checked}
            legal_basis: 123/2015/NĐ-CP art. 9
            until: 2027-12-31
          note: {vi: Bản sao, en: A copy}
      cases:
        - id: by-representative
          when: {vi: Trường hợp ủy quyền, en: If filed by a representative}
          papers:
            - {id: power-of-attorney, paper: birth-notice, copies: {certified_copy: 1}}
      results:
        - {paper: birth-certificate, digitized: true}

      """
    ),
  ]

  /// Keys of the format (the template's, and the few it does not use), keys of other files, and
  /// the merge key.
  static let keys = [
    "code", "name", "decision", "ref", "date", "field", "levels", "agency", "subjects", "boundary_free",
    "data_sources", "channels", "kind", "online_level", "processing_time", "working_days", "hours", "text", "fee",
    "amount", "currency", "legal_basis", "title", "article", "papers", "id", "paper", "any_of", "copies", "original",
    "certified_copy", "copy", "presented", "form", "keep", "reason", "until", "note", "cases", "when", "results",
    "digitized", "updates", "vi", "en", "provides", "connected", "replaced_by", "<<",
  ]

  static let values: [String] = [
    "Giấy tờ", "", "~", "null", "true", "false", "yes", "no", "0", "1", "2", "-1", "1.5", "1e3", "0x10", "0o7", "007",
    "99999999999999999999", ".inf", ".nan", "1_000",
    // Ids of the example rules, and near misses.
    "citizen-id", "passport", "birth-notice", "birth-certificate", "birth-registration-form",
    "residence-confirmation", "marriage-certificate", "household-registration-book", "central", "provincial",
    "district", "commune", "other", "civil-status", "residence", "citizen", "population", "results-warehouse",
    "application", "requester-identity", "by-representative", "nowhere", "Citizen-ID", "citizen_id", "citizen-i",
    "-citizen", "citizen id",
    // Closed lists.
    "in-person", "online", "postal", "Online", "full", "partial", "none", "VND", "USD", "vnd",
    // Codes and dates.
    "1.000001", "1.000002", "1.00001", "4.000001", "1.000001.A1", "1.000001.a", "2025-06-12", "2021-12-31",
    "2026-11-29", "2027-01-01", "2025-02-30", "2025-13-01", "2025-6-1", "0001-01-01", "9999-12-31", "2024-02-29",
    // Texts.
    "Đa\u{306}ng ky\u{301} khai sinh", "<b>markup</b> & \"quotes\"", "a: b", "a #b", "# not a comment", "- dash",
    " leading", "trailing ", "tab\there", "two\nlines", "\u{85}next line", "line\u{2028}separator", "bell\u{7}",
    "\u{FEFF}bom", "face \u{1F600}", "'single'", "\"double\"", "back\\slash", "[flow]", "{flow}", "&anchor", "*alias",
    "!tag", "%directive", "@at", "`tick", "|", ">", "? key", "---", "...",
    String(repeating: "Thủ tục ", count: 40),
  ]

  static let comments: [String] = {
    var comments = [
      "# a comment", "# onestop: ignore[no-such-check] reason", "# onestop: ignore[missing-channel]",
      "# onestop: ignore", "# onestop:ignore[paper-obtainable]reason", "#no space",
    ]
    for description in CheckRegistry.descriptions.prefix(40) {
      comments.append("# onestop: ignore[\(description.id)] the drafter says why")
    }
    return comments
  }()

  static let characters: [Character] = [
    ":", "#", " ", "\t", "-", "\"", "'", "\\", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "?", "\n",
    "\r", "\r\n", "e\u{301}", "\u{301}", "\u{85}", "\u{2028}", "\u{0}", "\u{1F600}", "\u{FFFE}", "ư", "Đ", "0",
  ]
}
