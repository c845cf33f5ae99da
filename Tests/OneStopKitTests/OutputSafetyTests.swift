import Foundation
import Testing

@testable import OneStopKit

/// A property test: procedures named with arbitrary Unicode (XML-forbidden characters, markup,
/// quotes, right-to-left marks, combining sequences, astral characters) either are refused at
/// load, or come out of every emitter well-formed, valid, and saying exactly the NFC text.
@Suite("Output safety")
struct OutputSafetyTests {
  /// SplitMix64: a small deterministic generator, so a failure reproduces from its seed.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  }

  static let pools: [[Unicode.Scalar]] = [
    Array("abcxyz Đăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".unicodeScalars),
    Array("<>&\"'/=;]]>--!?#*_`|{}[]\\".unicodeScalars),
    ["\u{200F}", "\u{202E}", "\u{200E}", "\u{202A}", "\u{2066}", "\u{200B}", "\u{FEFF}"],
    ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}", "\u{0302}", "\u{0306}", "\u{031B}"],
    ["\u{1F600}", "\u{10348}", "\u{4E2D}", "\u{0627}", "\u{05D0}", "\u{FFFD}", "\u{E000}"],
    ["\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"],
    ["\t", "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{7F}", "\u{9F}"],
  ]

  static func randomText(_ generator: inout Generator) -> String {
    var scalars = String.UnicodeScalarView()
    let length = 1 + generator.below(24)
    for _ in 0..<length {
      // Forbidden characters are rare, so most texts get through to the emitters.
      let draw = generator.below(100)
      let pool = draw < 40 ? 0 : draw < 55 ? 1 : draw < 65 ? 2 : draw < 77 ? 3 : draw < 89 ? 4 : draw < 90 ? 5 : 6
      let choices = pools[pool]
      scalars.append(choices[generator.below(choices.count)])
    }
    return String(scalars)
  }

  /// A YAML double-quoted scalar that writes `text` exactly, every non-printable as an escape.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
          || [0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF].contains(scalar.value)
        {
          out += String(format: "\\u%04X", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  static func forbidden(_ text: String) -> Bool {
    text.unicodeScalars.contains { !XMLText.isAllowed($0) }
  }

  @Test("arbitrary text is refused at load or comes out intact in XML, HTML and JSON")
  func roundTrip() throws {
    var generator = Generator(state: 468)
    var accepted = 0
    var refused = 0
    for round in 0..<300 {
      let vi = Self.randomText(&generator)
      let en = Self.randomText(&generator)
      let procedure = ExampleCatalog.procedure.replacingOccurrences(
        of: "name: {vi: Đăng ký khai sinh, en: Birth registration}",
        with: "name: {vi: \(Self.quoted(vi)), en: \(Self.quoted(en))}")
      var files = ExampleCatalog.rules
      files["catalog/1.000001.yaml"] = procedure
      let result = Compiler.check(MemoryStorage(texts: files), options: CompileOptions(jobs: 1))
      let refusedExpected =
        Self.forbidden(vi) || Self.forbidden(en) || vi.allSatisfy(\.isWhitespace) || en.allSatisfy(\.isWhitespace)
      if refusedExpected {
        #expect(result.hasErrors, "round \(round): \(Self.quoted(vi)) / \(Self.quoted(en)) was not refused")
        refused += 1
        continue
      }
      #expect(
        !result.hasErrors, "round \(round): \(result.diagnostics.filter { $0.severity == .error }.map(\.message))")
      guard !result.hasErrors else { continue }
      accepted += 1
      let expectedVI = vi.precomposedStringWithCanonicalMapping
      let expectedEN = en.precomposedStringWithCanonicalMapping
      let procedureModel = result.catalog.procedures[0]
      let analysis = result.elimination.procedures[0]

      let xml = try #require(PortalXMLEmitter(catalog: result.catalog).document(for: procedureModel, analysis))
      #expect(PortalSchema.shared.validate(xml) == nil, "round \(round): invalid XML")
      let names = MarkupReader.texts(of: "Name", inXML: xml) ?? []
      #expect(Array(names.prefix(2)) == [expectedVI, expectedEN], "round \(round): XML text differs")

      let document = ChecklistBuilder(catalog: result.catalog, languages: ["vi", "en"]).document(
        for: procedureModel, analysis)
      // One page per language.
      let headings = [0, 1].flatMap { part in
        MarkupReader.texts(of: "h1", inHTML: Array(HTMLRenderer.render(document, part: part).utf8)) ?? []
      }
      #expect(headings == [expectedVI, expectedEN], "round \(round): HTML shows \(headings)")

      // JSONDecoder, not JSONSerialization: the latter drops a U+FEFF at the start of a string.
      struct Named: Decodable { var name: [String: String] }
      let json = CatalogJSON.fragment(CatalogJSON.procedure(procedureModel, analysis), indent: 0)
      let decoded = try JSONDecoder().decode(Named.self, from: Data(json.utf8))
      #expect(decoded.name == ["vi": expectedVI, "en": expectedEN], "round \(round): JSON differs")
    }
    #expect(accepted > 100 && refused > 20, "accepted \(accepted), refused \(refused)")
    print("output safety: \(accepted) texts accepted and checked, \(refused) refused at load")
  }
}
