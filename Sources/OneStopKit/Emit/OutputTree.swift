#if canImport(Glibc)
  import Glibc
#endif

/// Where a build writes: a staging folder on disk (OutputTree) or memory (MemoryOutput).
public protocol OutputSink: Sendable {
  /// Writes one whole file; called from several threads at once, for different paths.
  func write(_ relativePath: String, _ bytes: [UInt8]) throws(OutputError)
  /// Opens a file to write in pieces (catalog.json), from one thread.
  func stream(_ relativePath: String) throws(OutputError) -> any OutputStreamSink
}

extension OutputSink {
  public func write(_ relativePath: String, _ text: String) throws(OutputError) {
    try write(relativePath, Array(text.utf8))
  }
}

public protocol OutputStreamSink: AnyObject {
  func write(_ bytes: [UInt8]) throws(OutputError)
  func close() throws(OutputError)
}

/// A build's files in memory: for tests and the fuzzer, which must not touch the disk.
public final class MemoryOutput: OutputSink, @unchecked Sendable {
  private var stored: [String: [UInt8]] = [:]
  private var lock = pthread_mutex_t()

  public init() { pthread_mutex_init(&lock, nil) }

  public var files: [String: [UInt8]] {
    pthread_mutex_lock(&lock)
    defer { pthread_mutex_unlock(&lock) }
    return stored
  }

  public func write(_ relativePath: String, _ bytes: [UInt8]) throws(OutputError) {
    pthread_mutex_lock(&lock)
    stored[relativePath] = bytes
    pthread_mutex_unlock(&lock)
  }

  public func stream(_ relativePath: String) throws(OutputError) -> any OutputStreamSink {
    Buffer(owner: self, path: relativePath)
  }

  private final class Buffer: OutputStreamSink {
    let owner: MemoryOutput
    let path: String
    var bytes: [UInt8] = []

    init(owner: MemoryOutput, path: String) {
      self.owner = owner
      self.path = path
    }

    func write(_ bytes: [UInt8]) throws(OutputError) { self.bytes += bytes }
    func close() throws(OutputError) { try owner.write(path, bytes) }
  }
}

/// Why writing the output failed: the message names the path and the system's reason.
public struct OutputError: Error, Sendable, CustomStringConvertible {
  /// The problem in English.
  public var description: String
  /// The problem in Vietnamese.
  public var vietnamese: String

  init(vi: String, en: String) {
    description = en
    vietnamese = vi
  }

  /// The problem in `language`.
  public func text(_ language: Language) -> String {
    language == .vi ? vietnamese : description
  }
}

/// Writes a build into a temporary folder beside the output, then swaps it in with one atomic
/// `renameat2(RENAME_EXCHANGE)`: readers see the old tree or the new one, never a mix and never
/// nothing. A killed build leaves only a temporary folder, which the next build removes.
///
/// The spare: after the swap, the old tree is kept beside the output (`.NAME.onestop-spare`)
/// when at least half of the new tree's files are its own (hard links to the same inodes, so it
/// costs the disk only the files that changed). The next build that writes starts its staging
/// folder from it (`adoptSpare`), so a rebuild after an edit touches the files that changed
/// instead of linking 300,000 files into an empty folder and removing 300,000 old names. Files in
/// staging are never written into: a file is always removed and created again (`O_EXCL`), so the
/// output, which shares inodes with the spare, is never modified; files the build does not
/// produce are pruned before the swap.
public final class OutputTree: OutputSink, @unchecked Sendable {
  public let destination: String
  public let staging: String
  private let parent: String
  private let name: String
  static let stagingMarker = ".onestop-staging-"

  /// Whether a previous output exists, whose unchanged files are linked into the new tree
  /// instead of written again (see `previousFile` and `reuse`).
  let hasPrevious: Bool

  /// The build cache beside the output: `.NAME.onestop-cache` (see `BuildCache`).
  var cachePath: String { "\(parent)/.\(name).onestop-cache" }
  /// The start of the names of temporary files and folders beside the output, which the next
  /// build removes when a killed build left them.
  var stagingPrefix: String { "\(parent)/.\(name)\(Self.stagingMarker)" }
  /// The previous build's old tree, kept for the next build's staging folder (see the type).
  var sparePath: String { "\(parent)/.\(name).onestop-spare" }

  /// Whether the staging folder started as the spare: a path in it may hold a file already.
  private(set) var fromSpare = false
  /// Whether the old tree may be kept as the spare after the swap (`adoptSpare` was called).
  private var keepsSpare = false
  /// What this build put in the staging folder: relative paths, folders, files created anew.
  private let placed = PlacedFiles()

