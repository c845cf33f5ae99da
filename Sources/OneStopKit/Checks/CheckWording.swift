/// What the checks' Vietnamese messages share: days as 31/12/2021, ids of rules/ beside their
/// Vietnamese names, levels and channel kinds as running text names them. English messages keep
/// ids and ISO days as they are, so nothing here is called on their side of `say`.
extension Day {
  /// 31/12/2021: the day as Vietnamese text writes it.
  var vietnamese: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(10)
    appendVietnamese(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `31/12/2021`, for phrases built as bytes.
  func appendVietnamese(to bytes: inout [UInt8]) {
    let zero = UInt8(ascii: "0")
    bytes.append(zero + UInt8(day / 10 % 10))
    bytes.append(zero + UInt8(day % 10))
    bytes.append(UInt8(ascii: "/"))
    bytes.append(zero + UInt8(month / 10 % 10))
    bytes.append(zero + UInt8(month % 10))
    bytes.append(UInt8(ascii: "/"))
    // Four digits written in place: a day is in every message about a connection, and a String
    // for the year cost more than the rest of the day.
    let year = min(year, 9999)
    bytes.append(zero + UInt8(year / 1000))
    bytes.append(zero + UInt8(year / 100 % 10))
    bytes.append(zero + UInt8(year / 10 % 10))
    bytes.append(zero + UInt8(year % 10))
  }
}

extension Catalog {
  /// `'citizen-id' (Thẻ căn cước)`: an id of rules/ quoted, with its Vietnamese name when the
  /// rules give one; `'citizen-id'` alone otherwise.
  func viQuoted(_ id: String, _ kind: CatalogVocabulary.Kind) -> String {
    var bytes: [UInt8] = []
    appendViQuoted(id, kind, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  func appendViQuoted(_ id: String, _ kind: CatalogVocabulary.Kind, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "'"))
    bytes += id.utf8
    bytes.append(UInt8(ascii: "'"))
    if let name = name(of: id, in: kind, .vi), !name.isEmpty {
      bytes += " (".utf8
      bytes += name.utf8
      bytes.append(UInt8(ascii: ")"))
    }
  }

  /// `cấp xã`: a level as a Vietnamese sentence names it, its name from rules/levels.yaml with a
  /// lowercase first letter (`Cấp xã`, `Cơ quan khác`; an acronym such as `UBND` stays as it is);
  /// the quoted id when the rules give no name.
  func viLevel(_ id: String) -> String {
    var bytes: [UInt8] = []
    appendViLevel(id, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  func appendViLevel(_ id: String, to bytes: inout [UInt8]) {
    guard let name = name(of: id, in: .level, .vi), !name.isEmpty else {
      bytes.append(UInt8(ascii: "'"))
      bytes += id.utf8
      bytes.append(UInt8(ascii: "'"))
      return
    }
    let utf8 = name.utf8
    let first = utf8[utf8.startIndex]
    let second = utf8.dropFirst().first
    let isAcronym = second.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } ?? true
    if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") && !isAcronym {
      // The usual case, `Cấp ...`: the name as it is, then its first byte lowered.
      let start = bytes.count
      bytes += utf8
      bytes[start] += 32
    } else if first >= 0x80, let head = name.first, head.isUppercase,
      !name.dropFirst().prefix(1).contains(where: \.isUppercase)
    {
      bytes += head.lowercased().utf8
      bytes += name.dropFirst().utf8
    } else {
      bytes += utf8
    }
  }

  /// Levels of rules/levels.yaml as running Vietnamese text: `cấp tỉnh, cấp xã`.
  func viLevels(_ ids: some Sequence<String>) -> String {
    var bytes: [UInt8] = []
    for (position, id) in ids.enumerated() {
      if position > 0 { bytes += ", ".utf8 }
      appendViLevel(id, to: &bytes)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension ChannelKind {
  /// `trực tiếp`, `trực tuyến`, `qua dịch vụ bưu chính`: the kind as a Vietnamese sentence names it.
  var vietnamese: String {
    switch self {
    case .inPerson: "trực tiếp"
    case .online: "trực tuyến"
    case .postal: "qua dịch vụ bưu chính"
    }
  }
}
