/// Runs a check's examples: lays the example's files over the example catalog, compiles it, and
/// compares where findings land with the `↓` markers.
public enum ExampleRunner {
  public struct Marker: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public static func < (a: Marker, b: Marker) -> Bool {
      (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    public var description: String { "\(file):\(line):\(column)" }
  }

  public struct Outcome: Sendable {
    /// Where the markers say findings of the check must start.
    public var expected: [Marker]
    /// Where findings of the check did start.
    public var actual: [Marker]
    /// Every diagnostic of the run, for messages when a test fails.
    public var diagnostics: [Diagnostic]
  }

  /// The example's files with markers removed and raw bytes written, and the marker positions.
  public static func prepare(_ example: Example) -> (files: [String: [UInt8]], markers: [Marker]) {
    var files: [String: [UInt8]] = [:]
    for (path, text) in ExampleCatalog.rules { files[path] = Array(text.utf8) }
    var markers: [Marker] = []
    for (path, text) in example.files {
      var bytes: [UInt8] = []
      var offsets: [Int] = []
      var scalars = text.unicodeScalars[...]
      while let scalar = scalars.first {
        scalars = scalars.dropFirst()
        if scalar == "↓" {
          offsets.append(bytes.count)
        } else if scalar == "⟪", let close = scalars.firstIndex(of: "⟫") {
          let hex = String(String.UnicodeScalarView(scalars[..<close]))
          bytes.append(UInt8(hex, radix: 16) ?? 0x3F)
          scalars = scalars[scalars.index(after: close)...]
        } else {
          bytes.append(contentsOf: String(scalar).utf8)
        }
      }
      files[path] = bytes
      let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      let lines = LineIndex(bytes: bytes, contentStart: bom)
      for offset in offsets {
        let position = lines.position(ofOffset: offset, in: bytes)
        markers.append(Marker(file: path, line: position.line, column: position.column))
      }
    }
    return (files, markers.sorted())
  }

  public static func run(_ example: Example, checkID: String, language: Language = .en) -> Outcome {
    let (files, markers) = prepare(example)
    var options = CompileOptions(jobs: 1)
    options.language = language
    options.asOf = example.asOf.flatMap(Day.init)
    if let limits = example.limits { options.limits = limits }
    let result = Compiler.check(MemoryStorage(files: files), options: options)
    // An example speaks about its own files: findings in the base rules it did not replace (say,
    // a depth limit that the rules files exceed too) are not the example's.
    let own = Set(example.files.map(\.path))
    let actual = result.diagnostics.filter { $0.id == checkID && own.contains($0.file) }.map {
      Marker(file: $0.file, line: $0.range.start.line, column: $0.range.start.column)
    }
    return Outcome(expected: markers, actual: actual.sorted(), diagnostics: result.diagnostics)
  }

  /// The example as a drafter would write it (markers kept: they show where the finding lands).
  public static func display(_ example: Example) -> String {
    example.files.map { path, text in
      example.files.count > 1 || !path.hasPrefix("catalog/1.000001") ? "# \(path)\n\(text)" : text
    }.joined(separator: "\n")
  }
}