  /// Creates the staging folder (and the output's parent folder when missing).
  public init(destination: String) throws(OutputError) {
    var trimmed = destination
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
    self.destination = trimmed
    if let slash = trimmed.lastIndex(of: "/") {
      parent = slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
      name = String(trimmed[trimmed.index(after: slash)...])
    } else {
      parent = "."
      name = trimmed
    }
    try Self.makeDirectories(parent)
    Self.removeStaleStaging(parent: parent, name: name)
    var template = Array("\(parent)/.\(name)\(Self.stagingMarker)XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    guard made != nil else {
      throw OutputError(
        vi: "không tạo được thư mục bên cạnh '\(trimmed)': \(Self.errorText())",
        en: "cannot create a folder beside '\(trimmed)': \(Self.errorText())")
    }
    staging = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    _ = chmod(staging, 0o755)
    var info = stat()
    hasPrevious = lstat(self.destination, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Starts the staging folder from the spare, when there is one and a previous output to go
  /// with it; a spare without an output is removed. Call it before writing anything. A build that
  /// adopts the spare keeps the old tree as the next one when it can (see `commit`).
  public func adoptSpare() {
    keepsSpare = true
    var info = stat()
    guard lstat(sparePath, &info) == 0 else { return }
    guard hasPrevious, (info.st_mode & S_IFMT) == S_IFDIR else {
      Self.removeTree(sparePath)
      return
    }
    // The staging folder is empty: a folder renamed onto it replaces it.
    if rename(sparePath, staging) == 0 {
      fromSpare = true
      placed.recordsPaths = true
    }
  }

  /// Makes the folders of `relativePath` in the staging folder (each once per build). In a
  /// staging folder that started as the spare, a file where a folder belongs is removed first.
  private func makeFolders(for relativePath: String) throws(OutputError) {
    guard let slash = relativePath.lastIndex(of: "/") else { return }
    let folder = String(relativePath[..<slash])
    guard !placed.hasFolder(folder) else { return }
    if fromSpare {
      var prefix = staging
      for component in folder.split(separator: "/") {
        prefix += "/" + component
        var info = stat()
        if lstat(prefix, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR { unlink(prefix) }
      }
    }
    try Self.makeDirectories(staging + "/" + folder)
    placed.addFolder(folder)
  }

  /// Clears `path` in a staging folder that started as the spare, so that it can be created anew
  /// (never written into: its inode may be the output's).
  private func clear(_ path: String) {
    guard fromSpare, unlink(path) != 0, errno == EISDIR else { return }
    Self.removeTree(path)
  }

  /// Whether the staging folder's `path` is already the inode `inode` (from the spare).
  private func holds(_ path: String, inode: UInt64) -> Bool {
    guard fromSpare else { return false }
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && UInt64(info.st_ino) == inode
  }

  /// The previous output's `relativePath`, opened for reading when it is a regular file.
  ///
  /// On a rebuild most files are unchanged. Reading and comparing one from the page cache costs
  /// far less than creating and writing it, and later freeing (and, on a discard-mounted disk,
  /// trimming) the old copy's blocks; so a file whose bytes equal the previous output's is
  /// hard-linked into the staging folder instead. The previous tree is never modified (files are
  /// only ever replaced, never rewritten in place), so sharing an inode with it is safe, and
  /// removing it after the swap frees nothing the new tree uses. A file changed since it was
  /// compared, or one on another file system (EXDEV), is written as usual.
  private func previousFile(_ relativePath: String) -> (fd: Int32, path: String, size: Int, inode: UInt64)? {
    guard hasPrevious else { return nil }
    let path = destination + "/" + relativePath
    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      close(fd)
      return nil
    }
    return (fd, path, Int(info.st_size), UInt64(info.st_ino))
  }

  /// Links the previous output's `relativePaths` into the staging folder when each is still the
  /// file the build cache recorded (`stamps`, in the same order); all or nothing. A file changed
  /// since, a link that fails (another file system) or any other failure leaves nothing staged
  /// and returns false: the caller then generates the files, and meets the failure again there,
  /// with its message, if it lasts.
  func reuse(_ relativePaths: [String], stamps: ArraySlice<BuildCache.FileStamp>) -> Bool {
    guard hasPrevious, relativePaths.count == stamps.count else { return false }
    var linked: [String] = []
    for (relativePath, stamp) in zip(relativePaths, stamps) {
      let path = staging + "/" + relativePath
      let ready: Bool
      do throws(OutputError) {
        try makeFolders(for: relativePath)
        try FaultInjection.check(relativePath)
        let previous = destination + "/" + relativePath
        if BuildCache.FileStamp.of(previous) != stamp {
          ready = false
        } else if holds(path, inode: stamp.inode) {
          ready = true
        } else {
          clear(path)
          ready = link(previous, path) == 0
        }
      } catch {
        ready = false
      }
      guard ready else {
        for path in linked { unlink(path) }
        return false
      }
      linked.append(path)
    }
    for relativePath in relativePaths { placed.add(relativePath, fresh: false) }
    return true
  }

  /// Whether the next `bytes.count` bytes read from `fd` are `bytes`.
  static func nextBytes(of fd: Int32, match bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { expected -> Bool in
      guard let base = expected.baseAddress else { return true }
      let chunk = min(1 << 16, expected.count)
      let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
      defer { buffer.deallocate() }
      var offset = 0
      while offset < expected.count {
        let got = read(fd, buffer, min(chunk, expected.count - offset))
        if got < 0 && errno == EINTR { continue }
        guard got > 0, memcmp(buffer, base + offset, got) == 0 else { return false }
        offset += got
      }
      return true
    }
  }

  /// Writes one file under the staging folder, creating its folders.
  public func write(_ relativePath: String, _ bytes: [UInt8]) throws(OutputError) {
    let path = staging + "/" + relativePath
    try makeFolders(for: relativePath)
    try FaultInjection.check(relativePath)
    if let previous = previousFile(relativePath) {
      defer { close(previous.fd) }
      let unchanged = previous.size == bytes.count && Self.nextBytes(of: previous.fd, match: bytes)
      if unchanged {
        if holds(path, inode: previous.inode) {
          placed.add(relativePath, fresh: false)
          return
        }
        clear(path)
        if link(previous.path, path) == 0 {
          placed.add(relativePath, fresh: false)
          return
        }
      }
    }
    clear(path)
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw OutputError(
        vi: "không tạo được '\(path)': \(Self.errorText())", en: "cannot create '\(path)': \(Self.errorText())")
    }
    defer { close(fd) }
    if let failure = POSIX.writeAll(fd, bytes) {
      throw OutputError(
        vi: "không ghi được '\(path)': \(POSIX.errorText(failure))",
        en: "cannot write '\(path)': \(POSIX.errorText(failure))")
    }
    placed.add(relativePath, fresh: true)
  }

  /// A file under the staging folder written in several pieces.
  final class Appender: OutputStreamSink {
    private let fd: Int32
    private let path: String

    fileprivate init(fd: Int32, path: String) {
      self.fd = fd
      self.path = path
    }

    func write(_ bytes: [UInt8]) throws(OutputError) {
      try FaultInjection.check(path)
      if let failure = POSIX.writeAll(fd, bytes) {
        throw OutputError(
          vi: "không ghi được '\(path)': \(POSIX.errorText(failure))",
          en: "cannot write '\(path)': \(POSIX.errorText(failure))")
      }
    }

    func close() throws(OutputError) {
      if Glibc.close(fd) != 0 {
        throw OutputError(
          vi: "không ghi được '\(path)': \(OutputTree.errorText())",
          en: "cannot write '\(path)': \(OutputTree.errorText())")
      }
    }
  }

  /// A streamed file (catalog.json, portal/catalog.xml) compared, piece by piece, with the
  /// previous build's: nothing is written while the pieces match, and an unchanged file is
  /// linked at `close()`. At the first difference the matched part is copied from the previous
  /// file and writing goes on as usual.
  final class ComparingAppender: OutputStreamSink {
    private let previous: Int32
    private let previousPath: String
    private let path: String
    private var matched = 0
    private var writer: Appender?

    fileprivate init(previous: Int32, previousPath: String, path: String) {
      self.previous = previous
      self.previousPath = previousPath
      self.path = path
    }

    deinit { Glibc.close(previous) }

    /// Starts writing the new file with the part that matched so far.
    private func diverge() throws(OutputError) -> Appender {
      if let writer { return writer }
      let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC, 0o644)
      guard fd >= 0 else {
        throw OutputError(
          vi: "không tạo được '\(path)': \(OutputTree.errorText())",
          en: "cannot create '\(path)': \(OutputTree.errorText())")
      }
      let appender = Appender(fd: fd, path: path)
      writer = appender
      var copied = 0
      var buffer = [UInt8](repeating: 0, count: 1 << 16)
      while copied < matched {
        let want = min(buffer.count, matched - copied)
        let got = buffer.withUnsafeMutableBytes { pread(previous, $0.baseAddress!, want, off_t(copied)) }
        if got < 0 && errno == EINTR { continue }
        guard got > 0 else {
          throw OutputError(
            vi: "không đọc được '\(previousPath)' khi ghi '\(path)': \(OutputTree.errorText())",
            en: "cannot read '\(previousPath)' while writing '\(path)': \(OutputTree.errorText())")
        }
        try appender.write(Array(buffer[0..<got]))
        copied += got
      }
      return appender
    }

    func write(_ bytes: [UInt8]) throws(OutputError) {
      try FaultInjection.check(path)
      if writer == nil && OutputTree.nextBytes(of: previous, match: bytes) {
        matched += bytes.count
        return
      }
      try diverge().write(bytes)
    }

    func close() throws(OutputError) {
      if writer == nil {
        var probe: UInt8 = 0
        if read(previous, &probe, 1) == 0 && link(previousPath, path) == 0 { return }
        _ = try diverge()
      }
      try writer!.close()
    }
  }

