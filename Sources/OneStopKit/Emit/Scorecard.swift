/// The scorecard (`report.html`, `report.LANG.html`): report.md's figures as charts a policy
/// maker reads at a glance, each chart with a title, a text alternative and its numbers in a
/// table (collapsed). Standalone: inline CSS and SVG, no script, printable on A4. The figures are
/// computed as report.md's are (ReportBuilder's `percent`, `target` and formats), and a test
/// holds the two and catalog.json together.
struct Scorecard {
  let catalog: Catalog
  let analysis: EliminationAnalysis
  let bundles: [BundleCompilation]
  let pages: Pages
  /// The eliminated share recomputed at each 31 December from 2021 to the year of `as_of` (the
  /// last one at `as_of` itself when that comes first): computed once for every language.
  let trajectory: [(day: Day, eliminated: Int, requirements: Int)]

  init(
    catalog: Catalog, analysis: EliminationAnalysis, bundles: [BundleCompilation], pages: Pages, jobs: Int
  ) {
    self.catalog = catalog
    self.analysis = analysis
    self.bundles = bundles
    self.pages = pages
    let asOf = catalog.asOf
    let first = min(2021, asOf.year)
    let days = (first...asOf.year).map { year -> Day in
      let end = Day(year: year, month: 12, day: 31)
      return end < asOf ? end : asOf
    }
    trajectory = parallelMap(days, jobs: jobs) { day in
      let counts: EliminationAnalysis.Counts
      if day == asOf {
        counts = analysis.counts
      } else {
        var then = Catalog(
          rules: catalog.rules, procedures: catalog.procedures, asOf: day, language: catalog.language,
          vocabulary: catalog.vocabulary)
        then.bundles = catalog.bundles
        counts = EliminationAnalysis.analyze(then, jobs: 1).counts
      }
      return (day, counts.eliminated, counts.requirements)
    }
  }

  static let style = """

    section.chart{break-inside:avoid;margin:0 0 1.5rem}figure{margin:0}
    svg.chart{width:100%;max-width:36rem;height:auto;display:block;font-family:inherit;font-size:15px;fill:#1b1b1b}
    svg.chart .label{font-weight:600}svg.chart .goal{font-size:13px}
    details{margin:.4rem 0 0}summary{cursor:pointer;color:#0b4f8a;font-weight:600}
    td.n,th.n{text-align:right}
    @media print{summary{color:#000}}
    """

  // MARK: Figures

  private var targets: Targets { catalog.rules.policy.targets }

  private func verdict(_ value: Double, _ target: Targets.Target?, at day: Day) -> SVGChart.Verdict? {
    guard let target else { return nil }
    let met = value + 1e-9 >= target.percent
    if target.by > day { return met ? .metEarly : .dueLater }
    return met ? .met : .notMet
  }

  /// Per level, the requirements of the procedures judged there: eliminated there, partly
  /// eliminated (required there, eliminated at another level), kept by a waiver, still required,
  /// forms.
  func levelBreakdown() -> [(level: String, counts: [Int])] {
    catalog.rules.levels.compactMap { entry in
      let level = entry.id.value
      var counts = [0, 0, 0, 0, 0]
      for result in analysis.procedures where result.levels.contains(level) {
        for requirement in result.requirements {
          if requirement.isForm {
            counts[4] += 1
          } else if requirement.level(level)?.status == .eliminated {
            counts[0] += 1
          } else if requirement.status == .kept {
            counts[2] += 1
          } else if requirement.status == .partlyEliminated {
            counts[1] += 1
          } else {
            counts[3] += 1
          }
        }
      }
      return counts.reduce(0, +) == 0 ? nil : (level, counts)
    }
  }

