import OneStopKit

/// The catalog root on disk with the open documents' unsaved text laid over it: what every check
/// of the server reads.
struct OverlayStorage: CatalogStorage {
  let disk: DiskStorage
  let overlay: [String: [UInt8]]

  func catalogFiles() -> (paths: [String], diagnostics: [Diagnostic]) { catalogFiles(language: .en) }

  func catalogFiles(language: Language) -> (paths: [String], diagnostics: [Diagnostic]) {
    var (paths, diagnostics) = disk.catalogFiles(language: language)
    // An open document not on disk (new, or deleted while open) is read from its text.
    let extra = overlay.keys.filter { path in
      path.hasPrefix("catalog/") && (path.hasSuffix(".yaml") || path.hasSuffix(".yml")) && !paths.contains(path)
    }
    if !extra.isEmpty {
      paths.append(contentsOf: extra)
      paths.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
    return (paths, diagnostics)
  }

  func read(_ path: String, limit: Int) -> StorageRead {
    if let bytes = overlay[path] { return bytes.count > limit ? .tooLarge(size: bytes.count) : .bytes(bytes) }
    return disk.read(path, limit: limit)
  }
}

/// An open document: its text as the editor has it, and the version the editor gave it.
struct OpenDocument {
  var uri: String
  var version: Int?
  var text: [UInt8]
}

/// The catalog root, its open documents and the check kept alive over them.
final class Workspace {
  let root: String
  let rootURI: String
  let disk: DiskStorage
  var options: CompileOptions
  var documents: [String: OpenDocument] = [:]
  var session: CheckSession?
  /// The files whose last published set of diagnostics was not empty.
  var published: Set<String> = []

  init?(root: String, options: CompileOptions) {
    var root = root
    while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
    guard let disk = DiskStorage(root: root) else { return nil }
    self.root = root
    self.rootURI = URI.fileURI(root)
    self.disk = disk
    self.options = options
  }

  /// The page documenting a check: the catalog root's docs/checks.md (docs/vi/checks.md in
  /// Vietnamese), at the check's heading, when the root has it.
  func checkDocumentation(_ id: String) -> String? {
    let page = language == .vi ? "docs/vi/checks.md" : "docs/checks.md"
    if checkPages[page] == nil {
      if case .bytes = disk.read(page, limit: 16 << 20) { checkPages[page] = true } else { checkPages[page] = false }
    }
    guard checkPages[page] == true else { return nil }
    return rootURI + "/" + page + "#" + id
  }
  private var checkPages: [String: Bool] = [:]

  var storage: OverlayStorage {
    OverlayStorage(disk: disk, overlay: documents.mapValues(\.text))
  }

  /// The check, run on first need.
  var check: CheckSession {
    if let session { return session }
    var options = options
    // Each file's bytes are scanned as they are read, so that most positions convert without
    // reading the file again.
    options.scanPositions = true
    let made = CheckSession(storage, options: options)
    session = made
    return made
  }

  var language: Language { check.language }

  /// The path relative to the root of a `file:` URI inside it.
  func path(of uri: String) -> String? {
    guard let absolute = URI.path(uri) else { return nil }
    guard absolute.hasPrefix(root + "/") else { return nil }
    let relative = String(absolute.dropFirst(root.count + 1))
    guard !relative.isEmpty, !relative.split(separator: "/").contains("..") else { return nil }
    return relative
  }

  /// The URI the editor uses for a file: its own when open, else one made from the path.
  func uri(of path: String) -> String {
    documents[path]?.uri ?? rootURI + "/" + URI.escape(path)
  }

  /// Whether the checker reads the file: a rules file or a YAML file under catalog/.
  static func isChecked(_ path: String) -> Bool {
    if FormatSchema.rulesFiles.contains(where: { $0.path == path }) { return true }
    return path.hasPrefix("catalog/") && (path.hasSuffix(".yaml") || path.hasSuffix(".yml"))
  }

  /// A file's text: the open document's, else the file on disk.
  func text(of path: String) -> LineTable? {
    if let document = documents[path] { return LineTable(document.text) }
    if case .bytes(let bytes) = disk.read(path, limit: 64 << 20) { return LineTable(bytes) }
    return nil
  }

  /// Rechecks after `paths` changed; the files whose findings must be published again.
  func update(_ paths: Set<String>) -> Set<String> {
    let checked = paths.filter(Self.isChecked)
    guard !checked.isEmpty else { return [] }
    guard var current = session else {
      _ = check
      return Set(session!.findingsByFile.keys).union(published)
    }
    session = nil
    let changed = current.update(checked, storage: storage)
    session = current
    return changed
  }
}

/// `file:` URIs to paths and back, with percent-encoding of UTF-8 bytes.
enum URI {
  static func path(_ uri: String) -> String? {
    guard uri.hasPrefix("file://") else { return nil }
    var rest = Substring(uri.dropFirst("file://".count))
    // `file://host/path`: only the local host.
    if !rest.hasPrefix("/") {
      guard let slash = rest.firstIndex(of: "/"), rest[..<slash] == "localhost" else { return nil }
      rest = rest[slash...]
    }
    var bytes: [UInt8] = []
    var utf8 = Array(rest.utf8)[...]
    while let byte = utf8.first {
      utf8 = utf8.dropFirst()
      if byte == UInt8(ascii: "%"), utf8.count >= 2, let high = hex(utf8.first!), let low = hex(utf8.dropFirst().first!)
      {
        bytes.append(high << 4 | low)
        utf8 = utf8.dropFirst(2)
      } else if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
        break
      } else {
        bytes.append(byte)
      }
    }
    guard let text = String(validating: bytes, as: UTF8.self), !text.contains("\0") else { return nil }
    return text
  }

  static func fileURI(_ path: String) -> String { "file://" + escape(path) }

  /// Percent-encodes everything but unreserved characters and `/`.
  static func escape(_ path: String) -> String {
    var out = ""
    let digits = Array("0123456789ABCDEF")
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        out.append("%")
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0xF)])
      }
    }
    return out
  }

  private static func hex(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: byte - 0x30
    case 0x41...0x46: byte - 0x41 + 10
    case 0x61...0x66: byte - 0x61 + 10
    default: nil
    }
  }
}
