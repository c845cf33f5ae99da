import OneStopKit

/// What every feature reads: the workspace, the negotiated position unit, and the document and
/// position a request names.
struct FeatureContext {
  let workspace: Workspace
  let encoding: PositionEncoding

  var language: Language { workspace.language }
  var session: CheckSession { workspace.check }

  /// The document a request's `textDocument` names: its path under the root and its text.
  func document(_ params: JSON) throws(ResponseError) -> DocumentView {
    guard let uri = params["textDocument"]?["uri"]?.string else {
      throw .invalidParams("the request names no textDocument")
    }
    guard let path = workspace.path(of: uri) else {
      throw ResponseError(RPCError.invalidParams, "'\(uri)' is not a file of the catalog root")
    }
    guard let lines = workspace.text(of: path) else {
      throw ResponseError(RPCError.requestFailed, "'\(path)' cannot be read")
    }
    return DocumentView(path: path, uri: uri, lines: lines)
  }

  /// The byte offset of a request's `position` (past the end of a line or the file: clamped).
  func offset(_ params: JSON, in document: DocumentView) throws(ResponseError) -> Int {
    guard let position = LSPPosition(params["position"]) else { throw .invalidParams("the request has no position") }
    return document.lines.offset(of: position, encoding)
  }

  func say(vi: String, en: String) -> String { language == .vi ? vi : en }
}

struct DocumentView {
  let path: String
  let uri: String
  let lines: LineTable
}
