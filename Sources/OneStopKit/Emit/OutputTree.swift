#if canImport(Glibc)
  import Glibc
#endif

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
///
/// This file writes; the swap is in `OutputTree+Swap.swift`, the spare in `OutputTree+Spare.swift`
/// and the removal of old trees in `OutputTree+Removal.swift`.
public final class OutputTree: OutputSink, @unchecked Sendable {
  public let destination: String
  public let staging: String
  let parent: String
  let name: String
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
  var fromSpare = false
  /// Whether the old tree may be kept as the spare after the swap (`adoptSpare` was called).
  var keepsSpare = false
  /// What this build put in the staging folder: relative paths, folders, files created anew.
  let placed = PlacedFiles()
  /// Asked before every write (see `WriteGate`); nil outside tests.
  let gate: (any WriteGate)?

  /// Creates the staging folder (and the output's parent folder when missing).
  public init(destination: String, gate: (any WriteGate)? = nil) throws(OutputError) {
    self.gate = gate
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
        try gate?.admit(relativePath)
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
    try gate?.admit(relativePath)
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
    private let gate: (any WriteGate)?

    fileprivate init(fd: Int32, path: String, gate: (any WriteGate)?) {
      self.fd = fd
      self.path = path
      self.gate = gate
    }

    func write(_ bytes: [UInt8]) throws(OutputError) {
      try gate?.admit(path)
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
    private let gate: (any WriteGate)?
    private var matched = 0
    private var writer: Appender?

    fileprivate init(previous: Int32, previousPath: String, path: String, gate: (any WriteGate)?) {
      self.previous = previous
      self.previousPath = previousPath
      self.path = path
      self.gate = gate
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
      let appender = Appender(fd: fd, path: path, gate: gate)
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
      try gate?.admit(path)
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
      return ComparingAppender(previous: previous.fd, previousPath: previous.path, path: path, gate: gate)
    }
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw OutputError(
        vi: "không tạo được '\(path)': \(Self.errorText())", en: "cannot create '\(path)': \(Self.errorText())")
    }
    return Appender(fd: fd, path: path, gate: gate)
  }

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
}
