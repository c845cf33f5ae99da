#if canImport(Glibc)
  import Glibc
#endif

/// What the previous build generated each procedure's three files (checklists/CODE.md and .html,
/// portal/CODE.xml) from, so that a rebuild links them instead of generating, validating and
/// comparing them again.
///
/// A procedure's files are a function of its own file, the rules, the judging day, the
/// checklist languages, the set of results that some catalog procedure issues digitized (what a
/// `procedure-results` source provides), and the program itself; nothing else of the catalog
/// reaches them. The cache keys on exactly that: a digest of the procedure's path and bytes, and
/// one digest of the rest (the rules files' bytes, the day, the languages, the digitized results
/// and the bytes of the running executable, so any change to OneStop's code regenerates
/// everything). A file is reused only when it is still the very file the previous build left
/// (same inode, size and modification time, like `make` and git's index), so an output edited
/// by hand is generated again.
///
/// The cache sits beside the output as `.NAME.onestop-cache` and is replaced (write then rename)
/// after the output is swapped in. Missing, unreadable, malformed or from another program: it is
/// ignored, and the build generates everything, as a first build does.
struct BuildCache {
  /// One file as the previous build left it.
  struct FileStamp: Equatable, Sendable {
    var inode: UInt64
    var size: UInt64
    var seconds: UInt64
    var nanoseconds: UInt64

    init(_ info: stat) {
      inode = UInt64(info.st_ino)
      size = UInt64(info.st_size)
      seconds = UInt64(bitPattern: Int64(info.st_mtim.tv_sec))
      nanoseconds = UInt64(info.st_mtim.tv_nsec)
    }

    init(inode: UInt64, size: UInt64, seconds: UInt64, nanoseconds: UInt64) {
      self.inode = inode
      self.size = size
      self.seconds = seconds
      self.nanoseconds = nanoseconds
    }

    /// The regular file at `path` (not following a link), if there is one.
    static func of(_ path: String) -> FileStamp? {
      var info = stat()
      guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
      return FileStamp(info)
    }

    /// The regular files at `paths` under `folder`, in order; nil when one is missing.
    static func all(_ paths: [String], under folder: String) -> [FileStamp]? {
      var stamps: [FileStamp] = []
      for path in paths {
        guard let stamp = of(folder + "/" + path) else { return nil }
        stamps.append(stamp)
      }
      return stamps
    }

    var text: String { "\(inode):\(size):\(seconds):\(nanoseconds)" }
  }

  /// The previous build's record: per code, the key and the three files' stamps (kept in one
  /// flat array: at 100,000 procedures, an array per procedure would cost megabytes).
  struct Previous: Sendable {
    private var index: [String: Int] = [:]
    private var keys: [ContentDigest] = []
    private var stamps: [FileStamp] = []
    /// The `tree` line: the digest of the report's language and every procedure's code and key in
    /// catalog order, and the stamps of `catalogPaths`.
    private(set) var tree: (digest: ContentDigest, stamps: [FileStamp])?
    /// Stamps per procedure: `paths(code, languages).count`.
    private var perProcedure = 0

    var count: Int { keys.count }

    /// The key and stamps recorded for `code`.
    func entry(_ code: String) -> (key: ContentDigest, stamps: ArraySlice<FileStamp>)? {
      guard let position = index[code] else { return nil }
      return (keys[position], stamps[position * perProcedure..<(position + 1) * perProcedure])
    }

