import OneStopCEL

/// The generated parts of docs/rules.md: the variables and types custom checks see (from the same
/// declarations the type checker uses, `CustomCheckTypes`) and the limits. The page keeps each
/// part between `<!-- BEGIN generated: custom check NAME -->` and `<!-- END generated -->`;
/// `RulesDocumentationTests` fails when one is stale, and `UPDATE_GOLDEN=1 swift test` rewrites
/// them.
public enum RulesDocumentation {
  static let parts = ["variables", "types", "limits"]
  static func beginMarker(_ name: String) -> String { "<!-- BEGIN generated: custom check \(name) -->" }
  static let endMarker = "<!-- END generated -->"

  static func part(_ name: String) -> String {
    switch name {
    case "variables": return variables()
    case "types": return types()
    default: return limits()
    }
  }

  static func variables() -> String {
    var text = "| Variable | Type | Scopes | Meaning |\n| --- | --- | --- | --- |\n"
    for variable in CustomCheckTypes.variables {
      let scopes =
        variable.scopes.count == CustomCheckScope.allCases.count
        ? "all" : variable.scopes.map { "`\($0.rawValue)`" }.joined(separator: ", ")
      text += "| `\(variable.name)` | `\(variable.type)` | \(scopes) | \(variable.meaning.en) |\n"
    }
    return text
  }

  static func types() -> String {
    var text = ""
    for object in CustomCheckTypes.objects {
      text += "**`\(object.name)`**: \(object.meaning.en).\n\n| Field | Type | Always there | Meaning |\n"
      text += "| --- | --- | --- | --- |\n"
      for field in object.fields {
        text += "| `\(field.name)` | `\(field.type)` | \(field.optional ? "no: test with `has()`" : "yes") | "
        text += "\(field.meaning.en) |\n"
      }
      text += "\n"
    }
    return String(text.dropLast())
  }

  static func limits() -> String {
    let limits = CustomCheckTypes.limits
    return """
      | Limit | Value | Past it |
      | --- | --- | --- |
      | Expression length | \(limits.maxSourceBytes) bytes | `invalid-custom-check` (parse error) |
      | Nesting depth | \(limits.maxDepth) | `invalid-custom-check` (parse error) |
      | Expression size | \(limits.maxNodes) nodes | `invalid-custom-check` (parse error) |
      | Cost of one evaluation | \(limits.costBudget) units | `custom-check-failed` at the item |
      | Cost of one check on one procedure | \(CustomCheckSet.procedureBudget) units | `custom-check-failed` at the item |

      \(CELCost.documentation)
      """
  }

  /// `document` with each generated part rewritten, and what was wrong with the markers.
  public static func updating(_ document: String) -> (text: String, problems: [String]) {
    var lines = document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var problems: [String] = []
    for name in parts {
      guard let begin = lines.firstIndex(of: beginMarker(name)) else {
        problems.append("no '\(beginMarker(name))' line")
        continue
      }
      guard let end = lines[(begin + 1)...].firstIndex(of: endMarker) else {
        problems.append("'\(beginMarker(name))' has no '\(endMarker)' after it")
        continue
      }
      lines.replaceSubrange(
        (begin + 1)..<end, with: part(name).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }
    return (lines.joined(separator: "\n"), problems)
  }
}
