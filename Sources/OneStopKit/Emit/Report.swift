/// report.md: the catalog's figures against Decision 468/QĐ-TTg's targets, in the run's language
/// (`catalog.language`: `--lang`, else the policy's first language). Levels and sources are named
/// by their ids in English and by their names from rules/ in Vietnamese.
struct ReportBuilder {
  let catalog: Catalog
  let analysis: EliminationAnalysis

  private var language: Language { catalog.language }
  private var wording: Wording { Wording(language: language.rawValue) }

  private func say(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

  /// The target in force at `as_of`: the latest one due on or before it, else the next one due.
  static func target(_ targets: [Targets.Target], asOf: Day) -> Targets.Target? {
    let due = targets.filter { $0.by <= asOf }.max { $0.by < $1.by }
    return due ?? targets.filter { $0.by > asOf }.min { $0.by < $1.by }
  }

  static func percent(_ part: Int, _ whole: Int) -> Double {
    whole == 0 ? 0 : Double(part) * 100 / Double(whole)
  }

  /// 37.5% in English, 37,5% in Vietnamese (a decimal comma).
  static func format(_ value: Double, _ language: Language = .en) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(count(tenths / 10, language))\(language == .vi ? "," : ".")\(tenths % 10)%"
  }

  /// A count: 1234 in English (as it always was), 1.234 in Vietnamese (as the portal groups digits).
  static func count(_ number: Int, _ language: Language) -> String {
    guard language == .vi, number >= 1000 || number <= -1000 else { return "\(number)" }
    var digits = String(number.magnitude)
    var grouped = ""
    while digits.count > 3 {
      grouped = "." + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    return (number < 0 ? "-" : "") + digits + grouped
  }

  private func format(_ value: Double) -> String { Self.format(value, language) }
  private func count(_ number: Int) -> String { Self.count(number, language) }
  /// A count with its share: `3 (30.0%)`.
  private func count(_ number: Int, of whole: Int) -> String {
    "\(count(number)) (\(format(Self.percent(number, whole))))"
  }

  func targetCell(_ value: Double, _ target: Targets.Target?) -> (String, String) {
    guard let target else { return ("–", say("không có chỉ tiêu", "no target")) }
    let met = value + 1e-9 >= target.percent
    let text = say(
      "\(format(target.percent)) đến \(wording.day(target.by))", "\(format(target.percent)) by \(target.by)")
    if target.by > catalog.asOf { return (text, met ? say("đạt sớm", "met early") : say("chưa đến hạn", "due later")) }
    return (text, met ? say("đạt", "met") : say("chưa đạt", "not met"))
  }

  /// A level or source as the report names it: its id in English, its name from rules/ in
  /// Vietnamese (the id when the rules give no name).
  private func label(_ id: String, _ kind: CatalogVocabulary.Kind) -> String {
    guard language == .vi else { return id }
    return catalog.name(of: id, in: kind, language) ?? id
  }

  func document() -> TextDocument {
    let asOf = catalog.asOf
    let targets = catalog.rules.policy.targets
    let title =
      say("Báo cáo cắt giảm giấy tờ", "Once-only report")
      + (catalog.whatIf == nil ? "" : say(" (giả định)", " (what-if)"))
    var blocks: [TextDocument.Block] = [.heading(1, title, id: nil)]
    if let whatIf = catalog.whatIf {
      blocks.append(
        .paragraph(
          say("Đây là báo cáo giả định: ", "This report is a what-if: ")
            + whatIf.summary(language, in: catalog).joined(separator: "; ")))
    }
    blocks += [
      .paragraph(
        say(
          "Số liệu của danh mục tại ngày đánh giá \(wording.day(asOf)) so với các chỉ tiêu của Quyết định 468/QĐ-TTg (rules/policy.yaml). Một giấy tờ được cắt giảm khi một cơ sở dữ liệu dùng chung đã kết nối ở mọi cấp thực hiện của thủ tục cung cấp giấy tờ đó; được cắt giảm một phần khi chỉ kết nối ở một số cấp.",
          "Figures of the catalog judged at \(asOf) against the targets of Decision 468/QĐ-TTg (rules/policy.yaml). A paper is eliminated when a shared database connected at every level of its procedure provides it; partly eliminated when at some levels only."
        ))
    ]
    // Lazy views: a national catalog has more than half a million requirements.
    let pairs = zip(catalog.procedures, analysis.procedures)
    let counts = analysis.counts
    let (eliminated, partly, kept, forms) = (counts.eliminated, counts.partlyEliminated, counts.kept, counts.forms)
    let total = counts.requirements
    let share = Self.percent(eliminated, total)
    let (targetText, verdict) = targetCell(share, Self.target(targets.notReprovided, asOf: asOf))
    let figureHeaders = [
      say("Chỉ số", "Figure"), say("Giá trị", "Value"), say("Chỉ tiêu", "Target"), say("Đánh giá", "Status"),
    ]

    let reprovided = say("Tỷ lệ giấy tờ người dân không phải cung cấp lại", "Papers citizens need not re-provide")
    blocks.append(.heading(2, reprovided, id: nil))
    blocks.append(
      .table(
        headers: figureHeaders,
        rows: [
          [say("Thủ tục", "Procedures"), count(catalog.procedures.count), "", ""],
          [say("Thành phần hồ sơ", "Paper requirements"), count(total), "", ""],
          [
            say("trong đó mẫu đơn, tờ khai (không được cắt giảm)", "of which forms (never eliminated)"), count(forms),
            "", "",
          ],
          [
            say("Được cắt giảm ở mọi cấp", "Eliminated at every level"),
            count(eliminated, of: total), targetText, verdict,
          ],
          [
            say("Tỷ lệ cắt giảm, không tính mẫu đơn, tờ khai", "Eliminated, among papers other than forms"),
            format(Self.percent(eliminated, total - forms)), "", "",
          ],
          [say("Được cắt giảm một phần", "Partly eliminated"), count(partly, of: total), "", ""],
          [say("Giữ lại theo ngoại lệ", "Kept by a waiver"), count(kept), "", ""],
        ]))

    blocks.append(.heading(2, say("Cắt giảm theo cấp thực hiện", "Eliminated per level"), id: nil))
    var levelRows: [[String]] = []
    for level in catalog.rules.levels {
      var total = 0
      var gone = 0
      for result in analysis.procedures where result.levels.contains(level.id.value) {
        for requirement in result.requirements {
          total += 1
          if requirement.level(level.id.value)?.status == .eliminated { gone += 1 }
        }
      }
      guard total > 0 else { continue }
      levelRows.append([label(level.id.value, .level), count(total), count(gone), format(Self.percent(gone, total))])
    }
    blocks.append(
      .table(
        headers: [
          say("Cấp thực hiện", "Level"), say("Thành phần hồ sơ", "Requirements"),
          say("Không phải cung cấp lại tại cấp này", "Not re-provided there"), say("Tỷ lệ", "Share"),
        ], rows: levelRows))

    blocks.append(.heading(2, say("Cắt giảm theo cơ sở dữ liệu dùng chung", "Eliminated per source"), id: nil))
    // One pass: each requirement counts once for every source that replaces it somewhere.
    var replaced: [String: Int] = [:]
    var seen: [String] = []
    for result in analysis.procedures {
      for requirement in result.requirements {
        seen.removeAll(keepingCapacity: true)
        for level in requirement.levels where level.status == .eliminated {
          for provision in level.provisions where !seen.contains(provision.source) {
            seen.append(provision.source)
            replaced[provision.source, default: 0] += 1
          }
        }
      }
    }
    var sourceRows: [[String]] = []
    for source in catalog.rules.sources {
      let replacedCount = replaced[source.id.value] ?? 0
      sourceRows.append([
        label(source.id.value, .source), count(replacedCount), format(Self.percent(replacedCount, total)),
      ])
    }
    blocks.append(
      .table(
        headers: [
          say("Cơ sở dữ liệu", "Source"),
          say("Thành phần hồ sơ được thay thế ở ít nhất một cấp", "Requirements it replaces at one level or more"),
          say("Tỷ lệ trên tổng số", "Share of all"),
        ], rows: sourceRows))

    blocks.append(.heading(2, say("Dịch vụ công trực tuyến", "Online service"), id: nil))
    // Counted, not filtered: a filtered copy of a national catalog's procedures is 40 MB.
    let online = catalog.procedures.count { $0.channels.contains { $0.kind.value == .online } }
    let full = catalog.procedures.count {
      $0.channels.contains { $0.kind.value == .online && $0.onlineLevel?.value == .full }
    }
    let onlineShare = Self.percent(online, catalog.procedures.count)
    let (onlineTarget, onlineVerdict) = targetCell(onlineShare, Self.target(targets.onlineDossiers, asOf: asOf))
    blocks.append(
      .table(
        headers: figureHeaders,
        rows: [
          [
            say("Thủ tục có cách thức nộp trực tuyến", "Procedures with an online channel"),
            count(online, of: catalog.procedures.count), onlineTarget, onlineVerdict,
          ],
          [
            say("Thủ tục trực tuyến toàn trình", "Procedures fully online (toàn trình)"),
            count(full, of: catalog.procedures.count), "", "",
          ],
        ]))
    blocks.append(
      .paragraph(
        say(
          "Chỉ tiêu của Quyết định tính theo tỷ lệ hồ sơ trực tuyến; danh mục chỉ ghi cách thức thực hiện, không ghi số hồ sơ, nên tỷ lệ thủ tục có cách thức nộp trực tuyến được dùng thay cho tỷ lệ đó.",
          "The Decision's online target counts dossiers filed online; the catalog knows channels, not dossiers, so the share of procedures with an online channel stands in for it."
        )))

    blocks.append(.heading(2, say("Số hóa kết quả theo cấp thực hiện", "Results digitized per level"), id: nil))
    var digitizedRows: [[String]] = []
    for level in catalog.rules.levels {
      var total = 0
      var digitized = 0
      for (procedure, result) in pairs where result.levels.contains(level.id.value) {
        for case .paper(_, let isDigitized) in procedure.results {
          total += 1
          if isDigitized { digitized += 1 }
        }
      }
      // A target without a level applies to every level.
      let levelTargets = targets.digitizedResults.filter { $0.level == nil || $0.level?.value == level.id.value }
      guard total > 0 || !levelTargets.isEmpty else { continue }
      let value = Self.percent(digitized, total)
      let (text, verdict) =
        total == 0
        ? ("–", say("không có kết quả ở cấp này", "no results at this level"))
        : targetCell(value, Self.target(levelTargets, asOf: asOf))
      digitizedRows.append([label(level.id.value, .level), count(total), count(digitized, of: total), text, verdict])
    }
    blocks.append(
      .table(
        headers: [
          say("Cấp thực hiện", "Level"), say("Kết quả là giấy tờ", "Paper results"),
          say("Đã số hóa", "Digitized"), say("Chỉ tiêu", "Target"), say("Đánh giá", "Status"),
        ], rows: digitizedRows))
    return TextDocument(title: title, parts: [TextDocument.Part(language: language.rawValue, blocks: blocks)])
  }
}
