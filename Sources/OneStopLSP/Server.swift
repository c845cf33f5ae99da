import OneStopKit

/// The language server: reads framed JSON-RPC messages from its transport, answers them, and
/// publishes the catalog's findings as the drafter types. It never prints or exits: `run` returns
/// the exit code (0 after `shutdown` then `exit`, 1 for `exit` without `shutdown` or the input
/// ending), and the caller exits.
public final class LanguageServer {
  public struct Configuration: Sendable {
    /// `--lang`/`ONESTOP_LANG`; nil: the policy's.
    public var language: Language?
    public var jobs: Int
    public var maxMessage: Int
    public var limits: LoadLimits

    public init(
      language: Language? = nil, jobs: Int = CompileOptions.defaultJobs, maxMessage: Int = MessageReader.defaultMaxBody,
      limits: LoadLimits = .default
    ) {
      self.language = language
      self.jobs = jobs
      self.maxMessage = maxMessage
      self.limits = limits
    }
  }

  enum Phase {
    case uninitialized
    case running
    case shutDown
  }

  let configuration: Configuration
  /// Where the server logs what it drops (stderr for `onestop lsp`).
  let log: (String) -> Void
  var phase = Phase.uninitialized
  var encoding = PositionEncoding.utf16
  var workspace: Workspace?
  /// The exit code, once `exit` came.
  public private(set) var exitCode: Int32?

  public init(configuration: Configuration = Configuration(), log: @escaping (String) -> Void = { _ in }) {
    self.configuration = configuration
    self.log = log
  }

  /// Serves until `exit` or the end of the input; returns the exit code.
  public func run(_ transport: Transport) -> Int32 {
    var reader = MessageReader(transport, maxBody: configuration.maxMessage)
    while exitCode == nil {
      let outgoing: [JSON]
      switch reader.next() {
      case .end:
        log("the input ended without exit")
        return 1
      case .badHeader(let problem):
        log("dropped a message with a bad header: \(problem)")
        continue
      case .tooLarge(let size):
        log("dropped a message of \(size) bytes (the limit is \(configuration.maxMessage))")
        outgoing = [
          Outgoing.error(
            id: .null, code: RPCError.invalidRequest,
            message: "message of \(size) bytes refused: the limit is \(configuration.maxMessage)")
        ]
      case .message(let body):
        outgoing = handle(body)
      }
      for message in outgoing where !transport.write(frame(message)) {
        log("the output is closed")
        return 1
      }
    }
    return exitCode ?? 1
  }

  /// Handles one message body; returns what to send back, in order.
  public func handle(_ body: [UInt8]) -> [JSON] {
    switch IncomingMessage.parse(body) {
    case .response:
      return []
    case .invalid(let id, let code, let message):
      log("invalid message: \(message)")
      return [Outgoing.error(id: id, code: code, message: message)]
    case .notification(let method, let params):
      return notify(method, params)
    case .request(let id, let method, let params):
      do {
        var after: [JSON] = []
        let result = try request(method, params, after: &after)
        return [Outgoing.response(id: id, result: result)] + after
      } catch {
        return [Outgoing.error(id: id, code: error.code, message: error.message)]
      }
    }
  }

  // MARK: Requests

  func request(_ method: String, _ params: JSON, after: inout [JSON]) throws(ResponseError) -> JSON {
    switch phase {
    case .uninitialized where method != "initialize":
      throw ResponseError(RPCError.serverNotInitialized, "the server is not initialized: send initialize first")
    case .running where method == "initialize":
      throw ResponseError(RPCError.invalidRequest, "initialize was already received")
    case .shutDown:
      throw ResponseError(RPCError.invalidRequest, "the server is shut down: send exit")
    default: break
    }
    switch method {
    case "initialize": return try initialize(params)
    case "shutdown":
      phase = .shutDown
      return .null
    default: break
    }
    guard let workspace else { throw ResponseError(RPCError.requestFailed, "no catalog root is open") }
    let context = FeatureContext(workspace: workspace, encoding: encoding)
    switch method {
    case "textDocument/completion": return try CompletionFeature.completion(params, context)
    case "textDocument/hover": return try HoverFeature.hover(params, context)
    case "textDocument/definition": return try DefinitionFeature.definition(params, context)
    case "textDocument/references": return try ReferencesFeature.references(params, context)
    case "textDocument/documentSymbol": return try SymbolsFeature.symbols(params, context)
    case "textDocument/prepareRename": return try RenameFeature.prepare(params, context)
    case "textDocument/rename": return try RenameFeature.rename(params, context)
    case "textDocument/codeAction": return try CodeActionsFeature.actions(params, context)
    case "textDocument/diagnostic": return try pullDiagnostics(params, context)
    default: throw ResponseError(RPCError.methodNotFound, "unknown method '\(method)'")
    }
  }

