import OneStopKit

/// The unit of a position's `character`, as negotiated at `initialize`.
public enum PositionEncoding: String, Sendable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
}

/// An LSP position: 0-based line and 0-based character in the negotiated unit.
public struct LSPPosition: Equatable, Sendable {
  public var line: Int
  public var character: Int

  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  public var json: JSON { ["line": JSON(line), "character": JSON(character)] }

  public init?(_ json: JSON?) {
    guard let line = json?["line"]?.int, let character = json?["character"]?.int, line >= 0, character >= 0 else {
      return nil
    }
    self.init(line: line, character: character)
  }
}

/// The text of one file with its line starts, converting byte offsets (what the loader's
/// `SourcePosition.offset` counts, a BOM included) to LSP positions and back, in UTF-8 or UTF-16
/// units. Line breaks are `\n`, `\r\n` or a lone `\r`, as YAML and LSP both count them.
public struct LineTable: Sendable {
  public let bytes: [UInt8]
  /// Byte offset of each line's first byte.
  public let starts: [Int]

  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A {
        starts.append(index + 1)
      } else if byte == 0x0D {
        if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
        starts.append(index + 1)
      }
      index += 1
    }
    self.starts = starts
  }

  public init(_ text: String) { self.init(Array(text.utf8)) }

  /// The offset where line `line` (0-based) ends, before its line break.
  public func lineEnd(_ line: Int) -> Int {
    var end = line + 1 < starts.count ? starts[line + 1] : bytes.count
    while end > starts[line] && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
    return end
  }

  /// The LSP position of a byte offset (clamped to the text; inside a character, its start).
  public func position(ofOffset rawOffset: Int, _ encoding: PositionEncoding) -> LSPPosition {
    let offset = max(0, min(rawOffset, bytes.count))
    var low = 0
    var high = starts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if starts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    let end = min(offset, lineEnd(low))
    var character = 0
    var index = starts[low]
    // A BOM at the start of the file is not text an editor shows.
    if low == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      index = min(3, end)
    }
    while index < end {
      let length = Self.scalarLength(bytes[index])
      if index + length > end { break }
      switch encoding {
      case .utf8: character += length
      case .utf16: character += length == 4 ? 2 : 1
      }
      index += length
    }
    return LSPPosition(line: low, character: character)
  }

  /// The byte offset of an LSP position. A line past the end is the end of the text; a character
  /// past the end of its line is the end of the line (as LSP says); inside a character, its start.
  public func offset(of position: LSPPosition, _ encoding: PositionEncoding) -> Int {
    guard position.line < starts.count else { return bytes.count }
    let end = lineEnd(position.line)
    var index = starts[position.line]
    if position.line == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    var character = 0
    while index < end {
      let length = Self.scalarLength(bytes[index])
      let units = encoding == .utf8 ? length : (length == 4 ? 2 : 1)
      if character + units > position.character { break }
      character += units
      index += length
    }
    return min(index, end)
  }

  /// Whether a position lies inside the text (its line exists, its character within the line).
  public func contains(_ position: LSPPosition, _ encoding: PositionEncoding) -> Bool {
    guard position.line < starts.count else { return false }
    return self.position(ofOffset: lineEnd(position.line), encoding).character >= position.character
  }

  public func range(_ range: SourceRange, _ encoding: PositionEncoding) -> JSON {
    [
      "start": position(ofOffset: range.start.offset, encoding).json,
      "end": position(ofOffset: max(range.start.offset, range.end.offset), encoding).json,
    ]
  }

  public func range(from start: Int, to end: Int, _ encoding: PositionEncoding) -> JSON {
    ["start": position(ofOffset: start, encoding).json, "end": position(ofOffset: end, encoding).json]
  }

  static func scalarLength(_ lead: UInt8) -> Int {
    if lead < 0x80 { return 1 }
    if lead >= 0xF0 { return 4 }
    if lead >= 0xE0 { return 3 }
    if lead >= 0xC0 { return 2 }
    return 1
  }
}