    /// Parses a cache file's bytes; entries made under another key, or none at all when the
    /// header is not this format's under `global`. Malformed lines are skipped.
    init(parsing bytes: [UInt8], global: ContentDigest, languages: [String]) {
      let filesPerProcedure = BuildCache.filesPerProcedure(languages)
      let catalogCount = BuildCache.catalogPaths(languages).count
      perProcedure = filesPerProcedure
      let header = Array("\(BuildCache.format) \(global)\n".utf8)
      guard bytes.starts(with: header) else { return }
      var position = header.count
      let end = bytes.count
      let treeMark = Array("tree ".utf8)
      while position < end {
        var lineEnd = position
        while lineEnd < end && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        defer { position = lineEnd + 1 }
        // key, the stamps, then the code (last: the rest of the line).
        var cursor = position
        /// The next field up to a space (or, for the `last` one, to the end of the line).
        func field(last: Bool = false) -> ArraySlice<UInt8>? {
          var stop = cursor
          while stop < lineEnd && bytes[stop] != 0x20 { stop += 1 }
          guard last ? stop == lineEnd && stop > cursor : stop < lineEnd else { return nil }
          defer { cursor = stop + 1 }
          return bytes[cursor..<stop]
        }
        let isTree = bytes[position..<lineEnd].starts(with: treeMark)
        if isTree { cursor += treeMark.count }
        guard let keyText = field(), let key = ContentDigest(hex: keyText) else { continue }
        var found: [FileStamp] = []
        let wanted = isTree ? catalogCount : filesPerProcedure
        for number in 0..<wanted {
          guard let text = field(last: isTree && number == wanted - 1), let stamp = Self.stamp(text) else { break }
          found.append(stamp)
        }
        if isTree {
          if found.count == catalogCount && cursor == lineEnd + 1 { tree = (key, found) }
          continue
        }
        guard found.count == filesPerProcedure, cursor < lineEnd else { continue }
        let code = String(decoding: bytes[cursor..<lineEnd], as: UTF8.self)
        guard index[code] == nil else { continue }
        index[code] = keys.count
        keys.append(key)
        stamps.append(contentsOf: found)
      }
    }

    /// `inode:size:seconds:nanoseconds`, four decimal numbers.
    private static func stamp(_ text: ArraySlice<UInt8>) -> FileStamp? {
      var numbers: [UInt64] = []
      var value: UInt64 = 0
      var digits = 0
      for byte in text {
        if byte == 0x3A {
          guard digits > 0 else { return nil }
          numbers.append(value)
          value = 0
          digits = 0
        } else if byte >= 0x30 && byte <= 0x39, digits < 19 {
          value = value * 10 + UInt64(byte - 0x30)
          digits += 1
        } else {
          return nil
        }
      }
      guard digits > 0, numbers.count == 3 else { return nil }
      return FileStamp(inode: numbers[0], size: numbers[1], seconds: numbers[2], nanoseconds: value)
    }

    init() {}
  }

  static let format = "onestop-build-cache 4"

  /// The files of the whole catalog, in the order the `tree` line keeps their stamps.
  static func catalogPaths(_ languages: [String]) -> [String] {
    let first = languages.first ?? "vi"
    return [OutputPaths.catalogJSON, OutputPaths.catalogXML, OutputPaths.schema, OutputPaths.report]
      + languages.map { OutputPaths.reportPage($0, first: first) }
      + languages.map { OutputPaths.index($0, first: first) }
  }

  /// How many files each procedure has: `paths(code, languages).count`.
  static func filesPerProcedure(_ languages: [String]) -> Int { 2 + languages.count }

  /// The files generated per procedure, in the order the stamps are kept: the Markdown checklist,
  /// its page in each language, the portal XML.
  static func paths(_ code: String, _ languages: [String]) -> [String] {
    let first = languages.first ?? "vi"
    return [OutputPaths.checklist(code, "md")] + languages.map { OutputPaths.checklistPage(code, $0, first: first) }
      + [OutputPaths.portal(code)]
  }

