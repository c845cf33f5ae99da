#if canImport(Glibc)
  import Glibc
#endif

/// Compares two folders file by file, for `onestop build --check` (is the committed output
/// current?). Returns the relative paths that differ, are missing, or are extra, sorted, each
/// with what a build would do to it in `language`.
public enum TreeComparison {
  public static func differences(expected: String, actual: String, language: Language = .en) -> [String] {
    let vi = language == .vi
    let left = files(under: expected)
    let right = files(under: actual)
    var different: [String] = []
    for path in Set(left.keys).union(right.keys).sorted() {
      switch (left[path], right[path]) {
      // `expected` is the folder as it is, `actual` what a build writes now.
      case (nil, _): different.append(path + (vi ? " (sẽ được thêm)" : " (would be added)"))
      case (_, nil): different.append(path + (vi ? " (sẽ bị xóa)" : " (would be removed)"))
      case (let a?, let b?):
        if read(expected + "/" + a) != read(actual + "/" + b) {
          different.append(path + (vi ? " (sẽ thay đổi)" : " (would change)"))
        }
      }
    }
    return different
  }

  private static func files(under root: String, prefix: String = "") -> [String: String] {
    var result: [String: String] = [:]
    guard let names = POSIX.entries(of: prefix.isEmpty ? root : root + "/" + prefix) else { return result }
    for name in names {
      let relative = prefix.isEmpty ? name : prefix + "/" + name
      var info = stat()
      guard lstat(root + "/" + relative, &info) == 0 else { continue }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        result.merge(files(under: root, prefix: relative)) { first, _ in first }
      } else {
        result[relative] = relative
      }
    }
    return result
  }

  private static func read(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
      if count <= 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    return bytes
  }

  /// A fresh empty folder under the system's temporary folder.
  public static func temporaryFolder() -> String? {
    let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array("\(base)/onestop-check-XXXXXX".utf8CString)
    guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else { return nil }
    return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  public static func remove(_ path: String) {
    OutputTree.removeTree(path)
  }
}
