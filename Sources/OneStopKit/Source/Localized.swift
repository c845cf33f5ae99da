/// The languages OneStop speaks to people in. Check ids, YAML keys and machine fields never change
/// with it; every text for people does.
public enum Language: String, CaseIterable, Sendable, Codable {
  case vi
  case en

  /// The language a run speaks when neither `--lang` nor `ONESTOP_LANG` says: the first of the
  /// policy's `languages` that OneStop speaks, else English.
  public static func resolve(policy languages: [String]) -> Language {
    languages.lazy.compactMap(Language.init(rawValue:)).first ?? .en
  }

  /// `ONESTOP_LANG` when it names a language OneStop speaks (`vi`, `en`, `vi_VN.UTF-8`).
  public static func fromEnvironment(_ value: String?) -> Language? {
    guard let value, !value.isEmpty else { return nil }
    let code = value.lowercased().prefix { $0.isLetter }
    return Language(rawValue: String(code))
  }

  /// A line in this language; only that one is built.
  public func say(vi: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
    self == .vi ? vi() : en()
  }
}

/// A text for people in every language OneStop speaks, written together so that neither can be
/// forgotten: `Localized(vi: "giấy tờ ...", en: "paper ...")`.
public struct Localized: Hashable, Sendable {
  public var vi: String
  public var en: String

  public init(vi: String, en: String) {
    self.vi = vi
    self.en = en
  }

  public func text(_ language: Language) -> String {
    switch language {
    case .vi: vi
    case .en: en
    }
  }
}