  func initialize(_ params: JSON) throws(ResponseError) -> JSON {
    guard case .object = params else { throw .invalidParams("initialize needs its parameters") }
    let offered = params["capabilities"]?["general"]?["positionEncodings"]?.array ?? []
    encoding = offered.contains("utf-8") ? .utf8 : .utf16
    let rootURI = params["rootUri"]?.string ?? params["workspaceFolders"]?[0]?["uri"]?.string
    var rootPath = rootURI.flatMap(URI.path)
    if rootPath == nil, let path = params["rootPath"]?.string, path.hasPrefix("/") { rootPath = path }
    var options = CompileOptions(jobs: max(1, configuration.jobs))
    options.limits = configuration.limits
    options.language = configuration.language
    if let rootPath {
      workspace = Workspace(root: rootPath, options: options)
      if workspace == nil { log("the catalog root '\(rootPath)' cannot be read") }
    }
    phase = .running
    return [
      "capabilities": [
        "positionEncoding": .string(encoding.rawValue),
        "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
        "completionProvider": ["triggerCharacters": [":", " ", "[", ",", "-"]],
        "hoverProvider": true,
        "definitionProvider": true,
        "referencesProvider": true,
        "documentSymbolProvider": true,
        "renameProvider": ["prepareProvider": true],
        "codeActionProvider": ["codeActionKinds": ["quickfix"]],
        "diagnosticProvider": ["interFileDependencies": true, "workspaceDiagnostics": false],
      ],
      "serverInfo": ["name": "onestop", "version": .string(OneStopKit.version)],
    ]
  }

  func pullDiagnostics(_ params: JSON, _ context: FeatureContext) throws(ResponseError) -> JSON {
    let document = try context.document(params)
    let session = context.workspace.check
    let findings = session.findingsByFile[document.path] ?? []
    let items = findings.map {
      DiagnosticsFeature.json(
        $0, range: document.lines.range($0.range, encoding), workspace: context.workspace, encoding: encoding,
        table: context.workspace.text)
    }
    return ["kind": "full", "items": .array(items)]
  }

  // MARK: Notifications

  func notify(_ method: String, _ params: JSON) -> [JSON] {
    if method == "exit" {
      exitCode = phase == .shutDown ? 0 : 1
      return []
    }
    guard phase == .running else {
      log("dropped '\(method)': the server is \(phase == .uninitialized ? "not initialized" : "shut down")")
      return []
    }
    guard let workspace else { return [] }
    switch method {
    case "initialized":
      _ = workspace.check
      return DiagnosticsFeature.publish(
        Set(workspace.session!.findingsByFile.keys), in: workspace, encoding: encoding)
    case "textDocument/didOpen": return didOpen(params, workspace)
    case "textDocument/didChange": return didChange(params, workspace)
    case "textDocument/didSave": return recheck([params["textDocument"]?["uri"]?.string], workspace)
    case "textDocument/didClose":
      guard let uri = params["textDocument"]?["uri"]?.string, let path = workspace.path(of: uri) else { return [] }
      workspace.documents[path] = nil
      return recheck([uri], workspace, always: [path])
    case "workspace/didChangeWatchedFiles":
      let uris = params["changes"]?.array?.compactMap { $0["uri"]?.string } ?? []
      // An open document's text stays what the editor holds, whatever happens on disk.
      return recheck(
        uris.filter { uri in workspace.path(of: uri).map { workspace.documents[$0] == nil } ?? false }, workspace)
    default:
      if !method.hasPrefix("$/") { log("ignored the notification '\(method)'") }
      return []
    }
  }

  func didOpen(_ params: JSON, _ workspace: Workspace) -> [JSON] {
    guard let item = params["textDocument"], let uri = item["uri"]?.string, let text = item["text"]?.string else {
      log("didOpen without a document")
      return []
    }
    guard let path = workspace.path(of: uri) else {
      log("didOpen of '\(uri)', outside the catalog root")
      return []
    }
    workspace.documents[path] = OpenDocument(uri: uri, version: item["version"]?.int, text: Array(text.utf8))
    return recheck([uri], workspace, always: [path])
  }

  func didChange(_ params: JSON, _ workspace: Workspace) -> [JSON] {
    guard let uri = params["textDocument"]?["uri"]?.string, let path = workspace.path(of: uri),
      var document = workspace.documents[path]
    else {
      log("didChange of a document that is not open")
      return []
    }
    for change in params["contentChanges"]?.array ?? [] {
      guard let text = change["text"]?.string else { continue }
      guard let range = change["range"] else {
        document.text = Array(text.utf8)
        continue
      }
      guard let start = LSPPosition(range["start"]), let end = LSPPosition(range["end"]) else {
        log("didChange with a malformed range: change dropped")
        continue
      }
      let lines = LineTable(document.text)
      if !lines.contains(start, encoding) || !lines.contains(end, encoding) {
        // Outside the document: clamped to it, as LSP says for a character past a line's end.
        log("didChange with a range outside the document: clamped to it")
      }
      let from = lines.offset(of: start, encoding)
      let to = max(from, lines.offset(of: end, encoding))
      document.text.replaceSubrange(from..<to, with: Array(text.utf8))
    }
    document.version = params["textDocument"]?["version"]?.int ?? document.version
    workspace.documents[path] = document
    return recheck([uri], workspace, always: [path])
  }

  /// Rechecks the files of `uris` and publishes what changed, and `always` in any case.
  func recheck(_ uris: [String?], _ workspace: Workspace, always: Set<String> = []) -> [JSON] {
    let paths = Set(uris.compactMap { $0.flatMap(workspace.path) })
    var files = workspace.update(paths)
    files.formUnion(always.filter(Workspace.isChecked))
    return DiagnosticsFeature.publish(files, in: workspace, encoding: encoding)
  }
}
