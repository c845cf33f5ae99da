#if canImport(Glibc)
  import Glibc
#endif

extension OutputTree {
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
