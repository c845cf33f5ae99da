extension QuickYAMLScanner {
  /// How the scanner's events for `bytes` differ from libyaml's, or `nil` when the scanner refuses
  /// the bytes or gives the same events: kinds, scalar values and styles, flow styles, no anchor
  /// or tag, and every mark the decoder reads (scalars' starts and ends, collections' starts,
  /// flow collections' ends). The differential tests and the fuzz harness run it.
  package static func disagreement(with bytes: [UInt8]) -> String? {
    bytes.withUnsafeBufferPointer { buffer -> String? in
      guard var quick = QuickYAMLScanner(buffer, array: bytes) else { return nil }
      guard var libyaml = YAMLEventReader(buffer, array: bytes) else { return "libyaml's reader refuses the file" }
      var flows: [Bool] = []
      var index = 0
      while true {
        let expected = libyaml.next()
        let actual = quick.next()
        guard let expected else {
          return "libyaml fails at event \(index); the scanner gives \(String(describing: actual))"
        }
        guard expected == actual else {
          return "event \(index): libyaml \(expected), the scanner \(String(describing: actual))"
        }
        func place(_ position: SourcePosition) -> String {
          "\(position.line):\(position.column) (byte \(position.offset))"
        }
        func same(_ what: String, _ reference: SourcePosition, _ scanned: SourcePosition) -> String? {
          reference == scanned
            ? nil : "event \(index) (\(expected)): \(what) \(place(reference)) against \(place(scanned))"
        }
        switch expected {
        case .scalar:
          guard !libyaml.isDecorated else { return "event \(index): an anchor or tag the scanner missed" }
          guard libyaml.scalarStyle == quick.scalarStyle else {
            return "event \(index): style \(libyaml.scalarStyle) against \(quick.scalarStyle)"
          }
          guard libyaml.scalarBytes.elementsEqual(quick.scalarBytes) else {
            let (reference, scanned) = (libyaml.scalarBytes, quick.scalarBytes)
            return "event \(index): value '\(String(decoding: reference, as: UTF8.self))' against "
              + "'\(String(decoding: scanned, as: UTF8.self))'"
          }
          if let difference = same("start", libyaml.position(libyaml.start), quick.position(quick.start)) {
            return difference
          }
          if let difference = same("end", libyaml.position(libyaml.end), quick.position(quick.end)) {
            return difference
          }
        case .mappingStart, .sequenceStart:
          guard !libyaml.isDecorated else { return "event \(index): an anchor or tag the scanner missed" }
          guard libyaml.isFlow == quick.isFlow else {
            return "event \(index): flow \(libyaml.isFlow) against \(quick.isFlow)"
          }
          flows.append(libyaml.isFlow)
          if let difference = same("start", libyaml.position(libyaml.start), quick.position(quick.start)) {
            return difference
          }
        case .mappingEnd, .sequenceEnd:
          if flows.popLast() == true,
            let difference = same("end", libyaml.position(libyaml.end), quick.position(quick.end))
          {
            return difference
          }
        case .streamEnd:
          return quick.next() == nil ? nil : "the scanner has events after the stream's end"
        default:
          break
        }
        index += 1
      }
    }
  }
}
