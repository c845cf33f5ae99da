/// JSON-RPC 2.0 as LSP uses it: requests (with an id), notifications (without), responses.
public enum RPCError {
  public static let parseError = -32700
  public static let invalidRequest = -32600
  public static let methodNotFound = -32601
  public static let invalidParams = -32602
  public static let internalError = -32603
  public static let serverNotInitialized = -32002
  public static let requestFailed = -32803
}

/// One message read from the client.
public enum IncomingMessage: Sendable {
  case request(id: JSON, method: String, params: JSON)
  case notification(method: String, params: JSON)
  /// A response to a request of the server's (it sends none it waits for): ignored.
  case response
  /// Not a JSON-RPC message: answered with an error carrying this id (null when unknown).
  case invalid(id: JSON, code: Int, message: String)

  /// Reads a message body: JSON text holding one JSON-RPC 2.0 object.
  public static func parse(_ body: [UInt8]) -> IncomingMessage {
    guard let json = JSON.parse(body) else {
      return .invalid(id: .null, code: RPCError.parseError, message: "the message is not JSON")
    }
    guard case .object(let members) = json else {
      return .invalid(id: .null, code: RPCError.invalidRequest, message: "the message is not a JSON object")
    }
    let id = members["id"]
    if let id, !Self.isValidID(id) {
      return .invalid(id: .null, code: RPCError.invalidRequest, message: "the id is neither a number nor a string")
    }
    guard members["jsonrpc"] == "2.0" else {
      return .invalid(id: id ?? .null, code: RPCError.invalidRequest, message: "jsonrpc is not \"2.0\"")
    }
    guard let methodValue = members["method"] else {
      if members["result"] != nil || members["error"] != nil { return .response }
      return .invalid(id: id ?? .null, code: RPCError.invalidRequest, message: "the message has no method")
    }
    guard let method = methodValue.string else {
      return .invalid(id: id ?? .null, code: RPCError.invalidRequest, message: "the method is not a string")
    }
    let params = members["params"] ?? .null
    if let id { return .request(id: id, method: method, params: params) }
    return .notification(method: method, params: params)
  }

  static func isValidID(_ id: JSON) -> Bool {
    switch id {
    case .string: true
    case .number(let number): number.rounded() == number
    default: false
    }
  }
}

/// A request's failure: its code and message.
public struct ResponseError: Error, Sendable {
  public var code: Int
  public var message: String

  public init(_ code: Int, _ message: String) {
    self.code = code
    self.message = message
  }

  static func invalidParams(_ message: String) -> ResponseError { ResponseError(RPCError.invalidParams, message) }
}

enum Outgoing {
  static func response(id: JSON, result: JSON) -> JSON {
    ["jsonrpc": "2.0", "id": id, "result": result]
  }

  static func error(id: JSON, code: Int, message: String) -> JSON {
    ["jsonrpc": "2.0", "id": id, "error": ["code": JSON(code), "message": .string(message)]]
  }

  static func notification(_ method: String, _ params: JSON) -> JSON {
    ["jsonrpc": "2.0", "method": .string(method), "params": params]
  }
}
