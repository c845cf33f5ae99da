// One requirement as YAML: a block mapping, or a flow mapping on one line (flowStyle).

extension ProcedureWriter {
  /// Ends one key of a requirement and starts the next: `, ` in a flow mapping, else a new line
  /// indented under the `- ` (`extra` deeper for the keys under `keep:`).
  func separate(_ out: inout Output, indent: Int, extra: Int = 0) {
    if flowStyle {
      out.raw(", ")
    } else {
      out.raw("\n")
      out.spaces(indent + 2 + extra)
    }
  }

  func write(_ requirement: Requirement, indent: Int, into out: inout Output) {
    out.spaces(indent)
    out.raw(flowStyle ? "- {id: " : "- id: ")
    out.raw(Array(requirement.id.utf8))
    separate(&out, indent: indent)
    if requirement.papers.count == 1 {
      out.raw("paper: ")
      let id = paperIDs[requirement.papers[0]]
      out.raw(requirement.misspeltPaper ? misspelt(id) : id)
    } else {
      out.raw("any_of: ")
      var alternatives = requirement.papers.map { paperIDs[$0] }
      if requirement.misspeltPaper { alternatives[0] = misspelt(alternatives[0]) }
      out.idList(alternatives)
    }
    let copies = requirement.copies
    if copies.original + copies.certified + copies.copy > 0 {
      separate(&out, indent: indent)
      out.raw("copies: {")
      var first = true
      for (key, count): (StaticString, Int) in [
        ("original", copies.original), ("certified_copy", copies.certified), ("copy", copies.copy),
      ] where count > 0 {
        if !first { out.raw(", ") }
        first = false
        out.raw(key)
        out.raw(": ")
        out.number(count)
      }
      out.raw("}")
    }
    if requirement.presented {
      separate(&out, indent: indent)
      out.raw("presented: true")
    }
    if let number = requirement.formNumber {
      separate(&out, indent: indent)
      writeForm(number, into: &out)
    }
    if let note = requirement.note {
      separate(&out, indent: indent)
      out.raw("note: ")
      out.localized(notes[note], decomposed: decomposed, english: requirement.noteInEnglish)
    }
    if let waiver = requirement.waiver {
      separate(&out, indent: indent)
      writeWaiver(waiverReasons[waiver], until: requirement.waiverUntil, indent: indent, into: &out)
    }
    out.raw(flowStyle ? "}\n" : "\n")
  }

  /// form: the numbered form of Circular 01/2022/TT-BTP.
  func writeForm(_ number: Int, into out: inout Output) {
    let two = number < 10 ? "0\(number)" : "\(number)"
    out.raw("form: {code: ")
    out.quoted(utf8("Mẫu số \(two)", decomposed: decomposed))
    out.raw(", name: {vi: ")
    out.quoted(utf8("Mẫu số \(two) ban hành kèm theo Thông tư số 01/2022/TT-BTP", decomposed: decomposed))
    out.raw(", en: ")
    out.quoted(Array("Form \(two) annexed to Circular 01/2022/TT-BTP".utf8))
    out.raw("}}")
  }

  /// keep: why the paper is still asked for although a listed database provides it.
  func writeWaiver(_ waiver: (reason: Text, basis: String), until: String?, indent: Int, into out: inout Output) {
    if flowStyle {
      out.raw("keep: {")
    } else {
      out.raw("keep:")
      separate(&out, indent: indent, extra: 2)
    }
    out.raw("reason: ")
    out.localized(waiver.reason, decomposed: decomposed)
    separate(&out, indent: indent, extra: 2)
    out.raw("legal_basis: ")
    out.quoted(Array(waiver.basis.utf8))
    if let until {
      separate(&out, indent: indent, extra: 2)
      out.raw("until: ")
      out.raw(Array(until.utf8))
    }
    if flowStyle { out.raw("}") }
  }
}
