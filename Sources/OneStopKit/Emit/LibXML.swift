internal import CLibXML2

#if canImport(Glibc)
  import Glibc
#endif

/// XML through libxml2: documents written with xmlTextWriter into memory, and validated against
/// the portal XSD parsed once. This is the only file that imports CLibXML2.
enum LibXML {
  /// Call once before threads use libxml2.
  static let initialized: Bool = {
    xmlInitParser()
    return true
  }()
}

/// A document being written: start and end elements, attributes and text, all escaped by libxml2.
/// Text that XML 1.0 cannot carry (control characters) is replaced by U+FFFD first; the loader
/// refuses such text, so this only guards against a bug upstream.
final class XMLDocumentWriter {
  private var writer: xmlTextWriterPtr?
  private let consumer: ChunkConsumer
  private var failed = false

  /// Receives the document's bytes as libxml2 flushes them (about 4 KB at a time): forwards
  /// them, or keeps them when the document is written into memory.
  private final class ChunkConsumer {
    let forward: ((UnsafeRawBufferPointer) -> Bool)?
    var bytes: [UInt8] = []

    init(_ forward: ((UnsafeRawBufferPointer) -> Bool)?) { self.forward = forward }

    func take(_ chunk: UnsafeRawBufferPointer) -> Bool {
      if let forward { return forward(chunk) }
      bytes.append(contentsOf: chunk)
      return true
    }
  }

  /// A document written into memory and returned whole by `finish()`.
  convenience init() {
    self.init(consumer: ChunkConsumer(nil))
  }

  /// A document handed to `output` in chunks as it is written, never whole in memory (for
  /// portal/catalog.xml, which lists every procedure of the catalog); `output` returns false to
  /// stop the writer.
  convenience init(streamingTo output: @escaping (UnsafeRawBufferPointer) -> Bool) {
    self.init(consumer: ChunkConsumer(output))
  }

  private init(consumer: ChunkConsumer) {
    _ = LibXML.initialized
    self.consumer = consumer
    let context = Unmanaged.passUnretained(consumer).toOpaque()
    let out = xmlOutputBufferCreateIO(
      { context, bytes, length in
        guard let context, length >= 0 else { return -1 }
        let consumer = Unmanaged<ChunkConsumer>.fromOpaque(context).takeUnretainedValue()
        return consumer.take(UnsafeRawBufferPointer(start: bytes, count: Int(length))) ? length : -1
      }, { _ in 0 }, context, nil)
    writer = out.flatMap { xmlNewTextWriter($0) }
    guard let writer else {
      failed = true
      return
    }
    xmlTextWriterSetIndent(writer, 1)
    _ = "  ".withCString {
      xmlTextWriterSetIndentString(writer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
    }
    check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
  }

  deinit {
    // Frees the output buffer too, which flushes into the consumer: it is still alive here.
    if let writer { xmlFreeTextWriter(writer) }
  }

  private func check(_ result: Int32) {
    if result < 0 { failed = true }
  }

  /// The text as a C string for libxml2, sanitized only when a byte says it might need it.
  private func with<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
    text.withCString { cString in
      let bytes = UnsafeRawPointer(cString).assumingMemoryBound(to: xmlChar.self)
      var index = 0
      while bytes[index] != 0 {
        let byte = bytes[index]
        if XMLText.mayNeedSanitizing(byte) {
          return XMLText.sanitize(text).withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        }
        index += 1
      }
      return body(bytes)
    }
  }

  func start(_ name: String) {
    guard let writer else { return }
    with(name) { check(xmlTextWriterStartElement(writer, $0)) }
  }

  func end() {
    guard let writer else { return }
    check(xmlTextWriterEndElement(writer))
  }

  func attribute(_ name: String, _ value: String) {
    guard let writer else { return }
    with(name) { namePointer in with(value) { check(xmlTextWriterWriteAttribute(writer, namePointer, $0)) } }
  }

  func text(_ value: String) {
    guard let writer else { return }
    with(value) { check(xmlTextWriterWriteString(writer, $0)) }
  }

