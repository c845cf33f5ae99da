extension ModelDecoder {
  /// A bundle file, validated against `FormatSchema.bundle`.
  func bundle(_ root: YAMLNode) -> ProcedureBundle? {
    guard root.pairs != nil else { return nil }
    let bundleID = id(root["bundle"]) ?? Located("", SourceRange(at: root.range.start))
    var bundle = ProcedureBundle(file: file, range: root.range, id: bundleID)
    bundle.name = localized(root["name"])
    bundle.levels = ids(root["levels"])
    bundle.legalBasis = (root["legal_basis"]?.items ?? []).exactCompactMap(legalReference)
    bundle.steps = (root["steps"]?.items ?? []).exactCompactMap { node in
      guard let code = text(node["code"]) else { return nil }
      return BundleStep(range: node.range, code: code, cases: node["cases"].map { ids($0) })
    }
    if let node = root["form"], let paper = id(node["paper"]) {
      var form: FormTemplate? = nil
      if let formNode = node["form"], let code = text(formNode[FormTemplateKey.code]) {
        form = FormTemplate(code: code.value, name: localized(formNode[FormTemplateKey.name]))
      }
      var copies: Copies? = nil
      if let copiesNode = node["copies"], copiesNode.pairs != nil {
        copies = Copies(
          original: count(copiesNode[CopiesKey.original]), certifiedCopy: count(copiesNode[CopiesKey.certifiedCopy]),
          copy: count(copiesNode[CopiesKey.copy]))
      }
      bundle.form = BundleForm(
        range: node.range, paper: paper, form: form, copies: copies, note: localized(node["note"]))
    }
    bundle.channels = (root["channels"]?.items ?? []).exactCompactMap(channel)
    bundle.published = text(root["published"])
    return bundle
  }
}
