/// Generates one procedure file. Each procedure draws from its own stream (seed, index), and the
/// sections below draw from it in the order of the file, header first, results last: changing
/// that order, or a draw's place, changes every catalog the generator writes.
struct ProcedureWriter {
  var random: SplitMix64
  /// The Vietnamese texts in decomposed form (NFD), as a quarter of the national portal's records.
  let decomposed: Bool
  /// Requirements and results as flow mappings: `- {id: ..., paper: ...}`.
  let flowStyle: Bool
  let mistake: Mistake?
  let fieldPosition: Int
  /// The shared databases the procedure lists under data_sources, by position.
  var listed = Set<Int>()
  /// The requirement ids given so far, the cases' included.
  var usedIDs: [String] = []

  var field: Field { fields[fieldPosition] }
  var papersOfField: FieldPapers { fieldPapers[fieldPosition] }

  init(index: Int, seed: UInt64, mistake: Mistake?) {
    var random = SplitMix64(seed: mix(seed) ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
    decomposed = random.chance(0.25)
    flowStyle = random.chance(0.35)
    fieldPosition = random.below(fields.count)
    self.random = random
    self.mistake = mistake
  }

  /// Generates procedure `index` into `out`; returns the position of its field and its code.
  static func write(
    into out: inout Output, index: Int, seed: UInt64, mistake: Mistake?
  ) -> (field: Int, code: String) {
    var writer = ProcedureWriter(index: index, seed: seed, mistake: mistake)
    let code = codeBytes(index: index, seed: seed)
    writer.writeHeader(code: code, into: &out)
    writer.writeLevelsAndAgency(into: &out)
    writer.writeSubjectsAndBoundary(into: &out)
    writer.writeDataSources(into: &out)
    writer.writeChannels(into: &out)
    writer.writeLegalBasis(into: &out)
    let requirements = writer.makeRequirements()
    let cases = writer.makeCases()
    writer.writePapers(requirements, cases: cases, into: &out)
    writer.writeResults(into: &out)
    return (writer.fieldPosition, String(decoding: code, as: UTF8.self))
  }

  /// The code: a bijection of the index onto 6 digits, offset by the seed; prefixes 1., 2., 3.
  static func codeBytes(index: Int, seed: UInt64) -> [UInt8] {
    let block = index / 1_000_000
    let number = ((index % 1_000_000) * 104_729 + Int(mix(seed ^ 0xC0DE) % 1_000_000)) % 1_000_000
    var codeBytes: [UInt8] = [0x31 + UInt8(block), 0x2E]
    for shift in [100_000, 10_000, 1_000, 100, 10, 1] { codeBytes.append(0x30 + UInt8((number / shift) % 10)) }
    return codeBytes
  }

  /// code, name, decision, field.
  mutating func writeHeader(code: [UInt8], into out: inout Output) {
    out.raw("code: ")
    out.quoted(code)
    out.raw("\n")

    // Name: the field's title, sometimes with a qualifier.
    let title = random.pick(field.titles)
    let qualifier = random.chance(0.35) ? random.pick(qualifiers) : nil
    out.raw("name: {vi: \"")
    out.raw(decomposed ? title.viDecomposed : title.vi)
    if let qualifier {
      out.raw(" ")
      out.raw(decomposed ? qualifier.viDecomposed : qualifier.vi)
    }
    out.raw("\", en: \"")
    out.raw(title.en)
    if let qualifier {
      out.raw(" ")
      out.raw(qualifier.en)
    }
    out.raw("\"}\n")

    if random.chance(0.85) {
      out.raw("decision: {ref: \"")
      out.number(random.range(100, 4999))
      out.raw("/QĐ-")
      out.raw(Array(field.authority.utf8))
      out.raw("\"")
      if random.chance(0.7) {
        out.raw(", date: ")
        out.date(random.range(2015, 2025), random.range(1, 12), random.range(1, 28))
      }
      out.raw("}\n")
    }

    out.raw("field: ")
    out.raw(Array(field.id.utf8))
    out.raw("\n")
  }

  /// Levels: 1 to 3 of central, provincial, commune, other, in levels.yaml order; then the agency
  /// of the first.
  mutating func writeLevelsAndAgency(into out: inout Output) {
    let levelCount = random.chance(0.55) ? 1 : random.chance(0.78) ? 2 : 3
    let candidates = [(0, 2), (1, 3), (3, 4), (4, 1)]  // (position in levelOrder, weight)
    var chosen = Set<Int>()
    while chosen.count < levelCount {
      var draw = random.below(10)
      for (position, weight) in candidates {
        if draw < weight {
          chosen.insert(position)
          break
        }
        draw -= weight
      }
    }
    if mistake == .districtLevel { chosen.insert(2) }
    let levels = (0..<levelOrder.count).filter { chosen.contains($0) }
    out.raw("levels: ")
    out.idList(levels.map { Array(levelOrder[$0].utf8) })
    out.raw("\n")

    if random.chance(0.9) || mistake == .misspeltKey {
      let first = levels.first { $0 != 2 } ?? 3
      let pool = agencies[first == 0 ? 0 : first == 1 ? 1 : first == 3 ? 2 : 3]
      out.raw(mistake == .misspeltKey ? "agnecy: " : "agency: ")
      out.localized(random.pick(pool), decomposed: decomposed)
      out.raw("\n")
    }
  }

  mutating func writeSubjectsAndBoundary(into out: inout Output) {
    if random.chance(0.8) {
      let count = random.range(1, 3)
      var picked = Set<Int>()
      while picked.count < count { picked.insert(random.below(subjects.count)) }
      out.raw("subjects: ")
      out.idList((0..<subjects.count).filter { picked.contains($0) }.map { Array(subjects[$0].0.utf8) })
      out.raw("\n")
    }

    let boundary = random.below(10)
    if boundary < 3 {
      out.raw("boundary_free: true\n")
    } else if boundary == 3 {
      out.raw("boundary_free: false\n")
    }
  }

  /// Shared databases: the field's, the population database, the results warehouse.
  mutating func writeDataSources(into out: inout Output) {
    for source in papersOfField.sources where random.chance(0.75) { listed.insert(source) }
    if random.chance(0.5) { listed.insert(populationSource) }
    if random.chance(0.35) { listed.insert(resultsWarehouse) }
    let dataSources = (0..<sources.count).filter { listed.contains($0) }
    if !dataSources.isEmpty || random.chance(0.1) {
      out.raw("data_sources: ")
      out.idList(dataSources.map { sourceIDs[$0] })
      out.raw("\n")
    }
  }

  /// Channels: one per kind; the online one with its level.
  mutating func writeChannels(into out: inout Output) {
    var channels: [Channel] = []
    let online = random.chance(0.7)
    let postal = random.chance(0.45)
    let inPerson = random.chance(0.9) || (!online && !postal)
    let inPersonFirst = random.chance(0.4)
    if inPerson && inPersonFirst { channels.append(Channel(kind: "in-person", online: false)) }
    if online { channels.append(Channel(kind: "online", online: true)) }
    if postal { channels.append(Channel(kind: "postal", online: false)) }
    if inPerson && !inPersonFirst { channels.append(Channel(kind: "in-person", online: false)) }
    let baseDays = random.pick(workingDays)
    let baseFee = random.pick(feeAmounts)
    out.raw("channels:\n")
    for channel in channels {
      out.raw("  - kind: ")
      out.raw(channel.kind)
      out.raw("\n")
      if channel.online {
        out.raw(random.chance(0.45) ? "    online_level: full\n" : "    online_level: partial\n")
      }
      if random.chance(0.92) { writeProcessingTime(channel, baseDays: baseDays, into: &out) }
      if random.chance(0.9) { writeFee(channel, baseFee: baseFee, into: &out) }
    }
  }

  mutating func writeProcessingTime(_ channel: Channel, baseDays: Int, into out: inout Output) {
    out.raw("    processing_time: ")
    let form = random.below(100)
    if form < 85 {
      out.raw("{working_days: ")
      out.number(channel.online && baseDays > 1 && random.chance(0.3) ? baseDays - 1 : baseDays)
      out.raw("}")
    } else if form < 92 {
      out.raw("{hours: ")
      out.number(random.pick([4, 8, 24, 48]))
      out.raw("}")
    } else {
      out.raw("{text: ")
      out.localized(random.pick(timeTexts), decomposed: decomposed)
      out.raw("}")
    }
    out.raw("\n")
  }

  mutating func writeFee(_ channel: Channel, baseFee: Int, into out: inout Output) {
    out.raw("    fee: ")
    if random.chance(0.85) {
      out.raw("{amount: ")
      out.number(channel.online && random.chance(0.3) ? baseFee / 2 : baseFee)
      out.raw(", currency: VND")
      if random.chance(0.1) {
        out.raw(", text: ")
        out.localized(random.pick(feeTexts), decomposed: decomposed)
      }
      out.raw("}")
    } else {
      out.raw("{text: ")
      out.localized(random.pick(feeTexts), decomposed: decomposed)
      out.raw("}")
    }
    out.raw("\n")
  }

  /// Legal basis: the field's laws, then general ones.
  mutating func writeLegalBasis(into out: inout Output) {
    var lawPool = field.laws
    for law in generalLaws where random.chance(0.3) { lawPool.append(law) }
    let lawCount = min(lawPool.count, random.range(1, 4))
    out.raw("legal_basis:\n")
    for position in 0..<lawCount {
      let law = laws[lawPool[position]]
      out.raw("  - {ref: ")
      out.quoted(Array(law.ref.utf8))
      out.raw(", title: ")
      out.localized(law.title, decomposed: decomposed)
      if position == 0 && mistake == .numberForText {
        out.raw(", article: ")
        out.number(random.range(1, 80))
      } else if random.chance(0.35) {
        out.raw(", article: \"")
        out.number(random.range(1, 80))
        out.raw("\"")
      }
      if let date = law.date, random.chance(0.5) {
        out.raw(", date: ")
        out.raw(Array(date.utf8))
      }
      out.raw("}\n")
    }
  }
}
