// The interconnected groups' changes (`onestop diff`): a group added or removed, a step added or
// removed, and a paper newly asked (a burden) or no longer asked through the group.

extension CatalogDiff {
  static func compareBundles(old: CheckResult, new: CheckResult, failed: FailedFiles, _ words: Words)
    -> [ProcedureChanges]
  {
    let oldBundles = bundleIndex(old.catalog)
    let newBundles = bundleIndex(new.catalog)
    let ids = Set(oldBundles.keys).union(newBundles.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    var result: [ProcedureChanges] = []
    for id in ids {
      let before = oldBundles[id]
      let after = newBundles[id]
      let file = after?.bundle.file ?? before?.bundle.file ?? ""
      // A group in a file that failed on either side is left out, as a procedure is; and so is one
      // with a step in such a file, whose dossier could be compiled on one side only.
      if failed.old.contains(file) || failed.new.contains(file) { continue }
      let steps = [before, after].compactMap { $0 }.flatMap(\.bundle.steps).map(\.code.value)
      let stepFiles = [before, after].compactMap { $0 }.flatMap(\.procedures).compactMap { $0?.file }
      if steps.contains(where: { code in
        stepFiles.contains { covers(failed.old, $0, code) || covers(failed.new, $0, code) }
          || covers(failed.old, "", code) || covers(failed.new, "", code)
      }) {
        continue
      }
      let name = (after ?? before)?.bundle.name?.text(preferring: "vi") ?? id
      var changes: [Change] = []
      func add(_ kind: Kind, _ burden: Bool, _ message: String) {
        changes.append(Change(procedure: id, kind: kind, burden: burden, message: message))
      }
      switch (before, after) {
      case (nil, let added?):
        add(.bundleAdded, false, words.bundle(added: true, steps: added.bundle.steps.map(\.code.value)))
      case (let removed?, nil):
        add(.bundleRemoved, false, words.bundle(added: false, steps: removed.bundle.steps.map(\.code.value)))
      case (let before?, let after?):
        let oldSteps = before.bundle.steps.map(\.code.value)
        let newSteps = after.bundle.steps.map(\.code.value)
        for step in newSteps where !oldSteps.contains(step) {
          add(.bundleStepAdded, false, words.step(step, added: true))
        }
        for step in oldSteps where !newSteps.contains(step) {
          add(.bundleStepRemoved, false, words.step(step, added: false))
        }
        let oldAsked = asked(before)
        let newAsked = asked(after)
        for (key, label) in newAsked where !oldAsked.contains(where: { $0.key == key }) {
          add(.bundlePaperAsked, true, words.bundlePaper(label, asked: true))
        }
        for (key, label) in oldAsked where !newAsked.contains(where: { $0.key == key }) {
          add(.bundlePaperSpared, false, words.bundlePaper(label, asked: false))
        }
      case (nil, nil):
        break
      }
      if !changes.isEmpty { result.append(ProcedureChanges(code: id, name: name, file: file, changes: changes)) }
    }
    return result
  }

  static func bundleIndex(_ catalog: Catalog) -> [String: BundleCompilation] {
    var byID: [String: BundleCompilation] = [:]
    for compilation in BundleCompilation.compileAll(catalog)
    where !compilation.bundle.id.value.isEmpty && byID[compilation.bundle.id.value] == nil {
      byID[compilation.bundle.id.value] = compilation
    }
    return byID
  }

  /// The papers brought through the group at its first level, keyed by step code, case and
  /// requirement, with a label naming them; the group's form first.
  static func asked(_ compilation: BundleCompilation) -> [(key: String, label: String)] {
    var papers: [(key: String, label: String)] = []
    if let form = compilation.bundle.form { papers.append(("form", "'\(form.paper.value)'")) }
    for paper in compilation.levels.first?.papers ?? [] where paper.status == .asked {
      let key = "\(paper.code)/\(paper.caseID.map { $0 + "/" } ?? "")\(paper.requirement.id.value)"
      papers.append((key, "'\(key)' (\(paper.paperTypes.joined(separator: " | ")))"))
    }
    return papers
  }
}

extension CatalogDiff.Words {
  func bundle(added: Bool, steps: [String]) -> String {
    let list = steps.joined(separator: ", ")
    return added
      ? sayBundle("nhóm thủ tục liên thông mới, các bước \(list)", "new interconnected group, steps \(list)")
      : sayBundle("nhóm thủ tục liên thông bị xóa (các bước \(list))", "interconnected group removed (steps \(list))")
  }

  func step(_ code: String, added: Bool) -> String {
    added
      ? sayBundle("thêm bước '\(code)'", "step '\(code)' added")
      : sayBundle("bỏ bước '\(code)'", "step '\(code)' removed")
  }

  func bundlePaper(_ label: String, asked: Bool) -> String {
    asked
      ? sayBundle("người dân nay phải nộp \(label) qua nhóm thủ tục", "\(label) is now asked through the group")
      : sayBundle(
        "người dân không còn phải nộp \(label) qua nhóm thủ tục", "\(label) is no longer asked through the group")
  }

  private func sayBundle(_ vietnamese: String, _ english: String) -> String {
    language == .vi ? vietnamese : english
  }
}
