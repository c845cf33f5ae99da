#if canImport(Glibc)
  import Glibc
#endif

/// The byte offsets where each line of a file starts, with line breaks as YAML 1.2 counts them
/// (`\n`, `\r\n`, a lone `\r`), and conversions between offsets and (line, column) positions.
///
/// Columns count Unicode code points, the unit libyaml's marks use, so a libyaml mark converts
/// to a byte offset by walking that many code points from the line start.
public struct LineIndex: Sendable {
  /// Byte offset of the first byte of each line; `lineStarts[0]` is the start of the content
  /// (after a UTF-8 byte order mark, if any).
  public private(set) var lineStarts: [Int]
  public let contentStart: Int

  public init(bytes: [UInt8], contentStart: Int = 0) {
    self.contentStart = contentStart
    var starts = [contentStart]
    starts.reserveCapacity(bytes.count / 32 + 1)
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, buffer.count > contentStart else { return }
      let n = buffer.count
      if memchr(base + contentStart, 0x0D, n - contentStart) == nil {
        // No carriage return (the common case): memchr finds each line feed at memory speed.
        var i = contentStart
        while i < n, let found = memchr(base + i, 0x0A, n - i) {
          i = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base + 1
          starts.append(i)
        }
        return
      }
      var i = contentStart
      while i < n {
        let byte = buffer[i]
        if byte == 0x0A {
          starts.append(i + 1)
        } else if byte == 0x0D {
          if i + 1 < n && buffer[i + 1] == 0x0A { i += 1 }
          starts.append(i + 1)
        }
        i += 1
      }
    }
    lineStarts = starts
  }

  public var lineCount: Int { lineStarts.count }

  /// The position of a 0-based line and 0-based code-point column (a libyaml mark).
  public func position(line: Int, column: Int, in bytes: [UInt8]) -> SourcePosition {
    guard line < lineStarts.count else {
      return position(ofOffset: bytes.count, in: bytes)
    }
    let offset = bytes.withUnsafeBufferPointer { Self.offset(in: $0, from: lineStarts[line], columns: column) }
    return SourcePosition(line: line + 1, column: column + 1, offset: offset)
  }

  /// The offset `columns` code points after `offset`, at most the end of `bytes`. ASCII, the
  /// common case, goes eight bytes at a time; the rest a code point at a time.
  @inline(__always)
  static func offset(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int, columns: Int) -> Int {
    let n = bytes.count
    var offset = offset
    var remaining = columns
    if let base = bytes.baseAddress {
      while remaining >= 8 && offset + 8 <= n {
        let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        offset += 8
        remaining -= 8
      }
    }
    while remaining > 0 && offset < n {
      offset += scalarLength(leadByte: bytes[offset])
      remaining -= 1
    }
    return min(offset, n)
  }

  /// The position of a byte offset (rounded down to the start of the code point holding it).
  public func position(ofOffset rawOffset: Int, in bytes: [UInt8]) -> SourcePosition {
    let offset = max(contentStart, min(rawOffset, bytes.count))
    // Binary search the last line start <= offset.
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    var column = 0
    var i = lineStarts[low]
    while i < offset {
      // Invalid UTF-8 can claim more bytes than the line has before `offset`: never step past it.
      i += min(Self.scalarLength(leadByte: bytes[i]), offset - i)
      column += 1
    }
    return SourcePosition(line: low + 1, column: column + 1, offset: offset)
  }

  /// The bytes of a 1-based line, without its line break.
  public func lineBytes(_ line: Int, in bytes: [UInt8]) -> ArraySlice<UInt8> {
    guard line >= 1, line <= lineStarts.count else { return [] }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : bytes.count
    while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
    return bytes[start..<end]
  }

  @inline(__always)
  static func scalarLength(leadByte: UInt8) -> Int {
    if leadByte < 0x80 { return 1 }
    if leadByte >= 0xF0 { return 4 }
    if leadByte >= 0xE0 { return 3 }
    if leadByte >= 0xC0 { return 2 }
    return 1  // a stray continuation byte counts alone
  }
}