  /// Everything but the procedure's own file that its outputs depend on; nil when the running
  /// program cannot be read (then nothing is cached).
  static func globalKey(_ catalog: Catalog, languages: [String], rules: ContentDigest) -> ContentDigest? {
    guard let program = executableDigest else { return nil }
    var key = ContentDigest()
    key.combine(format)
    key.combine(program)
    key.combine(rules)
    key.combine(catalog.asOf.description)
    key.combine(languages.joined(separator: "\n"))
    for paper in catalog.digitizedResults.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      key.combine(paper)
    }
    return key
  }

  /// A procedure's own part of the key: its path and its file's digest.
  static func procedureKey(file: String, digest: ContentDigest) -> ContentDigest {
    var key = digest
    key.combine(file)
    return key
  }

  /// The digest of the running executable's bytes, read once.
  static let executableDigest: ContentDigest? = {
    let fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var digest = ContentDigest()
    let size = 1 << 20
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let got = read(fd, buffer, size)
      if got < 0 && errno == EINTR { continue }
      guard got >= 0 else { return nil }
      if got == 0 { return digest }
      digest.combine(UnsafeRawBufferPointer(start: buffer, count: got))
    }
  }()

  /// The record of the cache at `path` made under `global`; empty when there is none, or when
  /// it was made under another key or cannot be read.
  static func load(_ path: String, global: ContentDigest, languages: [String]) -> Previous {
    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return Previous() }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return Previous() }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    var filled = 0
    while filled < bytes.count {
      let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
      if got < 0 && errno == EINTR { continue }
      guard got > 0 else { return Previous() }
      filled += got
    }
    return Previous(parsing: bytes, global: global, languages: languages)
  }

  /// Replaces the cache at `path` with the lines `line(0..<count)` gives (nil: no line): written
  /// first to a file named `temporaryPrefix` and six random characters (the output's staging
  /// prefix, so the next build removes it if this one is killed), then renamed over it, in
  /// pieces, so that a national catalog's cache never sits in memory whole. Returns whether it
  /// was written.
  @discardableResult
  static func write(
    _ path: String, temporaryPrefix: String, global: ContentDigest, tree: String?, count: Int, jobs: Int,
    line: @Sendable (Int) -> String?
  ) -> Bool {
    var template = Array("\(temporaryPrefix)XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { return false }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    _ = fchmod(fd, 0o644)
    var failed = POSIX.writeAll(fd, Array(("\(format) \(global)\n" + (tree.map { "tree \($0)\n" } ?? "")).utf8)) != nil
    var start = 0
    while start < count && !failed {
      let indices = Array(start..<min(start + 4096, count))
      var piece: [UInt8] = []
      for text in parallelMap(indices, jobs: jobs, line) {
        guard let text, !text.utf8.contains(0x0A), !text.utf8.contains(0x0D) else { continue }
        piece.append(contentsOf: text.utf8)
        piece.append(0x0A)
      }
      failed = POSIX.writeAll(fd, piece) != nil
      start += indices.count
    }
    if close(fd) != 0 || failed || rename(temporary, path) != 0 {
      unlink(temporary)
      return false
    }
    return true
  }

  /// A cache line: key, the stamps, then the procedure's code; without a code, the `tree` line's
  /// content (the tree digest and the catalog-wide files' stamps).
  static func line(key: ContentDigest, stamps: some Sequence<FileStamp>, code: String?) -> String {
    "\(key) \(stamps.map(\.text).joined(separator: " "))" + (code.map { " " + $0 } ?? "")
  }
}

/// The build cache's plan for one build: the keys of this build and the previous build's entries.
struct CachePlan: Sendable {
  var global: ContentDigest
  /// Parallel to `catalog.procedures`.
  var keys: [ContentDigest]
  /// The report's language, then every procedure's code and key, in catalog order.
  var tree: ContentDigest
  var previous: BuildCache.Previous
  /// The build's languages: one checklist page, scorecard and index each.
  var languages: [String]

