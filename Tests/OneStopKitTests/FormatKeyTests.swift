import Foundation
import Testing

@testable import OneStopKit

/// One format, one list of keys: the key enums the decoders switch over are the keys of
/// `FormatSchema`, and no key of the schema is lost between a file and catalog.json.
///
/// `Tests/Fixtures/every-key/` sets every key of the format, each to a value that is not its
/// default. Removed one at a time, each key must change what the decoders make of the files
/// (the tree decoder, and the fast path for procedure files), and each key but the policy's must
/// change catalog.json. A key that a decoder or catalog.json's writer ignores makes no difference
/// when it is removed, and fails here by name.
@Suite("Format keys")
struct FormatKeyTests {
  /// Every key enum, one per shape of a procedure file.
  static let keyEnums: [any FormatKey.Type] = [
    ProcedureKey.self, DecisionKey.self, ChannelKey.self, ProcessingTimeKey.self, FeeKey.self,
    LegalReferenceKey.self, RequirementKey.self, CopiesKey.self, FormTemplateKey.self, WaiverKey.self, CaseKey.self,
    ResultKey.self,
  ]

  static func names<Key: FormatKey>(_ type: Key.Type) -> [String] { Key.allCases.map(\.rawValue) }

  /// Every object shape reachable from `shape`, itself included, each once, depth first.
  static func shapes(in shape: ObjectShape) -> [ObjectShape] {
    var found: [ObjectShape] = []
    func visit(_ shape: Shape) {
      switch shape {
      case .object(let object):
        guard !found.contains(where: { $0 === object }) else { return }
        found.append(object)
        for field in object.fields { visit(field.shape) }
      case .list(let item, _): visit(item)
      case .map(_, let values, _): visit(values)
      case .text, .localized, .number, .boolean, .choice: break
      }
    }
    visit(.object(shape))
    return found
  }

  @Test("each key enum lists its shape's keys, in the shape's order, and every shape of a procedure file has one")
  func enumsMatchTheSchema() {
    for type in Self.keyEnums {
      #expect(Self.names(type) == type.shape.fields.map(\.name), "\(type) against FormatSchema's \(type.shape.name)")
    }
    let covered = Self.keyEnums.map { ObjectIdentifier($0.shape) }
    for shape in Self.shapes(in: FormatSchema.procedure) {
      #expect(covered.contains(ObjectIdentifier(shape)), "the \(shape.name) shape (\(shape.title)) has no key enum")
    }
    #expect(Set(covered).count == covered.count, "two key enums for one shape")
  }

  // MARK: The fixture that sets every key

  static let root = Golden.fixtures.appendingPathComponent("every-key")

  /// The fixture's YAML files, by path from its root.
  static let files: [String: [UInt8]] = {
    var files: [String: [UInt8]] = [:]
    let manager = FileManager.default
    for folder in ["rules", "catalog"] {
      let base = root.appendingPathComponent(folder)
      for case let url as URL in manager.enumerator(at: base, includingPropertiesForKeys: nil) ?? .init()
      where url.pathExtension == "yaml" {
        let path = folder + "/" + url.path.dropFirst(base.path.count + 1)
        files[path] = (try? [UInt8](Data(contentsOf: url))) ?? []
      }
    }
    return files
  }()

  static let procedureFile = "catalog/civil-status/1.000001.yaml"

  /// The shape of the file at `path`.
  static func shape(of path: String) -> ObjectShape {
    if path.hasPrefix("catalog/") { return FormatSchema.procedure }
    return FormatSchema.rulesFiles.first { $0.path == path }!.shape
  }

  /// Where a key sits in a file: the steps from the root to its mapping, then the key.
  struct KeyPlace: CustomStringConvertible {
    enum Step {
      case key(String)
      case item(Int)
    }
    var file: String
    var steps: [Step]
    var shape: ObjectShape
    var key: String

    var description: String {
      let path = steps.map { step in
        switch step {
        case .key(let key): ".\(key)"
        case .item(let index): "[\(index)]"
        }
      }.joined()
      return "key '\(key)' of \(shape.name) (\(file): \(path.isEmpty ? "" : path.dropFirst() + ".")\(key))"
    }
  }