  /// Per source, the requirements it replaces at one level or more (report.md's table).
  func replacedPerSource() -> [(source: String, count: Int)] {
    var replaced: [String: Int] = [:]
    for result in analysis.procedures {
      for requirement in result.requirements {
        var seen: Set<String> = []
        for level in requirement.levels where level.status == .eliminated {
          for provision in level.provisions where seen.insert(provision.source).inserted {
            replaced[provision.source, default: 0] += 1
          }
        }
      }
    }
    var seen: Set<String> = []
    return catalog.rules.sources.compactMap { source in
      seen.insert(source.id.value).inserted ? (source.id.value, replaced[source.id.value] ?? 0) : nil
    }
  }

  /// Per group of procedures (a field, an agency): eliminated requirements and all, sorted by the
  /// share eliminated, largest first, then by name.
  func shares(_ key: (Procedure) -> String) -> [(name: String, eliminated: Int, requirements: Int)] {
    var totals: [String: (Int, Int)] = [:]
    for (procedure, result) in zip(catalog.procedures, analysis.procedures) {
      let name = key(procedure)
      let eliminated = result.requirements.count { $0.status == .eliminated }
      let (e, r) = totals[name] ?? (0, 0)
      totals[name] = (e + eliminated, r + result.requirements.count)
    }
    return totals.map { ($0.key, $0.value.0, $0.value.1) }.sorted { a, b in
      let (x, y) = (ReportBuilder.percent(a.1, a.2), ReportBuilder.percent(b.1, b.2))
      if x != y { return x > y }
      return Diagnostic.byteOrder(a.0, b.0) < 0
    }
  }

  /// Per level, its paper results and those digitized (report.md's table), with the level's
  /// targets.
  func digitizedPerLevel() -> [(level: String, results: Int, digitized: Int, targets: [Targets.Target])] {
    catalog.rules.levels.compactMap { entry in
      let level = entry.id.value
      var (total, digitized) = (0, 0)
      for (procedure, result) in zip(catalog.procedures, analysis.procedures) where result.levels.contains(level) {
        for case .paper(_, let isDigitized) in procedure.results {
          total += 1
          if isDigitized { digitized += 1 }
        }
      }
      let levelTargets = targets.digitizedResults.filter { $0.level == nil || $0.level?.value == level }
        .sorted { $0.by < $1.by }
      return total > 0 || !levelTargets.isEmpty ? (level, total, digitized, levelTargets) : nil
    }
  }

  // MARK: The page

