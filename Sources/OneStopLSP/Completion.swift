import OneStopKit

/// `textDocument/completion`: the ids of rules/ where the format expects one (each with both
/// names, and whether it is abolished), the words of a closed choice, the check ids of the
/// policy, and the keys allowed in the mapping at the cursor with their meaning from the format.
enum CompletionFeature {
  static func completion(_ params: JSON, _ context: FeatureContext) throws(ResponseError) -> JSON {
    let document = try context.document(params)
    let offset = try context.offset(params, in: document)
    let cursor = Cursor(document.lines, offset: offset)
    let edit = document.lines.range(from: cursor.wordStart, to: cursor.wordEnd, context.encoding)
    var items: [JSON] = []
    if cursor.onKey {
      if let kind = Vocabulary.keyKind(document.path, cursor.keys) {
        items = ids(kind, context, edit: edit)
      } else if case .object(let shape) = Vocabulary.shape(document.path, cursor.keys) {
        items = shape.fields.map { field in
          [
            "label": .string(field.name),
            "kind": 10,
            "detail": .string(
              field.required ? context.say(vi: "khóa bắt buộc", en: "required key") : context.say(vi: "khóa", en: "key")
            ),
            "documentation": ["kind": "markdown", "value": .string(HoverFeature.keyText(field))],
            "textEdit": ["range": edit, "newText": .string(field.name + ": ")],
          ]
        }
      }
    } else if let kind = Vocabulary.valueKind(document.path, cursor.keys) {
      items = ids(kind, context, edit: edit)
    } else if case .choice(let words) = Vocabulary.shape(document.path, cursor.keys) {
      items = words.map { ["label": .string($0), "kind": 20, "textEdit": ["range": edit, "newText": .string($0)]] }
    }
    return ["isIncomplete": false, "items": .array(items)]
  }

  static func ids(_ kind: IDKind, _ context: FeatureContext, edit: JSON) -> [JSON] {
    if kind == .check {
      return CheckRegistry.descriptions.filter(\.isConfigurable).map { description in
        [
          "label": .string(description.id), "kind": 12, "detail": .string(description.summary(context.language)),
          "textEdit": ["range": edit, "newText": .string(description.id)],
        ]
      }
    }
    let catalog = context.session.catalog
    return Lookup(catalog: catalog).entries(kind).map { entry in
      var detail = Lookup.names(entry.name)
      var item: [String: JSON] = [
        "label": .string(entry.id), "kind": 18, "textEdit": ["range": edit, "newText": .string(entry.id)],
        // Typing a name finds its id too.
        "filterText": .string(entry.id + " " + detail),
      ]
      if let until = entry.until, until < catalog.asOf {
        detail +=
          " — "
          + context.say(
            vi: kind == .paper ? "đã bãi bỏ từ \(until)" : "đã hết hiệu lực từ \(until)",
            en: kind == .paper ? "abolished since \(until)" : "retired since \(until)")
        item["tags"] = [1]
      }
      item["detail"] = .string(detail)
      return .object(item)
    }
  }
}
