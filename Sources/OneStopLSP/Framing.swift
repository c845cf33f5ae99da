#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the server's bytes come from and go to: the injected transport. `read` fills the buffer
/// and returns how many bytes it put there, 0 at the end of the input; `write` sends all the
/// bytes or returns false.
public struct Transport: Sendable {
  public var read: @Sendable (UnsafeMutableRawBufferPointer) -> Int
  public var write: @Sendable ([UInt8]) -> Bool

  public init(
    read: @escaping @Sendable (UnsafeMutableRawBufferPointer) -> Int, write: @escaping @Sendable ([UInt8]) -> Bool
  ) {
    self.read = read
    self.write = write
  }

  /// Two file descriptors: standard input and output for `onestop lsp`, pipes in the tests.
  public static func fileDescriptors(input: Int32, output: Int32) -> Transport {
    Transport(
      read: { buffer in
        while true {
          let count = Glibc.read(input, buffer.baseAddress, buffer.count)
          if count < 0 && errno == EINTR { continue }
          return max(0, count)
        }
      },
      write: { bytes in
        var written = 0
        while written < bytes.count {
          let count = bytes.withUnsafeBytes { Glibc.write(output, $0.baseAddress! + written, bytes.count - written) }
          if count < 0 {
            if errno == EINTR { continue }
            return false
          }
          written += count
        }
        return true
      })
  }
}

/// One thing the reader took from the input.
public enum Frame: Equatable, Sendable {
  /// A message's body (not yet parsed).
  case message([UInt8])
  /// A header the reader could not use; the reader has skipped past it.
  case badHeader(String)
  /// A body over the limit, read and thrown away as it came (never held whole).
  case tooLarge(Int)
  /// The input ended.
  case end
}

/// Reads `Content-Length` framed messages (the base protocol of LSP): a header of
/// `Name: value\r\n` lines, an empty line, then exactly that many bytes. A header without a usable
/// length is reported and skipped; a body over `maxBody` is drained in fixed chunks.
public struct MessageReader {
  public static let defaultMaxBody = 16 << 20
  static let maxHeader = 8 << 10

  private let read: @Sendable (UnsafeMutableRawBufferPointer) -> Int
  public let maxBody: Int
  private var buffer: [UInt8] = []
  private var start = 0
  private var ended = false

  public init(_ transport: Transport, maxBody: Int = MessageReader.defaultMaxBody) {
    self.read = transport.read
    self.maxBody = maxBody
  }

  /// Reads more input into the buffer; false at the end.
  private mutating func fill() -> Bool {
    if ended { return false }
    if start > 0 && start == buffer.count {
      buffer.removeAll(keepingCapacity: true)
      start = 0
    } else if start > 64 << 10 {
      buffer.removeFirst(start)
      start = 0
    }
    var chunk = [UInt8](repeating: 0, count: 64 << 10)
    let count = chunk.withUnsafeMutableBytes { read($0) }
    if count <= 0 {
      ended = true
      return false
    }
    buffer.append(contentsOf: chunk[0..<count])
    return true
  }

  /// The offset just past the next `\r\n\r\n` from `start`, if buffered.
  private func headerEnd() -> Int? {
    var index = start
    while index + 3 < buffer.count {
      if buffer[index] == 0x0D && buffer[index + 1] == 0x0A && buffer[index + 2] == 0x0D && buffer[index + 3] == 0x0A {
        return index + 4
      }
      index += 1
    }
    return nil
  }

  public mutating func next() -> Frame {
    // The header.
    var end: Int? = headerEnd()
    while end == nil {
      if buffer.count - start > Self.maxHeader {
        // No end of header within the limit: drop what was read, up to its last line break.
        let dropped = buffer.count - start
        start = buffer.count
        return .badHeader("no end of header within \(dropped) bytes")
      }
      guard fill() else {
        let rest = buffer.count - start
        start = buffer.count
        return rest > 0 && !buffer[(buffer.count - rest)...].allSatisfy({ $0 == 0x0D || $0 == 0x0A })
          ? .badHeader("input ended inside a header") : .end
      }
      end = headerEnd()
    }
    let header = String(decoding: buffer[start..<(end! - 4)], as: UTF8.self)
    start = end!
    var length: Int?
    for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
      guard let colon = line.firstIndex(of: ":") else { return .badHeader("header line without a colon") }
      let name = line[..<colon].lowercased()
      let value = line[line.index(after: colon)...].trimmingSpaces
      if name == "content-length" {
        guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), value.utf8.count <= 12,
          let number = Int(value)
        else { return .badHeader("Content-Length is not a number: '\(value.prefix(40))'") }
        length = number
      }
    }
    guard let length else { return .badHeader("no Content-Length") }
    if length > maxBody {
      // Drain without keeping: the buffered part, then chunk by chunk.
      var remaining = length
      let buffered = min(remaining, buffer.count - start)
      start += buffered
      remaining -= buffered
      while remaining > 0 {
        buffer.removeAll(keepingCapacity: true)
        start = 0
        guard fill() else { return .end }
        let taken = min(remaining, buffer.count)
        start = taken
        remaining -= taken
      }
      return .tooLarge(length)
    }
    while buffer.count - start < length {
      guard fill() else {
        start = buffer.count
        return .end
      }
    }
    let body = Array(buffer[start..<(start + length)])
    start += length
    return .message(body)
  }
}

extension Substring {
  fileprivate var trimmingSpaces: String {
    var text = self
    while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return String(text)
  }
}

/// Frames a message: `Content-Length: N\r\n\r\n` then the JSON.
public func frame(_ message: JSON) -> [UInt8] {
  let body = message.bytes
  var out = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
  out.append(contentsOf: body)
  return out
}
