import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The order of the sources behind an eliminated paper, read from the outputs themselves: the
/// test fixture's expected build and the shipped `generated/`. docs/catalog-json.md and
/// docs/portal-xml.md give the rule: sources in the procedure's `data_sources` order, then paper
/// types in the requirement's order (which database, then which paper). The expected order is
/// derived from each procedure's `data_sources` and each requirement's papers in the same
/// output, never from a golden file, so a wrong order pinned in a golden file still fails here.
@Suite("provided_by order")
struct ProvisionOrderTests {
  static let outputs = [
    Golden.fixtures.appendingPathComponent("build/expected"),
    Golden.fixtures.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("generated"),
  ]

  typealias Pair = (source: String, paper: String)

  /// `pairs` in the documented order.
  static func documented(_ pairs: [Pair], sources: [String], papers: [String]) -> [Pair] {
    pairs.sorted { a, b in
      (sources.firstIndex(of: a.source) ?? .max, papers.firstIndex(of: a.paper) ?? .max)
        < (sources.firstIndex(of: b.source) ?? .max, papers.firstIndex(of: b.paper) ?? .max)
    }
  }

  /// `pairs` paper by paper, each paper's sources in rules/sources.yaml order: the order the
  /// build wrote before issue 21. A level where it differs from the documented one is a level
  /// where the test can tell the two apart.
  static func paperFirst(_ pairs: [Pair], rules: [String], papers: [String]) -> [Pair] {
    pairs.sorted { a, b in
      (papers.firstIndex(of: a.paper) ?? .max, rules.firstIndex(of: a.source) ?? .max)
        < (papers.firstIndex(of: b.paper) ?? .max, rules.firstIndex(of: b.source) ?? .max)
    }
  }

  static func same(_ a: [Pair], _ b: [Pair]) -> Bool {
    a.map(\.source) == b.map(\.source) && a.map(\.paper) == b.map(\.paper)
  }

  static func describe(_ pairs: [Pair]) -> String {
    pairs.map { "(\($0.source), \($0.paper))" }.joined(separator: ", ")
  }

  @Test("catalog.json: provided_by lists sources in data_sources order, then paper types in the requirement's order")
  func catalogJSON() throws {
    var telling = 0
    for output in Self.outputs {
      let data = try Data(contentsOf: output.appendingPathComponent("catalog.json"))
      let catalog = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let rules = try #require(catalog["sources"] as? [[String: Any]]).compactMap { $0["id"] as? String }
      for procedure in try #require(catalog["procedures"] as? [[String: Any]]) {
        let code = procedure["code"] as? String ?? "?"
        let sources = try #require(procedure["data_sources"] as? [String])
        for requirement in try #require(procedure["requirements"] as? [[String: Any]]) {
          let papers = (requirement["paper"] as? String).map { [$0] } ?? requirement["any_of"] as? [String] ?? []
          for level in try #require(requirement["levels"] as? [[String: Any]]) {
            let pairs: [Pair] = try #require(level["provided_by"] as? [[String: Any]]).map {
              ($0["source"] as? String ?? "", $0["paper"] as? String ?? "")
            }
            let expected = Self.documented(pairs, sources: sources, papers: papers)
            #expect(
              Self.same(pairs, expected),
              """
              \(output.lastPathComponent)/catalog.json, \(code), requirement \(requirement["id"] as? String ?? "?") at \
              \(level["level"] as? String ?? "?"): \(Self.describe(pairs)), expected \(Self.describe(expected))
              """)
            if !Self.same(expected, Self.paperFirst(pairs, rules: rules, papers: papers)) { telling += 1 }
          }
        }
      }
    }
    // Levels with two sources or two papers whose orders differ: without them the rule is untested.
    #expect(telling >= 2, "only \(telling) levels where the documented order differs from paper by paper")
  }

  /// What a portal document says, for this test: its data sources, and for each `Elimination` the
  /// papers of its requirement and its `ProvidedBy` pairs.
  final class PortalDocument: NSObject, XMLParserDelegate {
    var dataSources: [String] = []
    var eliminations: [(requirement: String, level: String, papers: [String], pairs: [Pair])] = []
    private var requirement = ""
    private var papers: [String] = []
    private var inEvidence = false

    func parser(
      _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      switch element {
      case "DataSource": dataSources.append(attributes["id"] ?? "")
      case "Requirement":
        requirement = attributes["id"] ?? ""
        papers = []
      case "Evidence": inEvidence = true
      case "EvidenceType" where inEvidence: papers.append(attributes["id"] ?? "")
      case "Elimination": eliminations.append((requirement, attributes["level"] ?? "", papers, []))
      case "ProvidedBy":
        eliminations[eliminations.count - 1].pairs.append((attributes["source"] ?? "", attributes["paper"] ?? ""))
      default: break
      }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
      if element == "Evidence" { inEvidence = false }
    }
  }

  @Test("portal XML: ProvidedBy lists sources in DataSource order, then paper types in the Evidence's order")
  func portalXML() throws {
    var documents = 0
    for output in Self.outputs {
      let folder = output.appendingPathComponent("portal")
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
        $0.hasSuffix(".xml") && $0 != "catalog.xml"
      }
      for name in names.sorted() {
        let parser = try #require(XMLParser(contentsOf: folder.appendingPathComponent(name)))
        let document = PortalDocument()
        parser.delegate = document
        #expect(parser.parse(), "\(name) does not parse")
        documents += 1
        for elimination in document.eliminations {
          let expected = Self.documented(elimination.pairs, sources: document.dataSources, papers: elimination.papers)
          #expect(
            Self.same(elimination.pairs, expected),
            """
            \(output.lastPathComponent)/portal/\(name), requirement \(elimination.requirement) at \
            \(elimination.level): \(Self.describe(elimination.pairs)), expected \(Self.describe(expected))
            """)
        }
      }
    }
    #expect(documents > 30)
  }
}
