/// Horizontal bar charts as inline SVG for the scorecard: a label above each bar, the bar's
/// segments (stacked when there are several), goal markers, the value and a met / not met mark
/// written out. Colours come from the Okabe–Ito palette (told apart with colour blindness), and
/// every series but the first also has a pattern, so that grey-scale print keeps them apart.
struct SVGChart {
  /// One series of segments: its name (for the legend) and how it is drawn.
  struct Series {
    var name: String
    var style: Style
  }

  enum Style: Int, CaseIterable {
    case solidGreen, stripedBlue, dottedOrange, crossedVermillion, plainGrey, solidBlue

    var fill: String {
      switch self {
      case .solidGreen: "#00795a"
      case .stripedBlue: "url(#p-stripes)"
      case .dottedOrange: "url(#p-dots)"
      case .crossedVermillion: "url(#p-cross)"
      case .plainGrey: "#c8c8c8"
      case .solidBlue: "#0b4f8a"
      }
    }
  }

  enum Verdict {
    case met, notMet, dueLater, metEarly
  }

  struct Goal {
    var value: Double
    /// Written beside the marker: `80% – 31/12/2025`.
    var label: String
  }

  struct Row {
    var label: String
    /// Values per series, in `series` order.
    var values: [Double]
    /// Written after the bar: `37,5%`, `12`.
    var valueText: String
    var goals: [Goal] = []
    var verdict: Verdict? = nil
  }

  var title: String
  /// The text alternative: what the chart shows, in a sentence or two.
  var description: String
  var series: [Series]
  var rows: [Row]
  /// The scale's end: 100 for shares, the largest total for counts.
  var maximum: Double
  var words: Wording
  /// Unique within the page (for the ids of the title and the description).
  var id: String

  static let width = 500.0
  /// Characters of a label or a goal line that fit the width (the rest of a label is cut with
  /// an ellipsis; the table under the chart has it whole).
  static let lineCharacters = 54
  static let barHeight = 20.0
  static let barWidth = 300.0

  /// The patterns the series use, once per chart (ids are shared: each chart repeats them, which
  /// keeps every SVG standalone).
  static let definitions = """
    <defs>\
    <pattern id="p-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
    <rect width="6" height="6" fill="#56b4e9"/><rect width="2.5" height="6" fill="#1d5f8a"/></pattern>\
    <pattern id="p-dots" width="6" height="6" patternUnits="userSpaceOnUse">\
    <rect width="6" height="6" fill="#f0c060"/><circle cx="3" cy="3" r="1.6" fill="#7a4b00"/></pattern>\
    <pattern id="p-cross" width="7" height="7" patternUnits="userSpaceOnUse">\
    <rect width="7" height="7" fill="#e8a07a"/><path d="M0 0L7 7M7 0L0 7" stroke="#8a2e00" stroke-width="1.4"/>\
    </pattern></defs>
    """

  func verdictText(_ verdict: Verdict) -> String {
    switch verdict {
    case .met: "✓ " + words.pick("đạt", "met")
    case .metEarly: "✓ " + words.pick("đạt sớm", "met early")
    case .notMet: "✗ " + words.pick("chưa đạt", "not met")
    case .dueLater: "◷ " + words.pick("chưa đến hạn", "due later")
    }
  }

  /// A row's height: the label, the bar, and the goals' line when it has goals.
  func height(_ row: Row) -> Double { 52 + Double(goalLines(row).count) * 20 + (row.goals.isEmpty ? 0 : 8) }

  /// The goals of a row as lines of text that fit the width.
  func goalLines(_ row: Row) -> [String] {
    guard !row.goals.isEmpty else { return [] }
    var lines: [String] = []
    let start = words.pick("▲ chỉ tiêu:", "▲ target:")
    var line = start
    for goal in row.goals {
      let piece = (line == start ? " " : "; ") + goal.label
      if line.count + piece.count > Self.lineCharacters && line != start {
        lines.append(line + ";")
        line = "   " + goal.label
      } else {
        line += piece
      }
    }
    return lines + [line]
  }