  func page(_ language: String) -> String {
    let words = Wording(language: language)
    let lang: Language = language == "vi" ? .vi : .en
    func percent(_ value: Double) -> String { ReportBuilder.format(value, lang) }
    func count(_ value: Int) -> String { ReportBuilder.count(value, lang) }
    func levelName(_ id: String) -> String { catalog.name(of: id, in: .level, lang) ?? id }
    func day(_ value: Day) -> String { words.day(value) }
    func goal(_ target: Targets.Target) -> SVGChart.Goal {
      SVGChart.Goal(value: target.percent, label: "\(percent(target.percent)) – \(day(target.by))")
    }
    let title =
      words.pick("Báo cáo cắt giảm giấy tờ", "Once-only scorecard")
      + (catalog.whatIf == nil ? "" : words.pick(" (giả định)", " (what-if)"))
    let asOf = catalog.asOf
    let counts = analysis.counts
    var facts = [
      "\(words.asOf): \(day(asOf))",
      words.pick(
        "\(count(catalog.procedures.count)) thủ tục, \(count(counts.requirements)) thành phần hồ sơ",
        "\(count(catalog.procedures.count)) procedures, \(count(counts.requirements)) paper requirements"),
    ]
    if let whatIf = catalog.whatIf { facts.append(words.whatIf(whatIf, catalog)) }
    var out = HTMLRenderer.pageStart(
      title: title, language: language, facts: facts,
      alternates: pages.alternates(of: language) { OutputPaths.reportPage($0, first: pages.first) },
      home: pages.home(language, depth: 0), extraStyle: Self.style)
    out +=
      "<p>"
      + HTMLRenderer.escape(
        words.pick(
          "Số liệu của danh mục so với các chỉ tiêu của Quyết định 468/QĐ-TTg (rules/policy.yaml), như report.md. Mỗi biểu đồ có bảng số liệu đi kèm (bấm “Số liệu” để mở).",
          "The catalog's figures against the targets of Decision 468/QĐ-TTg (rules/policy.yaml), as in report.md. Every chart has its numbers in a table (open “Numbers”)."
        )) + "</p>\n"
    var chartNumber = 0
    func section(_ chart: SVGChart, headers: [String], rows: [[String]], numeric: Set<Int>) {
      chartNumber += 1
      var chart = chart
      chart.id = "c\(chartNumber)"
      out += "<section class=\"chart\">\n<h2>\(HTMLRenderer.escape(chart.title))</h2>\n"
      out += "<figure>\n" + chart.render() + "</figure>\n"
      out += "<details><summary>\(HTMLRenderer.escape(words.pick("Số liệu", "Numbers")))</summary>\n"
      out += "<table class=\"reflow\">\n<thead><tr>"
      for (column, header) in headers.enumerated() {
        out += "<th scope=\"col\"\(numeric.contains(column) ? " class=\"n\"" : "")>\(HTMLRenderer.escape(header))</th>"
      }
      out += "</tr></thead>\n<tbody>\n"
      for row in rows {
        out += "<tr>"
        for (column, cell) in row.enumerated() {
          let attributes =
            " data-label=\"\(HTMLRenderer.escape(headers[column]))\"" + (numeric.contains(column) ? " class=\"n\"" : "")
          out += "<td\(attributes)>\(HTMLRenderer.escape(cell))</td>"
        }
        out += "</tr>\n"
      }
      out += "</tbody>\n</table>\n</details>\n</section>\n"
    }
    func verdictWords(_ verdict: SVGChart.Verdict?) -> String {
      guard let verdict else { return words.pick("không có chỉ tiêu", "no target") }
      return SVGChart(
        title: "", description: "", series: [], rows: [], maximum: 0, words: words, id: ""
      ).verdictText(verdict)
    }
    let single = [SVGChart.Series(name: words.pick("Giá trị", "Value"), style: .solidBlue)]

    // 1. The targets of Decision 468.
    let share = ReportBuilder.percent(counts.eliminated, counts.requirements)
    let shareTarget = ReportBuilder.target(targets.notReprovided, asOf: asOf)
    let online = catalog.procedures.count { $0.channels.contains { $0.kind.value == .online } }
    let onlineShare = ReportBuilder.percent(online, catalog.procedures.count)
    let onlineTarget = ReportBuilder.target(targets.onlineDossiers, asOf: asOf)
    var targetRows: [SVGChart.Row] = [
      SVGChart.Row(
        label: words.pick("Giấy tờ người dân không phải cung cấp lại", "Papers citizens need not re-provide"),
        values: [share], valueText: percent(share), goals: shareTarget.map { [goal($0)] } ?? [],
        verdict: verdict(share, shareTarget, at: asOf)),
      SVGChart.Row(
        label: words.pick("Thủ tục có cách thức nộp trực tuyến", "Procedures with an online channel"),
        values: [onlineShare], valueText: percent(onlineShare), goals: onlineTarget.map { [goal($0)] } ?? [],
        verdict: verdict(onlineShare, onlineTarget, at: asOf)),
    ]
    let digitized = digitizedPerLevel()
    for entry in digitized where entry.results > 0 {
      let value = ReportBuilder.percent(entry.digitized, entry.results)
      let target = ReportBuilder.target(entry.targets, asOf: asOf)
      targetRows.append(
        SVGChart.Row(
          label: words.pick("Kết quả được số hóa – ", "Results digitized – ") + levelName(entry.level),
          values: [value], valueText: percent(value), goals: target.map { [goal($0)] } ?? [],
          verdict: verdict(value, target, at: asOf)))
    }
    section(
      SVGChart(
        title: words.pick("Các chỉ tiêu của Quyết định 468", "The targets of Decision 468"),
        description: words.pick(
          "Mỗi thanh là giá trị hiện tại của một chỉ tiêu; vạch đứt và tam giác đánh dấu mức chỉ tiêu đang áp dụng, kèm hạn và đánh giá đạt hay chưa đạt.",
          "Each bar is a target's value today; the dashed line and triangle mark the target in force, with its deadline and whether it is met."
        ), series: single, rows: targetRows, maximum: 100, words: words, id: ""),
      headers: [
        words.pick("Chỉ số", "Figure"), words.pick("Giá trị", "Value"), words.pick("Chỉ tiêu", "Target"),
        words.pick("Hạn", "Deadline"), words.pick("Đánh giá", "Status"),
      ],
      rows: targetRows.map { row in
        [
          row.label, row.valueText, row.goals.first.map { percent($0.value) } ?? "–",
          row.goals.first.map { String($0.label.split(separator: "–").last ?? "").trimmingCharacters(in: .whitespaces) }
            ?? "–", verdictWords(row.verdict),
        ]
      }, numeric: [1, 2])