  public func stream(_ relativePath: String) throws(OutputError) -> any OutputStreamSink {
    let path = staging + "/" + relativePath
    try makeFolders(for: relativePath)
    clear(path)
    placed.add(relativePath, fresh: false)
    if let previous = previousFile(relativePath) {
      return ComparingAppender(previous: previous.fd, previousPath: previous.path, path: path)
    }
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw OutputError(
        vi: "không tạo được '\(path)': \(Self.errorText())", en: "cannot create '\(path)': \(Self.errorText())")
    }
    return Appender(fd: fd, path: path)
  }

  /// Swaps the staging folder in for the destination; the old tree becomes the spare when at
  /// least half of the new tree's files are its own (links, not files created anew), and is
  /// removed otherwise.
  public func commit(jobs: Int = 1) throws(OutputError) {
    if fromSpare { prune(staging, relative: "") }
    var info = stat()
    if lstat(destination, &info) == 0 {
      guard (info.st_mode & S_IFMT) == S_IFDIR else {
        throw OutputError(
          vi: "'\(destination)' đã có và không phải là thư mục", en: "'\(destination)' exists and is not a folder")
      }
      guard let exchange = Self.renameExchange else {
        throw OutputError(
          vi: "thư viện C của hệ thống không có renameat2: không thay được '\(destination)' một cách nguyên tử",
          en: "this system's C library has no renameat2: cannot swap '\(destination)' atomically")
      }
      guard exchange(AT_FDCWD, staging, AT_FDCWD, destination, 1 << 1 /* RENAME_EXCHANGE */) == 0 else {
        throw OutputError(
          vi: "không thay được kết quả mới vào '\(destination)': \(Self.errorText())",
          en: "cannot swap the new output into '\(destination)': \(Self.errorText())")
      }
      // The staging path now holds the previous output.
      Self.removeTree(sparePath, jobs: jobs)
      let (files, fresh) = placed.counts
      if keepsSpare && fresh * 2 <= files && rename(staging, sparePath) == 0 { return }
      Self.removeTree(staging, jobs: jobs)
    } else {
      guard rename(staging, destination) == 0 else {
        throw OutputError(
          vi: "không chuyển được kết quả mới tới '\(destination)': \(Self.errorText())",
          en: "cannot move the new output to '\(destination)': \(Self.errorText())")
      }
    }
  }

  /// Removes what a staging folder that started as the spare holds and this build did not place.
  private func prune(_ folder: String, relative: String) {
    for name in POSIX.entries(of: folder) ?? [] {
      let path = folder + "/" + name
      let relativePath = relative.isEmpty ? name : relative + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        if placed.hasFolder(relativePath) {
          prune(path, relative: relativePath)
        } else {
          Self.removeTree(path)
        }
      } else if !placed.has(relativePath) {
        unlink(path)
      }
    }
  }

  /// Removes the staging folder after a failure; the destination is untouched.
  public func abandon() {
    Self.removeTree(staging)
  }

  // MARK: File system helpers

  private typealias RenameAt2 =
    @convention(c) (
      Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32
    ) -> Int32

  /// glibc's `renameat2`, looked up at run time: Swift's Glibc module does not export it (it sits
  /// behind _GNU_SOURCE), and the C shims hold only libyaml and libxml2.
  private static let renameExchange: RenameAt2? = {
    guard let symbol = dlsym(nil /* RTLD_DEFAULT */, "renameat2") else { return nil }
    return unsafeBitCast(symbol, to: RenameAt2.self)
  }()

  static func errorText() -> String { POSIX.errorText() }

  static func makeDirectories(_ path: String) throws(OutputError) {
    var info = stat()
    if stat(path, &info) == 0 {
      guard (info.st_mode & S_IFMT) == S_IFDIR else {
        throw OutputError(vi: "'\(path)' không phải là thư mục", en: "'\(path)' is not a folder")
      }
      return
    }
    if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
      try makeDirectories(String(path[..<slash]))
    }
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw OutputError(
        vi: "không tạo được thư mục '\(path)': \(errorText())", en: "cannot create folder '\(path)': \(errorText())")
    }
  }

  /// Removes staging folders a killed build left beside the output.
  static func removeStaleStaging(parent: String, name: String) {
    let prefix = ".\(name)\(stagingMarker)"
    for entry in POSIX.entries(of: parent) ?? [] where entry.hasPrefix(prefix) { removeTree(parent + "/" + entry) }
  }

  /// `rm -rf` on several threads: a national catalog's previous output is 300,000 files, and
  /// removing them one after the other is a good share of a build. Folder by folder, by name
  /// relative to the folder (short names are stored inline: no path strings for 300,000 files).
  static func removeTree(_ path: String, jobs: Int) {
    guard jobs > 1 else { return removeTree(path) }
    guard let names = POSIX.entries(of: path) else {
      unlink(path)
      return
    }
    let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard folder >= 0 else { return removeTree(path) }
    defer { close(folder) }
    var files: [String] = []
    for name in names {
      var info = stat()
      guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        removeTree(path + "/" + name, jobs: jobs)
      } else {
        files.append(name)
      }
    }
    let chunk = 512
    let fileNames = files
    let starts = Array(stride(from: 0, to: fileNames.count, by: chunk))
    _ = parallelMap(starts, jobs: jobs) { start in
      for index in start..<min(start + chunk, fileNames.count) { unlinkat(folder, fileNames[index], 0) }
      return 0
    }
    rmdir(path)
  }

  /// `rm -rf` without following links.
  static func removeTree(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      for child in POSIX.entries(of: path) ?? [] { removeTree(path + "/" + child) }
      rmdir(path)
    } else {
      unlink(path)
    }
  }
}

