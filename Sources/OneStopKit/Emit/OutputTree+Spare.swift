#if canImport(Glibc)
  import Glibc
#endif

// The spare: the previous build's old tree, kept beside the output to start the next staging folder
// from (see `OutputTree`).

extension OutputTree {
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

  /// Clears `path` in a staging folder that started as the spare, so that it can be created anew
  /// (never written into: its inode may be the output's).
  func clear(_ path: String) {
    guard fromSpare, unlink(path) != 0, errno == EISDIR else { return }
    Self.removeTree(path)
  }

  /// Whether the staging folder's `path` is already the inode `inode` (from the spare).
  func holds(_ path: String, inode: UInt64) -> Bool {
    guard fromSpare else { return false }
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && UInt64(info.st_ino) == inode
  }

  /// Removes what a staging folder that started as the spare holds and this build did not place.
  func prune(_ folder: String, relative: String) {
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
}

/// The files and folders a build placed in its staging folder, from several threads.
final class PlacedFiles: @unchecked Sendable {
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
