#if canImport(Glibc)
  import Glibc
#endif

/// The few POSIX file operations the compiler needs, in one place.
enum POSIX {
  /// The names in a folder, without `.` and `..`, unsorted; nil when it cannot be opened.
  static func entries(of path: String) -> [String]? {
    typedEntries(of: path)?.map(\.name)
  }

  /// The names in a folder with their types as `readdir` reports them (`DT_REG`, `DT_DIR`,
  /// `DT_LNK`, or `DT_UNKNOWN` on file systems that do not say), without `.` and `..`, unsorted;
  /// nil when it cannot be opened. Knowing the type spares a `lstat` per file.
  static func typedEntries(of path: String) -> [(name: String, type: UInt8)]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var entries: [(name: String, type: UInt8)] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." { entries.append((name, entry.pointee.d_type)) }
    }
    return entries
  }

  /// How many names a folder holds, without `.` and `..`; nil when it cannot be opened.
  static func entryCount(of path: String) -> Int? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var count = 0
    while let entry = readdir(directory) {
      let dots = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: UInt8.self, capacity: 3) { name in
          name[0] == 0x2E && (name[1] == 0 || (name[1] == 0x2E && name[2] == 0))
        }
      }
      if !dots { count += 1 }
    }
    return count
  }

  /// Writes all of `bytes` to `fd`, retrying after signals; returns the errno of a failure.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }

  static func errorText(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
  }
}