    // 2. Per level, stacked.
    let breakdown = levelBreakdown()
    let statusSeries = [
      SVGChart.Series(name: words.pick("Được cắt giảm", "Eliminated"), style: .solidGreen),
      SVGChart.Series(name: words.pick("Cắt giảm ở cấp khác", "Eliminated elsewhere"), style: .stripedBlue),
      SVGChart.Series(name: words.pick("Giữ lại theo ngoại lệ", "Kept by a waiver"), style: .dottedOrange),
      SVGChart.Series(name: words.pick("Vẫn phải nộp", "Still required"), style: .crossedVermillion),
      SVGChart.Series(name: words.pick("Mẫu đơn, tờ khai", "Forms"), style: .plainGrey),
    ]
    section(
      SVGChart(
        title: words.pick("Cắt giảm theo cấp thực hiện", "Eliminated per level"),
        description: words.pick(
          "Với mỗi cấp, thành phần hồ sơ của các thủ tục thực hiện tại cấp đó, chia theo tình trạng: được cắt giảm tại cấp này, chỉ được cắt giảm ở cấp khác, giữ lại theo ngoại lệ, vẫn phải nộp, và mẫu đơn, tờ khai.",
          "For each level, the paper requirements of the procedures settled there, by status: eliminated there, eliminated at another level only, kept by a waiver, still required, and forms."
        ), series: statusSeries,
        rows: breakdown.map { entry in
          let total = entry.counts.reduce(0, +)
          return SVGChart.Row(
            label: levelName(entry.level), values: entry.counts.map { ReportBuilder.percent($0, total) },
            valueText: percent(ReportBuilder.percent(entry.counts[0], total)))
        }, maximum: 100, words: words, id: ""),
      headers: [words.levels, words.pick("Thành phần hồ sơ", "Requirements")] + statusSeries.map(\.name)
        + [words.pick("Tỷ lệ được cắt giảm", "Share eliminated")],
      rows: breakdown.map { entry in
        let total = entry.counts.reduce(0, +)
        return [levelName(entry.level), count(total)] + entry.counts.map(count)
          + [percent(ReportBuilder.percent(entry.counts[0], total))]
      }, numeric: Set(1...7))

