// Localized texts of the tables, ready to write: Vietnamese precomposed or decomposed (NFD).

/// Scalar value -> decomposed UTF-8 bytes, built once from the table.
let decompositions: [UInt32: [UInt8]] = {
  var map: [UInt32: [UInt8]] = [:]
  for (composed, decomposed) in decompositionTable {
    let scalars = Array(composed.unicodeScalars)
    precondition(scalars.count == 1, "table key \(composed) is not one scalar")
    map[scalars[0].value] = Array(decomposed.utf8)
  }
  return map
}()

/// The UTF-8 bytes of `text`, precomposed as written, or decomposed through the table.
func utf8(_ text: String, decomposed: Bool) -> [UInt8] {
  if !decomposed { return Array(text.utf8) }
  var bytes: [UInt8] = []
  bytes.reserveCapacity(text.utf8.count + 16)
  for scalar in text.unicodeScalars {
    if let replacement = decompositions[scalar.value] {
      bytes.append(contentsOf: replacement)
    } else {
      bytes.append(contentsOf: String(scalar).utf8)
    }
  }
  return bytes
}

/// A localized text, with its Vietnamese precomposed and decomposed, ready to write.
struct Text: Sendable {
  let vi: [UInt8]
  let viDecomposed: [UInt8]
  let en: [UInt8]

  init(_ vi: String, _ en: String) {
    for text in [vi, en] {
      precondition(!text.contains("\"") && !text.contains("\\"), "pool text needs no escaping: \(text)")
    }
    self.vi = utf8(vi, decomposed: false)
    self.viDecomposed = utf8(vi, decomposed: true)
    self.en = Array(en.utf8)
  }
}
