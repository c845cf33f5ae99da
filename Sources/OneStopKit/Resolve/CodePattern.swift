import Foundation

/// The policy's code pattern, compiled once.
public struct CodePattern: @unchecked Sendable {
  public let source: String
  private let regex: NSRegularExpression

  public init?(_ source: String) {
    guard let regex = try? NSRegularExpression(pattern: source) else { return nil }
    self.source = source
    self.regex = regex
  }

  public func matches(_ text: String) -> Bool {
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    guard let match = regex.firstMatch(in: text, options: [.anchored], range: range) else { return false }
    return match.range == range
  }
}