    // 3. Per source.
    let sources = replacedPerSource()
    let most = Double(sources.map(\.count).max() ?? 0)
    section(
      SVGChart(
        title: words.pick("Cắt giảm theo cơ sở dữ liệu dùng chung", "Eliminated per source"),
        description: words.pick(
          "Số thành phần hồ sơ mà mỗi cơ sở dữ liệu dùng chung thay thế ở ít nhất một cấp.",
          "How many paper requirements each shared source replaces at one level or more."),
        series: single,
        rows: sources.map {
          SVGChart.Row(
            label: catalog.name(of: $0.source, in: .source, lang) ?? $0.source, values: [Double($0.count)],
            valueText: count($0.count))
        }, maximum: max(most, 1), words: words, id: ""),
      headers: [
        words.pick("Cơ sở dữ liệu", "Source"),
        words.pick("Thành phần hồ sơ được thay thế", "Requirements it replaces"),
        words.pick("Tỷ lệ trên tổng số", "Share of all"),
      ],
      rows: sources.map {
        [
          catalog.name(of: $0.source, in: .source, lang) ?? $0.source, count($0.count),
          percent(ReportBuilder.percent($0.count, counts.requirements)),
        ]
      }, numeric: [1, 2])

    // 4. Per field and per agency.
    for (heading, groups) in [
      (
        words.pick("Tỷ lệ cắt giảm theo lĩnh vực", "Share eliminated per field"),
        shares { procedure in
          procedure.field.flatMap { catalog.name(of: $0.value, in: .field, lang) ?? $0.value }
            ?? words.pick("Không ghi lĩnh vực", "No field")
        }
      ),
      (
        words.pick("Tỷ lệ cắt giảm theo cơ quan thực hiện", "Share eliminated per agency"),
        shares { $0.agency?.text(preferring: language) ?? words.pick("Không ghi cơ quan", "No agency") }
      ),
    ] {
      section(
        SVGChart(
          title: heading,
          description: words.pick(
            "Tỷ lệ thành phần hồ sơ được cắt giảm ở mọi cấp, từ cao xuống thấp.",
            "The share of paper requirements eliminated at every level, highest first."),
          series: single,
          rows: groups.map {
            let value = ReportBuilder.percent($0.eliminated, $0.requirements)
            return SVGChart.Row(
              label: $0.name, values: [value],
              valueText: "\(percent(value)) (\(count($0.eliminated))/\(count($0.requirements)))")
          }, maximum: 100, words: words, id: ""),
        headers: [
          words.pick("Nhóm", "Group"), words.pick("Thành phần hồ sơ", "Requirements"),
          words.pick("Được cắt giảm", "Eliminated"), words.pick("Tỷ lệ", "Share"),
        ],
        rows: groups.map {
          [
            $0.name, count($0.requirements), count($0.eliminated),
            percent(ReportBuilder.percent($0.eliminated, $0.requirements)),
          ]
        }, numeric: [1, 2, 3])
    }

    // 5. The trajectory.
    let steps = trajectory.map { point -> (Double, Targets.Target?) in
      (
        ReportBuilder.percent(point.eliminated, point.requirements),
        ReportBuilder.target(targets.notReprovided, asOf: point.day)
      )
    }
    section(
      SVGChart(
        title: words.pick("Tiến độ cắt giảm qua các năm", "The trajectory"),
        description: words.pick(
          "Tỷ lệ giấy tờ không phải cung cấp lại, tính lại tại ngày 31 tháng 12 mỗi năm từ 2021 (năm cuối: tại ngày đánh giá) với các cơ sở dữ liệu đã kết nối vào ngày đó, so với chỉ tiêu áp dụng.",
          "The share of papers not re-provided, recomputed at 31 December of each year from 2021 (the last year: at the judging day) with the sources connected by then, against the target in force."
        ), series: single,
        rows: zip(trajectory, steps).map { point, step in
          SVGChart.Row(
            label: day(point.day), values: [step.0], valueText: percent(step.0),
            goals: step.1.map { [goal($0)] } ?? [], verdict: verdict(step.0, step.1, at: point.day))
        }, maximum: 100, words: words, id: ""),
      headers: [
        words.pick("Ngày", "Day"), words.pick("Thành phần hồ sơ", "Requirements"),
        words.pick("Được cắt giảm", "Eliminated"), words.pick("Tỷ lệ", "Share"),
        words.pick("Chỉ tiêu", "Target"), words.pick("Đánh giá", "Status"),
      ],
      rows: zip(trajectory, steps).map { point, step in
        [
          day(point.day), count(point.requirements), count(point.eliminated), percent(step.0),
          step.1.map { goal($0).label } ?? "–", verdictWords(verdict(step.0, step.1, at: point.day)),
        ]
      }, numeric: [1, 2, 3])

