#if canImport(Glibc)
  import Glibc
#endif

/// The few POSIX file operations the compiler needs, in one place.
enum POSIX {
  /// The names in a folder, without `.` and `..`, unsorted; nil when it cannot be opened.
  static func entries(of path: String) -> [String]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
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
