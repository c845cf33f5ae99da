import OneStopKit

/// The id under the cursor and what it names, for definition, references and rename.
struct IDAtCursor {
  let kind: IDKind
  let id: String
  let start: Int
  let end: Int

  init?(_ document: DocumentView, _ offset: Int) {
    let cursor = Cursor(document.lines, offset: offset)
    guard !cursor.word.isEmpty else { return nil }
    let kind =
      cursor.onKey ? Vocabulary.keyKind(document.path, cursor.keys) : Vocabulary.valueKind(document.path, cursor.keys)
    guard let kind, kind != .check else { return nil }
    self.kind = kind
    id = cursor.word
    start = cursor.wordStart
    end = cursor.wordEnd
  }
}

extension FeatureContext {
  func location(_ location: SourceLocation, id: String? = nil) -> JSON? {
    guard let lines = workspace.text(of: location.file) else { return nil }
    let (start, end) =
      id.map { Lookup.idSpan($0, in: location.range, lines) } ?? (
        location.range.start.offset, location.range.end.offset
      )
    return [
      "uri": .string(workspace.uri(of: location.file)), "range": lines.range(from: start, to: end, encoding),
    ]
  }
}

/// `textDocument/definition`: an id's line in rules/*.yaml.
enum DefinitionFeature {
  static func definition(_ params: JSON, _ context: FeatureContext) throws(ResponseError) -> JSON {
    let document = try context.document(params)
    guard let target = IDAtCursor(document, try context.offset(params, in: document)),
      let entry = Lookup(catalog: context.session.catalog).entry(target.kind, target.id)
    else { return .null }
    return context.location(entry.definition, id: target.id) ?? .null
  }
}

/// `textDocument/references`: every place an id of rules/ is written, across rules/ and catalog/.
enum ReferencesFeature {
  static func references(_ params: JSON, _ context: FeatureContext) throws(ResponseError) -> JSON {
    let document = try context.document(params)
    guard let target = IDAtCursor(document, try context.offset(params, in: document)) else { return .null }
    var found = Lookup(catalog: context.session.catalog).references(target.kind, target.id)
    if params["context"]?["includeDeclaration"] == false, !found.isEmpty,
      Lookup(catalog: context.session.catalog).entry(target.kind, target.id) != nil
    {
      found.removeFirst()
    }
    return .array(found.compactMap { context.location($0, id: target.id) })
  }
}

/// `textDocument/prepareRename` and `textDocument/rename`: a paper type's or a source's id,
/// everywhere it is written in rules/ and catalog/, as one workspace edit.
enum RenameFeature {
  static func target(_ params: JSON, _ context: FeatureContext) throws(ResponseError) -> (IDAtCursor, DocumentView) {
    let document = try context.document(params)
    guard let target = IDAtCursor(document, try context.offset(params, in: document)),
      target.kind == .paper || target.kind == .source,
      Lookup(catalog: context.session.catalog).entry(target.kind, target.id) != nil
    else {
      throw ResponseError(
        RPCError.requestFailed,
        context.say(
          vi: "chỉ đổi tên được mã loại giấy tờ hoặc cơ sở dữ liệu có trong rules/",
          en: "only a paper type's or a source's id from rules/ can be renamed"))
    }
    return (target, document)
  }

  static func prepare(_ params: JSON, _ context: FeatureContext) throws(ResponseError) -> JSON {
    let (target, document) = try target(params, context)
    return [
      "range": document.lines.range(from: target.start, to: target.end, context.encoding),
      "placeholder": .string(target.id),
    ]
  }

  static func rename(_ params: JSON, _ context: FeatureContext) throws(ResponseError) -> JSON {
    let (target, _) = try target(params, context)
    guard let newName = params["newName"]?.string else { throw .invalidParams("rename needs newName") }
    let valid =
      !newName.isEmpty
      && newName.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
        !part.isEmpty && part.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
      }
    guard valid else {
      throw ResponseError(
        RPCError.invalidParams,
        context.say(
          vi: "'\(newName)' không phải là mã hợp lệ (chữ thường, số và dấu gạch ngang: citizen-id)",
          en: "'\(newName)' is not a valid id (lowercase letters, digits and hyphens: citizen-id)"))
    }
    let lookup = Lookup(catalog: context.session.catalog)
    guard lookup.entry(target.kind, newName) == nil else {
      throw ResponseError(
        RPCError.requestFailed,
        context.say(vi: "mã '\(newName)' đã có trong rules/", en: "the id '\(newName)' is already in rules/"))
    }
    var changes: [String: [JSON]] = [:]
    for location in lookup.references(target.kind, target.id) {
      guard let lines = context.workspace.text(of: location.file) else { continue }
      let (start, end) = Lookup.idSpan(target.id, in: location.range, lines)
      changes[context.workspace.uri(of: location.file), default: []].append(
        ["range": lines.range(from: start, to: end, context.encoding), "newText": .string(newName)])
    }
    return ["changes": .object(changes.mapValues(JSON.array))]
  }
}
