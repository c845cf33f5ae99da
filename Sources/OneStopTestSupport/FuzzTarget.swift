import OneStopKit

/// The fuzz targets (`scripts/fuzz TARGET`). Each takes arbitrary bytes and returns what it saw;
/// the fuzzer traps on the first broken invariant, and the tests replay the seed corpus and every
/// input that once crashed, comparing what each target saw with a recorded expectation.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// Raw bytes as a YAML file: the quick scanner against libyaml, event by event, then the tree
  /// loader (`LoaderFuzzTarget`).
  case loader
  /// Bytes as choices that mutate a valid procedure (its keys, values, shapes and styles): both
  /// decode paths against each other, then the checks (`DecoderFuzzTarget`).
  case decoder
  /// The whole pipeline on a small catalog whose one file the bytes replace: every stage, every
  /// renderer and, without errors, every emitter (`PipelineFuzzTarget`).
  case pipeline
  /// Bytes as a client's input to the language server, raw or as one framed body, after
  /// initialize and didOpen: framing and dispatcher (`LSPFuzzTarget`).
  case lsp
  /// Bytes as a CEL expression: parsed, checked and evaluated under a small budget
  /// (`CELFuzzTarget`).
  case cel

  /// Runs the target on `bytes`. The fuzzer passes `facts: false`: it needs the violations
  /// alone, and describing every diagnostic would cost it a good share of its time.
  public func run(_ bytes: [UInt8], facts: Bool = true) -> FuzzReport {
    var report = FuzzReport(keepsFacts: facts)
    switch self {
    case .loader: LoaderFuzzTarget.run(bytes, into: &report)
    case .decoder: DecoderFuzzTarget.run(bytes, into: &report)
    case .pipeline: PipelineFuzzTarget.run(bytes, into: &report)
    case .lsp: LSPFuzzTarget.run(bytes, into: &report)
    case .cel: CELFuzzTarget.run(bytes, into: &report)
    }
    return report
  }

  /// The file the target reads for `bytes`: the bytes themselves for `loader`, the mutated
  /// procedure for `decoder`, the chosen file's path and text for `pipeline`. For reading a crash.
  public func file(for bytes: [UInt8]) -> String {
    switch self {
    case .loader, .lsp, .cel: String(decoding: bytes, as: UTF8.self)
    case .decoder: DecoderFuzzTarget.text(bytes).text
    case .pipeline:
      bytes.first.map { PipelineFuzzTarget.targets[Int($0) % PipelineFuzzTarget.targets.count] + ":\n" }.map {
        $0 + String(decoding: bytes.dropFirst(), as: UTF8.self)
      } ?? ""
    }
  }
}

/// What a fuzz target saw for one input.
public struct FuzzReport: Sendable {
  /// The invariants the input broke: empty unless the code has a bug.
  public var violations: [String] = []
  /// What the target saw, one fact a line (which reader took the file, the diagnostics' ids and
  /// places): the regression tests compare it with the expectation recorded beside each input.
  public var facts: [String] = []
  /// Whether `facts` are recorded.
  public let keepsFacts: Bool

  public init(keepsFacts: Bool = true) { self.keepsFacts = keepsFacts }

  public var summary: String { facts.map { $0 + "\n" }.joined() }

  /// Records a fact, when facts are kept.
  mutating func note(_ fact: @autoclosure () -> String) {
    if keepsFacts { facts.append(fact()) }
  }

  /// Records a broken invariant unless `condition` holds.
  mutating func require(_ condition: Bool, _ violation: @autoclosure () -> String) {
    if !condition { violations.append(violation()) }
  }

  /// Checks that every diagnostic is well-formed and points inside its file (`sizes`: each file's
  /// byte count), and records their ids and places as one fact.
  mutating func record(_ diagnostics: [Diagnostic], in sizes: [String: Int], as label: String = "diagnostics") {
    for diagnostic in diagnostics {
      let start = diagnostic.range.start
      let end = diagnostic.range.end
      let size = sizes[diagnostic.file]
      require(size != nil, "diagnostic \(diagnostic.id) in an unknown file '\(diagnostic.file)'")
      require(
        start.line >= 1 && start.column >= 1 && end.line >= 1 && end.column >= 1,
        "diagnostic \(diagnostic.id) at line \(start.line), column \(start.column)")
      require(
        start.offset >= 0 && start.offset <= end.offset && end.offset <= size ?? 0,
        "diagnostic \(diagnostic.id) at bytes \(start.offset)..<\(end.offset) of \(size ?? 0)")
      require(!diagnostic.message.isEmpty && !diagnostic.id.isEmpty, "an empty diagnostic")
      for note in diagnostic.notes {
        guard let location = note.location else { continue }
        require(
          location.range.start.offset <= location.range.end.offset
            && location.range.end.offset <= sizes[location.file] ?? -1,
          "a note of \(diagnostic.id) outside '\(location.file)'")
      }
    }
    guard keepsFacts else { return }
    let places = diagnostics.map { "\($0.id)@\($0.file):\($0.range.start.line):\($0.range.start.column)" }
    facts.append("\(label): " + (places.isEmpty ? "none" : places.joined(separator: " ")))
  }
}
