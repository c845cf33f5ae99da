#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a catalog's files come from: a folder on disk, or memory (tests, `explain` examples).
/// Paths are relative to the catalog root and use `/`.
public protocol CatalogStorage: Sendable {
  /// Every `.yaml`/`.yml` file under `catalog/`, sorted by path bytes, and problems met on the way
  /// (links out of the root, folder loops, unreadable folders).
  func catalogFiles() -> (paths: [String], diagnostics: [Diagnostic])
  /// The same, with the problems worded in `language`.
  func catalogFiles(language: Language) -> (paths: [String], diagnostics: [Diagnostic])
  /// The file's bytes, or why they cannot be read. Reads at most `limit + 1` bytes.
  func read(_ path: String, limit: Int) -> StorageRead
}

extension CatalogStorage {
  /// A storage whose walk meets no problems has nothing to word.
  public func catalogFiles(language: Language) -> (paths: [String], diagnostics: [Diagnostic]) {
    catalogFiles()
  }
}

public enum StorageRead: Sendable {
  case bytes([UInt8])
  case tooLarge(size: Int)
  case missing
  case failed(ReadFailure)
}

/// Why a file or folder cannot be read: the system's error number, worded for people in each
/// language when it is reported.
public struct ReadFailure: Sendable, Equatable, CustomStringConvertible {
  public var code: Int32

  public init(code: Int32) {
    self.code = code
  }

  public func text(_ language: Language) -> String {
    InputMessages.systemError(language, code)
  }

  public var description: String { text(.en) }
}

/// Files held in memory.
public struct MemoryStorage: CatalogStorage {
  public var files: [String: [UInt8]]

  public init(files: [String: [UInt8]]) {
    self.files = files
  }

  public init(texts: [String: String]) {
    self.files = texts.mapValues { Array($0.utf8) }
  }

  public func catalogFiles() -> (paths: [String], diagnostics: [Diagnostic]) {
    let paths = files.keys.filter { path in
      path.hasPrefix("catalog/") && (path.hasSuffix(".yaml") || path.hasSuffix(".yml"))
    }
    return (paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, [])
  }

  public func read(_ path: String, limit: Int) -> StorageRead {
    guard let bytes = files[path] else { return .missing }
    return bytes.count > limit ? .tooLarge(size: bytes.count) : .bytes(bytes)
  }
}

/// Files under a folder on disk. Nothing outside the root is read: a link that leads out of it is
/// reported and skipped, and so is a link back to a folder already walked.
public struct DiskStorage: CatalogStorage {
  public let root: String
  private let realRoot: String

  /// Fails when `root` is not a readable folder.
  public init?(root: String) {
    var info = stat()
    guard stat(root, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, let real = realpath(root, nil) else {
      return nil
    }
    self.root = root
    self.realRoot = String(cString: real)
    free(real)
  }

  public func catalogFiles() -> (paths: [String], diagnostics: [Diagnostic]) {
    catalogFiles(language: .en)
  }

  public func catalogFiles(language: Language) -> (paths: [String], diagnostics: [Diagnostic]) {
    var paths: [String] = []
    var diagnostics: [Diagnostic] = []
    var visited: Set<[UInt64]> = []
    let top = realRoot + "/catalog"
    var info = stat()
    guard stat(top, &info) == 0 else { return ([], []) }
    visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)])
    walk(
      absolute: top, relative: "catalog", paths: &paths, diagnostics: &diagnostics, visited: &visited,
      language: language)
    // Byte order, with memcmp: the generic comparison took a good part of the walk at 100,000.
    paths.sort { Diagnostic.byteOrder($0, $1) < 0 }
    return (paths, diagnostics)
  }

  private func walk(
    absolute: String, relative: String, paths: inout [String], diagnostics: inout [Diagnostic],
    visited: inout Set<[UInt64]>, language: Language
  ) {
    guard var names = POSIX.entries(of: absolute) else {
      let failure = ReadFailure(code: errno)
      diagnostics.append(
        Self.diagnostic("unreadable-file", relative + "/", InputMessages.unreadableFolder(language, failure)))
      return
    }
    names.removeAll { $0.hasPrefix(".") }
    names.sort { Diagnostic.byteOrder($0, $1) < 0 }
    for name in names {
      let childRelative = relative + "/" + name
      let childAbsolute = absolute + "/" + name
      var info = stat()
      guard lstat(childAbsolute, &info) == 0 else { continue }
      var isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
      let isFile = (info.st_mode & S_IFMT) == S_IFREG
      if (info.st_mode & S_IFMT) == S_IFLNK {
        guard let real = realpath(childAbsolute, nil) else {
          let failure = ReadFailure(code: errno)
          diagnostics.append(
            Self.diagnostic("unreadable-file", childRelative, InputMessages.brokenLink(language, failure)))
          continue
        }
        let target = String(cString: real)
        free(real)
        guard target == realRoot || target.hasPrefix(realRoot + "/") else {
          diagnostics.append(
            Self.diagnostic(
              "path-outside-root", childRelative, InputMessages.pathOutsideRoot(language, target: target)))
          continue
        }
        var targetInfo = stat()
        guard stat(target, &targetInfo) == 0 else { continue }
        info = targetInfo
        isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
        if !isDirectory && (info.st_mode & S_IFMT) != S_IFREG { continue }
        if !isDirectory {
          if Self.isYAML(name) { paths.append(childRelative) }
          continue
        }
      } else if isFile {
        if Self.isYAML(name) { paths.append(childRelative) }
        continue
      }
      guard isDirectory else { continue }
      let key = [UInt64(info.st_dev), UInt64(info.st_ino)]
      guard visited.insert(key).inserted else {
        diagnostics.append(Self.diagnostic("folder-loop", childRelative + "/", InputMessages.folderLoop(language)))
        continue
      }
      walk(
        absolute: childAbsolute, relative: childRelative, paths: &paths, diagnostics: &diagnostics, visited: &visited,
        language: language)
    }
  }

  public func read(_ path: String, limit: Int) -> StorageRead {
    let absolute = realRoot + "/" + path
    let fd = open(absolute, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      return errno == ENOENT ? .missing : .failed(ReadFailure(code: errno))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failed(ReadFailure(code: errno)) }
    if (info.st_mode & S_IFMT) == S_IFDIR { return .failed(ReadFailure(code: EISDIR)) }
    let size = Int(info.st_size)
    if size > limit { return .tooLarge(size: size) }
    var bytes = [UInt8](repeating: 0, count: size)
    var total = 0
    while total < size {
      let count = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(fd, buffer.baseAddress! + total, size - total)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return .failed(ReadFailure(code: errno))
      }
      if count == 0 { break }
      total += count
    }
    if total < size { bytes.removeLast(size - total) }
    return .bytes(bytes)
  }

  static func isYAML(_ name: String) -> Bool {
    name.hasSuffix(".yaml") || name.hasSuffix(".yml")
  }

  static func diagnostic(_ id: String, _ path: String, _ text: InputMessage) -> Diagnostic {
    Diagnostic(
      id: id, message: text.message, location: SourceLocation(file: path, range: .fileStart), help: text.help)
  }
}
