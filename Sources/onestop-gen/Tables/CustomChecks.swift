// The 20 checks `--custom-checks` writes to rules/checks.yaml: a policy a ministry could write,
// over every scope, for the benchmark of checks written in CEL (BENCHMARKS.md).

/// (id, severity, scope, when, assert): each message names the procedure.
let customCheckTable: [(id: String, severity: String, scope: String, when: String?, assert: String)] = [
  ("agency-named", "warning", "procedure", nil, "has(procedure.agency)"),
  ("dossier-not-too-long", "info", "procedure", nil, "size(procedure.requirements) <= 40"),
  ("online-channel-offered", "info", "procedure", nil, "procedure.channels.exists(c, c.kind == 'online')"),
  (
    "cites-law-or-decree", "warning", "procedure", nil,
    "procedure.legal_basis.exists(l, l.ref.contains('/QH') || l.ref.contains('NĐ-CP'))"
  ),
  ("code-shape", "error", "procedure", nil, "procedure.code.matches('^[123][.][0-9]{6}')"),
  (
    "commune-within-15-days", "warning", "procedure", "'commune' in procedure.levels",
    "procedure.channels.all(c, !has(c.processing_time) || !has(c.processing_time.working_days) "
      + "|| c.processing_time.working_days <= 15.0)"
  ),
  ("processing-time-stated", "warning", "channel", nil, "has(channel.processing_time)"),
  (
    "online-not-dearer", "warning", "channel",
    "channel.kind == 'online' && has(channel.fee) && has(channel.fee.amount)",
    "procedure.channels.all(c, c.kind != 'in-person' || !has(c.fee) || !has(c.fee.amount) "
      + "|| channel.fee.amount <= c.fee.amount)"
  ),
  ("online-level-given", "warning", "channel", nil, "channel.kind != 'online' || has(channel.online_level)"),
  (
    "fee-within-reason", "info", "channel", "has(channel.fee) && has(channel.fee.amount)",
    "channel.fee.amount <= 5000000.0"
  ),
  ("copies-given", "info", "requirement", nil, "has(requirement.copies)"),
  (
    "paper-known", "error", "requirement", "has(requirement.paper)",
    "requirement.paper in rules.papers"
  ),
  (
    "full-online-no-originals", "info", "requirement",
    "procedure.channels.exists(c, has(c.online_level) && c.online_level == 'full') && requirement.status != 'eliminated'",
    "requirement.presented || !has(requirement.copies) || !has(requirement.copies.original) "
      + "|| requirement.copies.original == 0"
  ),
  (
    "levels-agree", "error", "requirement", nil,
    "requirement.levels.all(l, l.status == 'required' || size(l.provided_by) > 0)"
  ),
  ("waiver-ends", "info", "requirement", "has(requirement.keep)", "has(requirement.keep.until)"),
  (
    "central-results-digitized", "warning", "result", "has(result.paper) && 'central' in procedure.levels",
    "result.digitized"
  ),
  ("result-paper-known", "error", "result", "has(result.paper)", "result.paper in rules.papers"),
  ("reference-written", "warning", "legal-basis", nil, "size(legal_basis.ref) > 3"),
  ("reference-not-future", "warning", "legal-basis", "has(legal_basis.date)", "legal_basis.date <= as_of"),
  (
    "vietnamese-name", "error", "procedure", nil,
    "'vi' in procedure.name && procedure.requirements.filter(r, r.status == 'eliminated').size() >= 0"
  ),
]

/// rules/checks.yaml with the 20 checks.
func customChecksFile() -> String {
  var text = "# Checks written in CEL (synthetic catalog written by onestop-gen --custom-checks).\nchecks:\n"
  func quoted(_ expression: String) -> String {
    "\"" + expression.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
  for check in customCheckTable {
    text += "  - id: \(check.id)\n    severity: \(check.severity)\n    scope: \(check.scope)\n"
    if let when = check.when { text += "    when: \(quoted(when))\n" }
    text += "    assert: \(quoted(check.assert))\n"
    text +=
      "    message: {vi: \"Thủ tục {procedure.code}: \(check.id)\", en: \"Procedure {procedure.code}: \(check.id)\"}\n"
    text += "    rationale: {vi: \"Quy tắc thử nghiệm\", en: \"A benchmark rule\"}\n"
  }
  return text
}
