import Foundation

/// A growing byte buffer, reused from one file to the next.
struct Output {
  var bytes: [UInt8] = []

  init() { bytes.reserveCapacity(1 << 16) }

  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func raw(_ data: [UInt8]) { bytes.append(contentsOf: data) }

  mutating func quoted(_ data: [UInt8]) {
    bytes.append(0x22)
    bytes.append(contentsOf: data)
    bytes.append(0x22)
  }

  mutating func number(_ value: Int) {
    precondition(value >= 0)
    if value >= 10 { number(value / 10) }
    bytes.append(0x30 + UInt8(value % 10))
  }

  mutating func digits(_ value: Int, width: Int) {
    var divisor = 1
    for _ in 1..<width { divisor *= 10 }
    while divisor > 0 {
      bytes.append(0x30 + UInt8((value / divisor) % 10))
      divisor /= 10
    }
  }

  mutating func date(_ year: Int, _ month: Int, _ day: Int) {
    digits(year, width: 4)
    bytes.append(0x2D)
    digits(month, width: 2)
    bytes.append(0x2D)
    digits(day, width: 2)
  }

  mutating func spaces(_ count: Int) {
    for _ in 0..<count { bytes.append(0x20) }
  }

  /// {vi: "...", en: "..."}: English left out when `english` is false (a missing translation).
  mutating func localized(_ text: Text, decomposed: Bool, english: Bool = true) {
    raw("{vi: ")
    quoted(decomposed ? text.viDecomposed : text.vi)
    if english {
      raw(", en: ")
      quoted(text.en)
    }
    raw("}")
  }

  /// [a, b, c] of ids.
  mutating func idList(_ ids: [[UInt8]]) {
    raw("[")
    for (position, id) in ids.enumerated() {
      if position > 0 { raw(", ") }
      raw(id)
    }
    raw("]")
  }
}

/// Writes a file with open/write/close: Foundation's Data.write fsyncs every file, which made
/// 100,000 files take minutes instead of seconds. A benchmark catalog needs no durability.
func writeFile(_ path: String, _ bytes: [UInt8]) {
  let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
  if descriptor < 0 { fail("cannot write \(path): \(String(cString: strerror(errno)))") }
  bytes.withUnsafeBytes { buffer in
    guard let base = buffer.baseAddress else { return }
    var offset = 0
    while offset < buffer.count {
      let written = write(descriptor, base + offset, buffer.count - offset)
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { fail("cannot write \(path): \(String(cString: strerror(errno)))") }
      offset += written
    }
  }
  if close(descriptor) != 0 { fail("cannot close \(path): \(String(cString: strerror(errno)))") }
}
