import OneStopKit

/// Raw bytes as one YAML file. The quick scanner and libyaml must give the same events for every
/// file the scanner takes (`QuickYAMLScanner.disagreement`); then the tree loader reads the bytes:
/// its diagnostics and every node's span must lie inside the file, and a file the scanner took has
/// no YAML syntax error (the scanner takes only what libyaml parses).
enum LoaderFuzzTarget {
  static let file = "input.yaml"

  static func run(_ bytes: [UInt8], into report: inout FuzzReport) {
    let takes = bytes.withUnsafeBufferPointer { QuickYAMLScanner($0, array: bytes) != nil }
    report.note("quick scanner: " + (takes ? "takes the file" : "leaves it to libyaml"))
    if let difference = QuickYAMLScanner.disagreement(with: bytes) {
      report.violations.append("the quick scanner and libyaml differ: \(difference)")
    }
    let document = YAMLLoader.load(bytes, file: file)
    report.record(document.diagnostics, in: [file: bytes.count])
    if takes {
      report.require(
        !document.diagnostics.contains { $0.id == "yaml-syntax" }, "libyaml refuses a file the quick scanner took")
    }
    guard let root = document.root else {
      report.note("root: none")
      return
    }
    var nodes = 0
    check(root, size: bytes.count, nodes: &nodes, into: &report)
    report.note("root: \(kind(root)), \(nodes == maxNodes ? "at least " : "")\(nodes) nodes")
  }

  static func kind(_ node: YAMLNode) -> String {
    switch node.content {
    case .scalar: "scalar"
    case .sequence: "sequence"
    case .mapping: "mapping"
    case .invalid: "invalid"
    }
  }

  /// The most nodes walked: an alias is a copy of its anchor's node, so a small file can expand to
  /// the loader's limit of a million.
  static let maxNodes = 20_000

  /// Every node's span is inside the file and ordered.
  static func check(_ node: YAMLNode, size: Int, nodes: inout Int, into report: inout FuzzReport) {
    guard nodes < maxNodes else { return }
    nodes += 1
    let range = node.range
    report.require(
      range.start.line >= 1 && range.start.column >= 1 && range.start.offset <= range.end.offset
        && range.end.offset <= size,
      "a \(kind(node)) at bytes \(range.start.offset)..<\(range.end.offset) of \(size)")
    switch node.content {
    case .sequence(let items):
      for item in items { check(item, size: size, nodes: &nodes, into: &report) }
    case .mapping(let pairs):
      for pair in pairs {
        report.require(
          pair.keyRange.start.offset <= pair.keyRange.end.offset && pair.keyRange.end.offset <= size,
          "key '\(pair.key)' at bytes \(pair.keyRange.start.offset)..<\(pair.keyRange.end.offset) of \(size)")
        check(pair.value, size: size, nodes: &nodes, into: &report)
      }
    case .scalar, .invalid:
      break
    }
  }
}
