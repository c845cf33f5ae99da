#if canImport(Glibc)
  import Glibc
#endif

extension OutputTree {
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

  /// Removes the staging folder after a failure; the destination is untouched.
  public func abandon() {
    Self.removeTree(staging)
  }

  /// Removes staging folders a killed build left beside the output.
  static func removeStaleStaging(parent: String, name: String) {
    let prefix = ".\(name)\(stagingMarker)"
    for entry in POSIX.entries(of: parent) ?? [] where entry.hasPrefix(prefix) { removeTree(parent + "/" + entry) }
  }

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
}