    // 6. Results digitized per level against each year's targets.
    section(
      SVGChart(
        title: words.pick(
          "Số hóa kết quả theo cấp so với chỉ tiêu từng năm", "Results digitized per level against each year's targets"),
        description: words.pick(
          "Tỷ lệ kết quả là giấy tờ được trả dưới dạng điện tử ở mỗi cấp; các tam giác đánh dấu chỉ tiêu của từng năm.",
          "The share of paper results issued digitized at each level; the triangles mark each year's target."),
        series: single,
        rows: digitized.map { entry in
          let value = ReportBuilder.percent(entry.digitized, entry.results)
          return SVGChart.Row(
            label: levelName(entry.level), values: [value],
            valueText: entry.results == 0 ? words.pick("không có kết quả", "no results") : percent(value),
            goals: entry.targets.map {
              SVGChart.Goal(value: $0.percent, label: "\($0.by.year): \(percent($0.percent))")
            },
            verdict: entry.results == 0
              ? nil : verdict(value, ReportBuilder.target(entry.targets, asOf: asOf), at: asOf))
        }, maximum: 100, words: words, id: ""),
      headers: [
        words.levels, words.pick("Kết quả là giấy tờ", "Paper results"), words.pick("Đã số hóa", "Digitized"),
        words.pick("Tỷ lệ", "Share"), words.pick("Chỉ tiêu từng năm", "Each year's targets"),
      ],
      rows: digitized.map { entry in
        [
          levelName(entry.level), count(entry.results), count(entry.digitized),
          entry.results == 0 ? "–" : percent(ReportBuilder.percent(entry.digitized, entry.results)),
          entry.targets.map { goal($0).label }.joined(separator: "; "),
        ]
      }, numeric: [1, 2, 3])

    // 7. The interconnected groups.
    if !bundles.isEmpty {
      var rows: [SVGChart.Row] = []
      var table: [[String]] = []
      for compilation in bundles {
        let name = compilation.bundle.name?.text(preferring: language) ?? compilation.bundle.id.value
        for level in compilation.levels {
          let hasForm = compilation.bundle.form != nil
          let oneByOne = level.alonePerStep.reduce(0, +)
          let through = level.askedCount(hasForm: hasForm)
          let label = compilation.levels.count > 1 ? "\(name) – \(levelName(level.level))" : name
          rows.append(
            SVGChart.Row(
              label: label + words.pick(": nộp từng thủ tục", ": step by step"), values: [Double(oneByOne)],
              valueText: count(oneByOne)))
          rows.append(
            SVGChart.Row(
              label: label + words.pick(": qua liên thông", ": through the group"), values: [Double(through)],
              valueText: count(through)))
          table.append([label, count(oneByOne), count(through)])
        }
      }
      section(
        SVGChart(
          title: words.pick("Nhóm thủ tục liên thông", "Interconnected groups"),
          description: words.pick(
            "Số giấy tờ người dân nộp khi làm từng thủ tục riêng lẻ và khi làm qua nhóm thủ tục liên thông, kể cả các trường hợp.",
            "The papers a citizen brings filing each step alone and through the group, cases included."),
          series: single, rows: rows, maximum: Double(rows.map { $0.values[0] }.max() ?? 1), words: words, id: ""),
        headers: [
          words.pick("Nhóm", "Group"), words.pick("Nộp từng thủ tục", "Step by step"),
          words.pick("Qua liên thông", "Through the group"),
        ], rows: table, numeric: [1, 2])
    }
    return out + HTMLRenderer.pageEnd
  }
}