  /// A label cut to the width.
  static func fit(_ label: String) -> String {
    label.count <= lineCharacters ? label : String(label.prefix(lineCharacters - 1)) + "…"
  }

  /// The legend's entries, placed in lines that fit the width: (x, line) each.
  func legend() -> [(x: Double, line: Int)] {
    var placed: [(x: Double, line: Int)] = []
    var x = 0.0
    var line = 0
    for entry in series {
      let width = 30 + Double(entry.name.count) * 7.4
      if x > 0 && x + width > Self.width {
        x = 0
        line += 1
      }
      placed.append((x, line))
      x += width + 12
    }
    return placed
  }

  func render() -> String {
    let legend = series.count > 1 ? legend() : []
    let legendHeight = legend.isEmpty ? 0 : Double((legend.last?.line ?? 0) + 1) * 24 + 8
    let total = legendHeight + rows.reduce(0) { $0 + height($1) } + 4
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Self.width)) \(Int(total))\" "
    out += "role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" class=\"chart\">\n"
    out += "<title id=\"\(id)-t\">\(HTMLRenderer.escape(title))</title>\n"
    out += "<desc id=\"\(id)-d\">\(HTMLRenderer.escape(description))</desc>\n"
    out += Self.definitions + "\n"
    for (entry, place) in zip(series, legend) {
      let y = 4 + Double(place.line) * 24
      out += "<rect x=\"\(f(place.x))\" y=\"\(f(y))\" width=\"18\" height=\"18\" fill=\"\(entry.style.fill)\" "
      out +=
        "stroke=\"#1b1b1b\"/><text x=\"\(f(place.x + 24))\" y=\"\(f(y + 14))\">\(HTMLRenderer.escape(entry.name))</text>\n"
    }
    var top = legendHeight
    for row in rows {
      defer { top += height(row) }
      out += "<text x=\"0\" y=\"\(f(top + 16))\" class=\"label\">\(HTMLRenderer.escape(Self.fit(row.label)))</text>\n"
      let barTop = top + 23
      out += "<rect x=\"0\" y=\"\(f(barTop))\" width=\"\(f(Self.barWidth))\" height=\"\(f(Self.barHeight))\" "
      out += "fill=\"#f2f2f2\" stroke=\"#767676\" stroke-width=\"0.5\"/>\n"
      var x = 0.0
      for (value, entry) in zip(row.values, series) where value > 0 {
        let width = maximum > 0 ? value / maximum * Self.barWidth : 0
        out += "<rect x=\"\(f(x))\" y=\"\(f(barTop))\" width=\"\(f(width))\" height=\"\(f(Self.barHeight))\" "
        out += "fill=\"\(entry.style.fill)\" stroke=\"#1b1b1b\" stroke-width=\"0.5\"/>\n"
        x += width
      }
      for goal in row.goals {
        let gx = maximum > 0 ? min(goal.value / maximum, 1) * Self.barWidth : 0
        out += "<path d=\"M\(f(gx)) \(f(barTop - 4))V\(f(barTop + Self.barHeight + 4))\" stroke=\"#1b1b1b\" "
        out += "stroke-width=\"2.5\" stroke-dasharray=\"4 2\"/>"
        out += "<path d=\"M\(f(gx - 5)) \(f(barTop + Self.barHeight + 11))L\(f(gx)) \(f(barTop + Self.barHeight + 4))"
        out += "L\(f(gx + 5)) \(f(barTop + Self.barHeight + 11))Z\" fill=\"#1b1b1b\"/>\n"
      }
      var text = row.valueText
      if let verdict = row.verdict { text += "  " + verdictText(verdict) }
      out += "<text x=\"\(f(Self.barWidth + 8))\" y=\"\(f(barTop + 15))\" class=\"value\">"
      out += HTMLRenderer.escape(text) + "</text>\n"
      for (number, line) in goalLines(row).enumerated() {
        out += "<text x=\"0\" y=\"\(f(barTop + Self.barHeight + 27 + Double(number) * 20))\" class=\"goal\">"
        out += HTMLRenderer.escape(line) + "</text>\n"
      }
    }
    return out + "</svg>\n"
  }

  private func f(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
  }
}