  /// Every key the file's tree sets where its shape declares one.
  static func places(in node: YAMLNode, _ shape: Shape, file: String, steps: [KeyPlace.Step] = []) -> [KeyPlace] {
    switch shape {
    case .object(let object):
      var found: [KeyPlace] = []
      for pair in node.pairs ?? [] {
        guard let field = object.field(pair.key) else { continue }
        found.append(KeyPlace(file: file, steps: steps, shape: object, key: pair.key))
        found += places(in: pair.value, field.shape, file: file, steps: steps + [.key(pair.key)])
      }
      return found
    case .list(let item, _):
      return (node.items ?? []).enumerated().flatMap { index, node in
        places(in: node, item, file: file, steps: steps + [.item(index)])
      }
    case .map, .text, .localized, .number, .boolean, .choice:
      return []
    }
  }

  static func tree(_ path: String) -> YAMLNode {
    let document = YAMLLoader.load(files[path]!, file: path)
    #expect(document.diagnostics.isEmpty, "\(path): \(document.diagnostics.map(\.message))")
    return document.root!
  }

  static let allPlaces: [KeyPlace] = files.keys.sorted().flatMap { path in
    places(in: tree(path), .object(shape(of: path)), file: path)
  }

  @Test("the fixture sets every key of every shape of the format")
  func fixtureSetsEveryKey() {
    var shapes = Self.shapes(in: FormatSchema.procedure)
    for (_, shape) in FormatSchema.rulesFiles { shapes += Self.shapes(in: shape) }
    for shape in shapes {
      for field in shape.fields {
        #expect(
          Self.allPlaces.contains { $0.shape === shape && $0.key == field.name },
          "Tests/Fixtures/every-key sets no '\(field.name)' of \(shape.name)")
      }
    }
  }

  // MARK: Each key removed

  /// `node` without the key at `steps` + `key`.
  static func removing(_ key: String, at steps: ArraySlice<KeyPlace.Step>, from node: YAMLNode) -> YAMLNode {
    var node = node
    switch (node.content, steps.first) {
    case (.mapping(let pairs), nil):
      node.content = .mapping(pairs.filter { $0.key != key })
    case (.mapping(var pairs), .key(let step)?):
      for index in pairs.indices where pairs[index].key == step {
        pairs[index].value = removing(key, at: steps.dropFirst(), from: pairs[index].value)
      }
      node.content = .mapping(pairs)
    case (.sequence(var items), .item(let index)?):
      items[index] = removing(key, at: steps.dropFirst(), from: items[index])
      node.content = .sequence(items)
    default:
      Issue.record("no place \(steps) in the tree")
    }
    return node
  }

  /// A tree as block YAML: text double-quoted, other scalars plain, so that each reads back as
  /// the same value.
  static func yaml(_ node: YAMLNode, indent: String = "") -> String {
    func inline(_ node: YAMLNode) -> String? {
      switch node.content {
      case .scalar(let scalar):
        guard case .string = scalar.value else { return scalar.text }
        return "\""
          + scalar.text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
          + "\""
      case .mapping(let pairs) where pairs.isEmpty: return "{}"
      case .sequence(let items) where items.isEmpty: return "[]"
      default: return nil
      }
    }
    var text = ""
    switch node.content {
    case .mapping(let pairs):
      for pair in pairs {
        if let value = inline(pair.value) {
          text += "\(indent)\(pair.key): \(value)\n"
        } else {
          text += "\(indent)\(pair.key):\n" + yaml(pair.value, indent: indent + "  ")
        }
      }
    case .sequence(let items):
      for item in items {
        if let value = inline(item) {
          text += "\(indent)- \(value)\n"
        } else {
          text += "\(indent)-\n" + yaml(item, indent: indent + "  ")
        }
      }
    case .scalar, .invalid:
      text += indent + (inline(node) ?? "") + "\n"
    }
    return text
  }

  /// A value described without its source ranges, which move when a line is removed.
  static func describe(_ value: Any) -> String {
    if value is SourceRange || value is SourcePosition { return "" }
    let mirror = Mirror(reflecting: value)
    guard !mirror.children.isEmpty else { return "\(value)" }
    return "(" + mirror.children.map { "\($0.label ?? ""): \(describe($0.value))" }.joined(separator: ", ") + ")"
  }

  /// What a build makes of a checked catalog as catalog.json, through both writers: the fast one
  /// and the Codable reference. Written part by part, since a catalog missing a required key
  /// has errors and would not be built.
  static func catalogJSON(_ result: CheckResult) -> [String] {
    let catalog = result.catalog
    let pairs = zip(catalog.procedures, result.elimination.procedures)
    let header = CatalogJSON.header(catalog, languages: catalog.rules.policy.languages)
    let trailer = CatalogJSON.trailer(catalog, result.elimination, empty: catalog.procedures.isEmpty)
    return [
      header + pairs.map { CatalogJSON.procedureFragment($0, $1, indent: 4) }.joined(separator: ",") + trailer,
      header + pairs.map { CatalogJSON.fragment(CatalogJSON.procedure($0, $1), indent: 4) }.joined(separator: ",")
        + trailer,
    ]
  }

  static func check(_ files: [String: [UInt8]], fastPath: Bool) -> CheckResult {
    Compiler.check(MemoryStorage(files: files), options: CompileOptions(jobs: 1, fastPath: fastPath))
  }

  @Test("the fast path takes the fixture's procedure, and the fixture checks without an error")
  func fixtureIsClean() throws {
    let result = Self.check(Self.files, fastPath: true)
    #expect(!result.hasErrors, "\(result.diagnostics.filter { $0.severity == .error }.map(\.message))")
    let fast = ProcedureStreamDecoder.decode(
      Self.files[Self.procedureFile]!, file: Self.procedureFile, languages: ["vi", "en", "fr"], limits: .default)
    let procedure = try #require(fast?.0)
    let tree = try #require(Self.check(Self.files, fastPath: false).catalog.procedures.first)
    #expect(StreamDecodeTests.describe(procedure) == StreamDecodeTests.describe(tree))
  }

  @Test("removing any one key changes what the decoders make, and catalog.json (the policy's keys aside)")
  func everyKeyIsRead() {
    let full = [false, true].map { Self.check(Self.files, fastPath: $0) }
    let fullJSON = full.map(Self.catalogJSON)
    #expect(Self.allPlaces.count > 100)
    // The files written back as block YAML, nothing removed, read the same.
    var rewritten: [String: [UInt8]] = [:]
    for path in Self.files.keys { rewritten[path] = Array(Self.yaml(Self.tree(path)).utf8) }
    for fastPath in [false, true] {
      let result = Self.check(rewritten, fastPath: fastPath)
      #expect(Self.describe(result.catalog.procedures) == Self.describe(full[fastPath ? 1 : 0].catalog.procedures))
      #expect(Self.describe(result.catalog.rules) == Self.describe(full[0].catalog.rules))
      #expect(Self.catalogJSON(result) == fullJSON[fastPath ? 1 : 0])
    }
    for place in Self.allPlaces {
      var files = Self.files
      let tree = Self.removing(place.key, at: place.steps[...], from: Self.tree(place.file))
      files[place.file] = Array(Self.yaml(tree).utf8)
      let isProcedure = place.file.hasPrefix("catalog/")
      for fastPath in isProcedure ? [false, true] : [false] {
        let result = Self.check(files, fastPath: fastPath)
        let before = full[fastPath ? 1 : 0].catalog
        let path = fastPath ? "the fast path" : "the tree decoder"
        #expect(
          Self.describe(result.catalog.procedures) != Self.describe(before.procedures)
            || Self.describe(result.catalog.rules) != Self.describe(before.rules),
          "removing the \(place) changes nothing \(path) makes of the files")
        if place.file != "rules/policy.yaml" {
          for (writer, (json, before)) in zip(
            ["fast", "reference"], zip(Self.catalogJSON(result), fullJSON[fastPath ? 1 : 0]))
          {
            #expect(json != before, "removing the \(place) changes nothing in catalog.json (\(writer) writer, \(path))")
          }
        }
      }
    }
  }
}