  init?(_ result: CheckResult, languages: [String], output: OutputTree) {
    self.languages = languages
    guard let digests = result.digests, digests.procedures.count == result.catalog.procedures.count,
      let global = BuildCache.globalKey(result.catalog, languages: languages, rules: digests.rules)
    else { return nil }
    self.global = global
    keys = zip(result.catalog.procedures, digests.procedures).map {
      BuildCache.procedureKey(file: $0.file, digest: $1)
    }
    var tree = ContentDigest()
    // report.md is written in the run's language; the checklists carry every language, so a
    // rebuild in another language writes the catalog-wide files again and reuses the rest.
    tree.combine(result.catalog.language.rawValue)
    for (procedure, key) in zip(result.catalog.procedures, keys) {
      tree.combine(procedure.code.value)
      tree.combine(key)
    }
    self.tree = tree
    previous =
      output.hasPrevious
      ? BuildCache.load(output.cachePath, global: global, languages: languages) : BuildCache.Previous()
  }

  /// The previous build's stamps of procedure `index`'s files, when its key is unchanged.
  func reusable(_ index: Int, code: String) -> ArraySlice<BuildCache.FileStamp>? {
    guard let entry = previous.entry(code), entry.key == keys[index] else { return nil }
    return entry.stamps
  }

  /// Whether the output folder is already exactly what this build would write: the same
  /// procedures with the same keys in the same order and the same report language (so
  /// catalog.json, portal/catalog.xml and report.md are the same too), every file still the one the previous build left, and no
  /// other file in the output's folders. Then the build writes nothing at all.
  func isCurrent(_ catalog: Catalog, destination: String, jobs: Int) -> Bool {
    guard let recorded = previous.tree, recorded.digest == tree,
      BuildCache.FileStamp.all(BuildCache.catalogPaths(languages), under: destination) == recorded.stamps
    else { return false }
    let codes = catalog.procedures.map(\.code.value)
    let starts = Array(stride(from: 0, to: codes.count, by: 1024))
    let unchanged = parallelMap(starts, jobs: jobs) { start in
      (start..<min(start + 1024, codes.count)).allSatisfy { index in
        guard let stamps = reusable(index, code: codes[index]) else { return false }
        return BuildCache.FileStamp.all(BuildCache.paths(codes[index], languages), under: destination) == Array(stamps)
      }
    }
    guard !unchanged.contains(false) else { return false }
    // Every expected file is there; the folders must hold nothing else. Counted, not listed:
    // at 100,000 procedures the names alone would be 300,000 strings.
    let names = Set(codes.map(OutputPaths.fileName))
    // portal/ also holds catalog.xml (unless a code is named "catalog") and portal-v1.xsd.
    let portalNames = names.count + (names.contains("catalog") ? 0 : 1) + 1
    // checklists/ also holds bundles/ when the catalog has groups.
    let bundleFolder = catalog.bundles.isEmpty ? 0 : 1
    // At the top: catalog.json, report.md, the pages, checklists/ and portal/ (which holds the
    // other two catalog-wide files).
    return POSIX.entryCount(of: destination) == BuildCache.catalogPaths(languages).count
      && POSIX.entryCount(of: destination + "/checklists") == names.count * (1 + languages.count) + bundleFolder
      && POSIX.entryCount(of: destination + "/portal") == portalNames
  }

  /// Records this build's files, as they now are in `output.destination`.
  func save(_ catalog: Catalog, reused: [Bool], output: OutputTree, jobs: Int) {
    let destination = output.destination
    let treeLine = BuildCache.FileStamp.all(BuildCache.catalogPaths(languages), under: destination).map {
      BuildCache.line(key: tree, stamps: $0, code: nil)
    }
    BuildCache.write(
      output.cachePath, temporaryPrefix: output.stagingPrefix + "cache-", global: global, tree: treeLine,
      count: keys.count, jobs: jobs
    ) { index in
      let code = catalog.procedures[index].code.value
      if reused[index], let entry = previous.entry(code) {
        return BuildCache.line(key: entry.key, stamps: entry.stamps, code: code)
      }
      return BuildCache.FileStamp.all(BuildCache.paths(code, languages), under: destination).map {
        BuildCache.line(key: keys[index], stamps: $0, code: code)
      }
    }
  }
}
