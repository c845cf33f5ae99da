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

  package init(vi: String, en: String) {
    description = en
    vietnamese = vi
  }

  /// The problem in `language`.
  public func text(_ language: Language) -> String {
    language == .vi ? vietnamese : description
  }
}
