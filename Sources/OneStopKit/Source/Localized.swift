/// The languages OneStop speaks to people in. Check ids, YAML keys and machine fields never change
/// with it; every text for people does.
public enum Language: String, CaseIterable, Sendable, Codable {
  case vi
  case en
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