  /// `<name attributes...>text</name>`
  func element(_ name: String, _ attributes: [(String, String)] = [], text value: String? = nil) {
    start(name)
    for (key, attributeValue) in attributes { attribute(key, attributeValue) }
    if let value { text(value) }
    end()
  }

  /// Ends the document and hands its last bytes to the consumer: the whole document when it was
  /// written into memory (empty when streamed), nil when libxml2 or the consumer failed. The
  /// writer is released here, so nothing reaches the consumer later.
  func finish() -> [UInt8]? {
    guard let writer else { return nil }
    check(xmlTextWriterEndDocument(writer))
    check(xmlTextWriterFlush(writer))
    xmlFreeTextWriter(writer)
    self.writer = nil
    return failed ? nil : consumer.bytes
  }
}

enum XMLText {
  /// Replaces characters XML 1.0 cannot carry with U+FFFD.
  static func sanitize(_ text: String) -> String {
    guard text.utf8.contains(where: mayNeedSanitizing), text.unicodeScalars.contains(where: { !isAllowed($0) })
    else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { result.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
    return String(result)
  }

  /// Whether a text holding this byte may hold a character XML 1.0 cannot carry: only C0
  /// controls and EF-led sequences (U+FFFE, U+FFFF) can be refused, so any other text is
  /// passed on without looking at its characters.
  static func mayNeedSanitizing(_ byte: UInt8) -> Bool {
    (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0xEF
  }

  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }
}

/// The portal XSD, parsed once; each validation uses its own context, so threads can share it.
final class PortalSchema: @unchecked Sendable {
  private let schema: xmlSchemaPtr

  static let shared: PortalSchema = PortalSchema(xsd: PortalSchemaText.xsd)!

  init?(xsd: String) {
    _ = LibXML.initialized
    let bytes = Array(xsd.utf8)
    let parsed: xmlSchemaPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        guard let context = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else { return nil }
        defer { xmlSchemaFreeParserCtxt(context) }
        xmlSchemaSetParserStructuredErrors(context, { _, _ in }, nil)
        return xmlSchemaParse(context)
      }
    }
    guard let parsed else { return nil }
    schema = parsed
  }

  deinit { xmlSchemaFree(schema) }

  /// A validation fed piece by piece, for a document too large to hold whole.
  func streamingValidation() -> StreamingValidation { StreamingValidation(schema: schema) }

  /// nil when `document` is well-formed and valid; otherwise the first problems libxml2 reports.
  func validate(_ document: [UInt8]) -> String? {
    let validation = streamingValidation()
    document.withUnsafeBytes { validation.feed($0) }
    return validation.finish()
  }
}

/// Up to five of the problems libxml2 reports while validating.
private final class ValidationErrors {
  var messages: [String] = []

  /// Installs itself as the validation context's error handler.
  func install(on context: xmlSchemaValidCtxtPtr) {
    xmlSchemaSetValidStructuredErrors(
      context,
      { userData, error in
        guard let userData, let error, let message = error.pointee.message else { return }
        let sink = Unmanaged<ValidationErrors>.fromOpaque(userData).takeUnretainedValue()
        if sink.messages.count < 5 {
          sink.messages.append("line \(error.pointee.line): " + String(cString: message).trimmingTrailingNewline())
        }
      }, Unmanaged.passUnretained(self).toOpaque())
  }
}

/// Validation against the portal XSD of a document that arrives in chunks: libxml2's push parser
/// with the schema's SAX validation plugged in. Memory stays bounded whatever the document's size,
/// and no tree is built.
final class StreamingValidation {
  private let context: xmlSchemaValidCtxtPtr?
  private var plug: xmlSchemaSAXPlugPtr?
  private var parser: xmlParserCtxtPtr?
  private let errors = ValidationErrors()
  private var finished = false

