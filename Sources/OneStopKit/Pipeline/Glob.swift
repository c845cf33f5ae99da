/// Path globs for policy overrides: `*` and `?` stay inside one folder, `**` spans folders.
struct Glob: Sendable {
  let pattern: String
  private let segments: [[Character]]

  init(_ pattern: String) {
    self.pattern = pattern
    segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map { Array($0) }
  }

  func matches(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0) }
    return match(segments[...], parts[...])
  }

  private func match(_ pattern: ArraySlice<[Character]>, _ path: ArraySlice<[Character]>) -> Bool {
    guard let first = pattern.first else { return path.isEmpty }
    if first == ["*", "*"] {
      // `**` takes zero or more whole segments.
      var rest = path
      while true {
        if match(pattern.dropFirst(), rest) { return true }
        guard !rest.isEmpty else { return false }
        rest = rest.dropFirst()
      }
    }
    guard let segment = path.first, matchSegment(first[...], segment[...]) else { return false }
    return match(pattern.dropFirst(), path.dropFirst())
  }

  private func matchSegment(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
    guard let first = pattern.first else { return text.isEmpty }
    switch first {
    case "*":
      var rest = text
      while true {
        if matchSegment(pattern.dropFirst(), rest) { return true }
        guard !rest.isEmpty else { return false }
        rest = rest.dropFirst()
      }
    case "?":
      return !text.isEmpty && matchSegment(pattern.dropFirst(), text.dropFirst())
    default:
      return text.first == first && matchSegment(pattern.dropFirst(), text.dropFirst())
    }
  }
}