/// A write fault for tests: `ONESTOP_FAULT_AFTER=N` makes the Nth file write fail, to prove that
/// a build failing midway leaves the previous output whole.
enum FaultInjection {
  private static let limit: Int? = {
    guard let value = getenv("ONESTOP_FAULT_AFTER") else { return nil }
    return Int(String(cString: value))
  }()
  private static let counter = WriteCounter()

  static func check(_ path: String) throws(OutputError) {
    guard let limit else { return }
    if counter.next() >= limit {
      throw OutputError(
        vi: "không ghi được '\(path)': lỗi giả lập (ONESTOP_FAULT_AFTER=\(limit))",
        en: "cannot write '\(path)': injected fault (ONESTOP_FAULT_AFTER=\(limit))")
    }
  }
}

private final class WriteCounter: @unchecked Sendable {
  private var count = 0
  private var lock = pthread_mutex_t()

  init() { pthread_mutex_init(&lock, nil) }

  func next() -> Int {
    pthread_mutex_lock(&lock)
    defer { pthread_mutex_unlock(&lock) }
    count += 1
    return count
  }
}

/// The files and folders a build placed in its staging folder, from several threads.
private final class PlacedFiles: @unchecked Sendable {
  /// Whether `has` is asked (the paths are kept only for pruning a staging folder from the spare).
  var recordsPaths = false
  private var files: Set<String> = []
  private var total = 0
  private var folders: Set<String> = []
  private var fresh = 0
  private var lock = pthread_mutex_t()

  init() { pthread_mutex_init(&lock, nil) }

  private func locked<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(&lock)
    defer { pthread_mutex_unlock(&lock) }
    return body()
  }

  func add(_ relativePath: String, fresh isFresh: Bool) {
    locked {
      if !recordsPaths || files.insert(relativePath).inserted { total += 1 }
      if isFresh { fresh += 1 }
    }
  }

  func has(_ relativePath: String) -> Bool { locked { files.contains(relativePath) } }

  func addFolder(_ folder: String) {
    locked {
      // Every folder above it exists too.
      var path = Substring(folder)
      while true {
        folders.insert(String(path))
        guard let slash = path.lastIndex(of: "/") else { break }
        path = path[..<slash]
      }
    }
  }

  func hasFolder(_ folder: String) -> Bool { locked { folders.contains(folder) } }

  /// How many files were placed, and how many of them were created anew (not links).
  var counts: (files: Int, fresh: Int) { locked { (total, fresh) } }
}