  fileprivate init(schema: xmlSchemaPtr) {
    context = xmlSchemaNewValidCtxt(schema)
    guard let context else { return }
    errors.install(on: context)
    var sax: xmlSAXHandlerPtr? = nil
    var userData: UnsafeMutableRawPointer? = nil
    plug = xmlSchemaSAXPlug(context, &sax, &userData)
    guard plug != nil, let sax else { return }
    parser = xmlCreatePushParserCtxt(sax, userData, nil, 0, nil)
    guard let parser else { return }
    // Well-formedness errors are read from the parser below, never printed.
    _ = xmlCtxtUseOptions(
      parser, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
    // The SAX flow carries no line numbers: the validator asks the parser where it is.
    xmlSchemaValidateSetLocator(
      context,
      { parserContext, file, line in
        // libxml2 reads both answers whatever this returns: neither may be left unset.
        file?.pointee = nil
        line?.pointee = 0
        guard let parserContext, let line else { return -1 }
        let parser = parserContext.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let input = parser.pointee.input else { return -1 }
        line.pointee = UInt(max(0, input.pointee.line))
        return 0
      }, UnsafeMutableRawPointer(parser))
  }

  deinit {
    if let plug { xmlSchemaSAXUnplug(plug) }
    if let parser { xmlFreeParserCtxt(parser) }
    if let context { xmlSchemaFreeValidCtxt(context) }
  }

  /// The next piece of the document.
  func feed(_ bytes: UnsafeRawBufferPointer) {
    guard let parser, !finished, bytes.count > 0 else { return }
    var offset = 0
    while offset < bytes.count {
      let length = min(bytes.count - offset, 1 << 20)
      let start = bytes.baseAddress!.advanced(by: offset).assumingMemoryBound(to: CChar.self)
      _ = xmlParseChunk(parser, start, Int32(length), 0)
      offset += length
    }
  }

  /// Ends the document: nil when it was well-formed and valid, otherwise the first problems.
  func finish() -> String? {
    guard let context, let parser, let plug, !finished else { return "cannot create a validation context" }
    finished = true
    _ = xmlParseChunk(parser, nil, 0, 1)
    let wellFormed = parser.pointee.wellFormed != 0
    xmlSchemaSAXUnplug(plug)
    self.plug = nil
    let valid = xmlSchemaIsValid(context) == 1
    if wellFormed && valid { return nil }
    if !wellFormed && errors.messages.isEmpty { return "the document is not well-formed XML" }
    return errors.messages.isEmpty ? "the document is not valid" : errors.messages.joined(separator: "; ")
  }
}

extension String {
  fileprivate func trimmingTrailingNewline() -> String {
    var text = self
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }
}

/// Reading documents back, for tests that prove text survives escaping: the texts of every
/// element with a given name, in document order, from XML or from HTML (parsed as a browser would,
/// by libxml2's HTML parser).
enum MarkupReader {
  static func texts(of element: String, inXML document: [UInt8]) -> [String]? {
    _ = LibXML.initialized
    let parsed: xmlDocPtr? = document.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        xmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", Int32(XML_PARSE_NONET.rawValue))
      }
    }
    guard let parsed else { return nil }
    defer { xmlFreeDoc(parsed) }
    return collect(element, from: xmlDocGetRootElement(parsed))
  }

  static func texts(of element: String, inHTML document: [UInt8]) -> [String]? {
    _ = LibXML.initialized
    let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
    let parsed: htmlDocPtr? = document.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options)
      }
    }
    guard let parsed else { return nil }
    defer { xmlFreeDoc(parsed) }
    return collect(element, from: xmlDocGetRootElement(parsed))
  }

  private static func collect(_ element: String, from root: xmlNodePtr?) -> [String] {
    var found: [String] = []
    func walk(_ node: xmlNodePtr?) {
      var current = node
      while let node = current {
        if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name,
          String(cString: name) == element
        {
          if let content = xmlNodeGetContent(node) {
            found.append(String(cString: content))
            free(content)  // xmlFree is free() unless an application replaces it; OneStop does not
          } else {
            found.append("")
          }
        }
        walk(node.pointee.children)
        current = node.pointee.next
      }
    }
    walk(root)
    return found
  }
}
