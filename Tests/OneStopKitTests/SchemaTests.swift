import Foundation
import Testing

@testable import OneStopKit

/// The JSON Schemas and the decoder come from the same shapes; this test proves they agree on
/// real files: every file the decoder accepts, the schema accepts, and the reverse.
@Suite("JSON Schemas")
struct SchemaTests {
  struct Sample {
    var name: String
    var schema: String
    var bytes: [UInt8]
  }

  /// Procedure and rules files: the shipped catalog, the test fixtures, and every check example.
  static func samples() throws -> [Sample] {
    var samples: [Sample] = []
    func schemaName(_ path: String) -> String? {
      if path.hasPrefix("catalog/") {
        return FormatSchema.isBundlePath(path) ? "bundle.schema.json" : "procedure.schema.json"
      }
      if path.hasPrefix("rules/") && path.hasSuffix(".yaml") {
        return String(path.dropFirst("rules/".count).dropLast(".yaml".count)) + ".schema.json"
      }
      return nil
    }
    for root in [PythonJSONSchema.packageRoot.path, Golden.fixture("build"), Golden.fixture("diagnostics")] {
      let storage = try #require(DiskStorage(root: root))
      var paths = storage.catalogFiles().paths
      paths += FormatSchema.rulesFiles.map(\.path) + [FormatSchema.checksFile.path]
      for path in paths {
        guard let schema = schemaName(path), case .bytes(let bytes) = storage.read(path, limit: 1 << 20) else {
          continue
        }
        samples.append(Sample(name: "\(root)/\(path)", schema: schema, bytes: bytes))
      }
    }
    for description in CheckRegistry.descriptions {
      for (index, example) in (description.triggering + description.nonTriggering).enumerated() {
        let (files, _) = ExampleRunner.prepare(example)
        for (path, _) in example.files {
          guard let schema = schemaName(path), let bytes = files[path] else { continue }
          samples.append(Sample(name: "\(description.id) example \(index) \(path)", schema: schema, bytes: bytes))
        }
      }
    }
    return samples
  }

  @Test(
    "every fixture the decoder accepts, the schema accepts, and the reverse",
    RequiredInput.needs(PythonJSONSchema.available, "python3 with the jsonschema package is not installed"))
  func schemaAndDecoderAgree() throws {
    try #require(PythonJSONSchema.available, "python3 with the jsonschema package is not installed")
    let folder = TreeComparison.temporaryFolder()!
    defer { TreeComparison.remove(folder) }
    for (name, text) in JSONSchemaWriter.files() {
      try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
    var shapes: [String: Shape] = [
      "procedure.schema.json": .object(FormatSchema.procedure), "bundle.schema.json": .object(FormatSchema.bundle),
    ]
    for (path, shape) in FormatSchema.rulesFiles {
      shapes[String(path.dropFirst("rules/".count).dropLast(".yaml".count)) + ".schema.json"] = .object(shape)
    }
    shapes["checks.schema.json"] = .object(FormatSchema.checksFile.shape)
    var cases: [[String: String]] = []
    var verdicts: [String: Bool] = [:]
    for sample in try Self.samples() {
      let document = YAMLLoader.load(sample.bytes, file: "f.yaml")
      // Files YAML itself rejects never reach either side.
      guard let root = document.root, document.diagnostics.isEmpty else { continue }
      var validator = Validator(file: "f.yaml", languages: Policy().languages)
      validator.validate(root, shapes[sample.schema]!, label: "the file")
      verdicts[sample.name] = validator.diagnostics.isEmpty
      cases.append([
        "name": sample.name, "schema": folder + "/" + sample.schema, "document": JSONSchemaWriter.json(of: root),
      ])
    }
    #expect(verdicts.values.contains(true) && verdicts.values.contains(false), "the samples hold no rejected file")
    let script = """
      import json, sys, jsonschema
      cases = json.load(sys.stdin)
      schemas = {}
      for case in cases:
          path = case["schema"]
          if path not in schemas:
              schema = json.load(open(path))
              schemas[path] = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
          ok = schemas[path].is_valid(json.loads(case["document"]))
          print(("1" if ok else "0") + " " + case["name"])
      """
    let input = try JSONSerialization.data(withJSONObject: cases)
    let result = try PythonJSONSchema.run(["-c", script], input: input)
    #expect(result.status == 0, "\(result.output)")
    var compared = 0
    for line in result.output.split(separator: "\n") {
      let accepted = line.hasPrefix("1")
      let name = String(line.dropFirst(2))
      guard let decoder = verdicts[name] else { continue }
      compared += 1
      #expect(
        decoder == accepted,
        "\(name): the decoder \(decoder ? "accepts" : "rejects") it, the schema \(accepted ? "accepts" : "rejects") it")
    }
    #expect(compared == verdicts.count)
  }

  @Test("the committed schemas are what this version writes")
  func committedSchemasAreCurrent() throws {
    for (name, text) in JSONSchemaWriter.files() {
      let path = PythonJSONSchema.packageRoot.appendingPathComponent("schema/" + name)
      #expect(try String(contentsOf: path, encoding: .utf8) == text, "schema/\(name) is stale: run `onestop schema`")
    }
  }
}
