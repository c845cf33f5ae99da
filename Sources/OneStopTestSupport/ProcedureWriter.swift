/// Writes the mutator's tree as YAML the way drafters write it: block mappings and sequences,
/// flow collections on one line, plain or quoted scalars, anchors, aliases and comments. It does
/// not repair what the mutations broke: a plain scalar holding `: ` stays plain, so the loader
/// meets what a drafter's typo gives.
enum ProcedureWriter {
  typealias Node = ProcedureMutator.Node

  static func write(_ root: Node, into out: inout String) {
    switch root.kind {
    case .mapping where !root.flow && !root.children.isEmpty:
      if let anchor = root.anchor { out += "&\(anchor)\n" }
      mapping(root, indent: 0, into: &out)
    case .sequence where !root.flow && !root.children.isEmpty:
      if let anchor = root.anchor { out += "&\(anchor)\n" }
      sequence(root, indent: 0, into: &out)
    default:
      inline(root, into: &out)
      out += "\n"
    }
  }

  /// Whether `node` goes on its key's or dash's line.
  static func isInline(_ node: Node) -> Bool {
    node.kind == .scalar || node.kind == .alias || node.flow || node.children.isEmpty
  }

  /// The block mapping's pairs, each on a line of its own at `indent` (the first on the line
  /// already begun when `firstOnLine`: an entry's dash).
  static func mapping(_ node: Node, indent: Int, into out: inout String, firstOnLine: Bool = false) {
    for (index, (key, value)) in zip(node.keys, node.children).enumerated() {
      if index > 0 || !firstOnLine { out += String(repeating: " ", count: indent) }
      self.key(key, into: &out)
      out += ":"
      self.value(value, indent: indent, into: &out)
    }
  }

  /// The block sequence's entries, each on a line of its own at `indent`.
  static func sequence(_ node: Node, indent: Int, into out: inout String) {
    for item in node.children {
      out += String(repeating: " ", count: indent) + "-"
      if isInline(item) || item.anchor != nil {
        value(item, indent: indent, into: &out)
      } else if item.kind == .mapping {
        // A mapping begun on the dash's line: `- id: x`, the other keys under `id`.
        out += " "
        mapping(item, indent: indent + 2, into: &out, firstOnLine: true)
      } else {
        out += "\n"
        sequence(item, indent: indent + 2, into: &out)
      }
    }
  }

  /// A value after `key:` or `-`: on the same line, or a block collection on the lines below.
  static func value(_ node: Node, indent: Int, into out: inout String) {
    if isInline(node) {
      out += " "
      inline(node, into: &out)
      if let comment = node.comment { out += " " + comment }
      out += "\n"
      return
    }
    if let anchor = node.anchor { out += " &\(anchor)" }
    if let comment = node.comment { out += " " + comment }
    out += "\n"
    if node.kind == .mapping {
      mapping(node, indent: indent + 2, into: &out)
    } else {
      sequence(node, indent: indent + 2, into: &out)
    }
  }

  /// A node on one line: a scalar, an alias, or a flow collection (whose children are all
  /// written in flow style).
  static func inline(_ node: Node, into out: inout String) {
    if let anchor = node.anchor, node.kind != .alias { out += "&\(anchor) " }
    switch node.kind {
    case .alias:
      out += "*" + node.text
    case .scalar:
      scalar(node, into: &out)
    case .mapping:
      out += "{"
      for (index, (key, value)) in zip(node.keys, node.children).enumerated() {
        if index > 0 { out += ", " }
        self.key(key, into: &out)
        out += ": "
        inline(value, into: &out)
      }
      out += "}"
    case .sequence:
      out += "["
      for (index, item) in node.children.enumerated() {
        if index > 0 { out += ", " }
        inline(item, into: &out)
      }
      out += "]"
    }
  }

  static func key(_ key: String, into out: inout String) {
    let plain =
      !key.isEmpty
      && key.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || "_-.".unicodeScalars
            .contains($0)
      }
    if plain { out += key } else { doubleQuoted(key, into: &out) }
  }

  static func scalar(_ node: Node, into out: inout String) {
    switch node.quote {
    case .plain:
      out += node.text
    case .single:
      out += "'"
      for character in node.text { out += character == "'" ? "''" : String(character) }
      out += "'"
    case .double:
      doubleQuoted(node.text, into: &out)
    }
  }

  /// A double-quoted scalar that reads back as `text`: every character YAML would not keep as
  /// written is escaped.
  static func doubleQuoted(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        let value = scalar.value
        if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029
          || value == 0xFEFF
        {
          out += "\\u" + String(repeating: "0", count: 4 - String(value, radix: 16).count) + String(value, radix: 16)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
