// The six files of rules/, written from the tables.

/// Each rules file's name and text.
func rulesFiles() -> [(String, String)] {
  [
    ("levels.yaml", levelsFile()), ("fields.yaml", fieldsFile()), ("subjects.yaml", subjectsFile()),
    ("papers.yaml", papersFile()), ("sources.yaml", sourcesFile()), ("policy.yaml", policyFile),
  ]
}

/// {vi: "...", en: "..."}
private func localized(_ text: Text, decomposed: Bool = false) -> String {
  "{vi: \"\(String(decoding: decomposed ? text.viDecomposed : text.vi, as: UTF8.self))\", en: \"\(String(decoding: text.en, as: UTF8.self))\"}"
}

private func levelsFile() -> String {
  var levels = "# Levels of government, central to local (synthetic catalog written by onestop-gen).\n"
  levels += "# District ended on 2025-06-30: local government became two-tier on 2025-07-01.\nlevels:\n"
  for (position, id) in levelOrder.enumerated() {
    levels += "  - id: \(id)\n    name: \(localized(levelNames[position]))\n"
    if id == "district" { levels += "    until: 2025-06-30\n" }
  }
  return levels
}

private func fieldsFile() -> String {
  var fieldsFile = "# Fields (lĩnh vực) of the synthetic catalog.\nfields:\n"
  for field in fields { fieldsFile += "  - {id: \(field.id), name: \(localized(field.name))}\n" }
  return fieldsFile
}

private func subjectsFile() -> String {
  var subjectsFile = "# Subjects (đối tượng thực hiện).\nsubjects:\n"
  for (id, name) in subjects { subjectsFile += "  - {id: \(id), name: \(localized(name))}\n" }
  return subjectsFile
}

/// A quarter of the paper names are decomposed (NFD).
private func papersFile() -> String {
  var papersFile = "# Paper types: forms (never eliminated), documents, results with their KQ codes.\npapers:\n"
  for (position, paper) in paperTypes.enumerated() {
    papersFile += "  - id: \(paper.id)\n    name: \(localized(paper.name, decomposed: position % 4 == 3))\n"
    if paper.kind == .form { papersFile += "    kind: form\n" }
    if let code = paper.resultCode { papersFile += "    result_code: \"\(code)\"\n" }
    if let until = paper.until { papersFile += "    until: \(until)\n" }
    if let replacement = paper.replacedBy { papersFile += "    replaced_by: \(replacement)\n" }
  }
  return papersFile
}

private func sourcesFile() -> String {
  var sourcesFile = "# Shared databases a one-stop shop can query instead of asking for a paper.\nsources:\n"
  for source in sources {
    sourcesFile += "  # Legal basis: \(source.basis).\n"
    sourcesFile += "  - id: \(source.id)\n"
    if source.results { sourcesFile += "    kind: procedure-results\n" }
    sourcesFile += "    name: \(localized(source.name))\n"
    if !source.results { sourcesFile += "    provides: [\(source.provides.joined(separator: ", "))]\n" }
    let connected = source.connected.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
    sourcesFile += "    connected: {\(connected)}\n"
  }
  return sourcesFile
}
