/// A check over one procedure's elimination analysis. The checks of this group, one per file
/// beside this one, share the phrases below (their messages name provisions the same way) and
/// build their examples on `EliminationExample`.
public protocol EliminationCheck: Check {
  init()
  func check(
    _ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, in catalog: Catalog,
    into findings: inout Findings)
}

/// The provisions grouped by paper and source, levels in the procedure's order, in `language`:
/// `'citizen-id' from 'population' (central since 2021-07-01, commune since 2021-12-31)`, or
/// `giấy tờ 'citizen-id' (Thẻ căn cước) đã có trong 'population' (Cơ sở dữ liệu quốc gia về dân
/// cư), kết nối với cấp bộ từ 01/07/2021, cấp xã từ 31/12/2021`. Only the asked language is built.
func provisionsPhrase(
  _ provisions: [(level: String, provision: EliminationAnalysis.Provision)], in catalog: Catalog,
  _ language: Language
) -> String {
  // Built by appending to one string: two findings in five carry such a phrase, so at national
  // scale this runs hundreds of thousands of times.
  var groups: [(paper: String, source: String, levels: [Int])] = []
  for (index, entry) in provisions.enumerated() {
    let provision = entry.provision
    if let group = groups.firstIndex(where: { $0.paper == provision.paper && $0.source == provision.source }) {
      groups[group].levels.append(index)
    } else {
      groups.append((provision.paper, provision.source, [index]))
    }
  }
  // Bytes first, one String at the end: each `+=` on a String cost some 340 instructions.
  var phrase: [UInt8] = []
  switch language {
  case .en:
    phrase.reserveCapacity(64 * groups.count + 32 * provisions.count)
    for (number, group) in groups.enumerated() {
      if number > 0 { phrase += ", ".utf8 }
      phrase += "'".utf8
      phrase += group.paper.utf8
      phrase += "' from '".utf8
      phrase += group.source.utf8
      phrase += "' (".utf8
      for (position, index) in group.levels.enumerated() {
        if position > 0 { phrase += ", ".utf8 }
        phrase += provisions[index].level.utf8
        phrase += " since ".utf8
        phrase += provisions[index].provision.since.description.utf8
      }
      phrase += ")".utf8
    }
  case .vi:
    phrase.reserveCapacity(160 * groups.count + 32 * provisions.count)
    for (number, group) in groups.enumerated() {
      if number > 0 { phrase += "; ".utf8 }
      phrase += "giấy tờ ".utf8
      catalog.appendViQuoted(group.paper, .paper, to: &phrase)
      phrase += " đã có trong ".utf8
      catalog.appendViQuoted(group.source, .source, to: &phrase)
      phrase += ", kết nối với ".utf8
      for (position, index) in group.levels.enumerated() {
        if position > 0 { phrase += ", ".utf8 }
        catalog.appendViLevel(provisions[index].level, to: &phrase)
        phrase += " từ ".utf8
        provisions[index].provision.since.appendVietnamese(to: &phrase)
      }
    }
  }
  return String(decoding: phrase, as: UTF8.self)
}

/// The provisions of the levels where a requirement is eliminated, as `provisionsPhrase` words them.
func eliminatedPhrase(_ levels: [EliminationAnalysis.LevelResult], in catalog: Catalog, _ language: Language)
  -> String
{
  provisionsPhrase(
    levels.filter { $0.status == .eliminated }.flatMap { level in level.provisions.map { (level.level, $0) } },
    in: catalog, language)
}

extension EliminationAnalysis.ProcedureResult {
  /// Each result with the requirement it describes (results are in `allRequirements` order).
  func pairs(_ procedure: Procedure) -> Zip2Sequence<RequirementList, [EliminationAnalysis.RequirementResult]> {
    zip(procedure.allRequirements, requirements)
  }
}

/// The examples' procedure for elimination checks: the example procedure, querying the
/// population database.
enum EliminationExample {
  static let procedure = ExampleCatalog.procedure.replacingOccurrences(
    of: "levels: [commune]\n", with: "levels: [commune]\ndata_sources: [population]\n")

  /// The procedure with `lines` added to its papers, on `levels`, listing `sources`.
  static func with(_ lines: String, levels: String = "[commune]", sources: String = "[population]") -> String {
    procedure
      .replacingOccurrences(of: "levels: [commune]", with: "levels: \(levels)")
      .replacingOccurrences(of: "data_sources: [population]", with: "data_sources: \(sources)")
      .replacingOccurrences(
        of: "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}\n",
        with: "  - {id: birth-notice, paper: birth-notice, copies: {original: 1}}\n" + lines)
  }
}
