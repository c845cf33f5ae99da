/// The mistakes --error-rate injects, one per chosen procedure, in rotation.
enum Mistake: Int, CaseIterable {
  case unknownPaper, misspeltKey, districtLevel, duplicateRequirementID, numberForText

  var label: String {
    switch self {
    case .unknownPaper: "unknown paper id (unknown-reference)"
    case .misspeltKey: "misspelt key 'agnecy' (unknown-key)"
    case .districtLevel: "retired district level (level-retired)"
    case .duplicateRequirementID: "duplicate requirement id (duplicate-requirement-id)"
    case .numberForText: "number where text is expected (wrong-type)"
    }
  }
}

/// A paper id with one interior letter dropped: "birth-certificate" -> "birth-certficate".
func misspelt(_ id: [UInt8]) -> [UInt8] {
  var position = id.count / 2
  while id[position] == 0x2D
    || (position > 0 && id[position - 1] == 0x2D && position + 1 < id.count && id[position + 1] == 0x2D)
  {
    position += 1
  }
  var result = id
  result.remove(at: position)
  return result
}
