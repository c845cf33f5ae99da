import ArgumentParser
import OneStopKit

#if canImport(Glibc)
  import Glibc
#endif

// Writing goes through write(2), not print or FileHandle: a national catalog's findings are tens
// of megabytes, handed over a piece at a time, and a failed write must be seen (exit 2).

/// Prints `text` on standard error, with a final newline.
func printError(_ text: String) {
  writeAll(STDERR_FILENO, text.hasSuffix("\n") ? text : text + "\n")
}

/// Writes all of `text` to a file descriptor; says whether it could.
@discardableResult
func writeAll(_ descriptor: Int32, _ text: String) -> Bool {
  var text = text
  return text.withUTF8 { buffer in
    guard let base = buffer.baseAddress else { return true }
    var offset = 0
    while offset < buffer.count {
      let written = write(descriptor, base + offset, buffer.count - offset)
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { return false }
      offset += written
    }
    return true
  }
}

/// Creates (or truncates) `path` and writes `text` to it; exits 2 when it cannot, saying so in
/// `language`.
func writeFile(_ path: String, _ text: String, language: Language) throws {
  try writeFile(path, language: language) { write in write(text) }
}

/// Creates (or truncates) `path` and writes to it what `body` hands over; exits 2 when it cannot,
/// saying so in `language`.
func writeFile(_ path: String, language: Language, _ body: ((String) -> Void) -> Void) throws {
  func fail() -> ExitCode {
    let reason = String(cString: strerror(errno))
    printError(
      language.errorPrefix
        + language.say(vi: "không ghi được '\(path)': \(reason)", en: "cannot write '\(path)': \(reason)"))
    return ExitCode(2)
  }
  let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
  guard fd >= 0 else { throw fail() }
  defer { close(fd) }
  var failed = false
  body { text in
    if !failed && !writeAll(fd, text) { failed = true }
  }
  if failed { throw fail() }
}

/// Reads the file at `path` (a baseline), up to 256 MiB.
func readFile(_ path: String) -> StorageRead {
  let slash = path.lastIndex(of: "/")
  let folder = slash.map { String(path[..<$0]) } ?? "."
  let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
  guard let storage = DiskStorage(root: folder.isEmpty ? "/" : folder) else { return .missing }
  return storage.read(name, limit: 256 << 20)
}

func isDirectory(_ path: String) -> Bool {
  var info = stat()
  return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
}

/// Flushes standard output and exits without destroying `value`.
func finish<T>(_ code: Int32, keeping value: T) -> Never {
  fflush(nil)  // every output stream
  withExtendedLifetime(value) { exit(code) }
}
