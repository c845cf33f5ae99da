// The tables as positions, built once; a mistake in the tables stops the generator here.

let paperIndex: [String: Int] = {
  var index: [String: Int] = [:]
  for (position, paper) in paperTypes.enumerated() {
    precondition(index[paper.id] == nil, "paper type \(paper.id) twice")
    index[paper.id] = position
  }
  return index
}()

/// Paper position -> positions of the database sources that provide it.
let providers: [[Int]] = {
  var result = Array(repeating: [Int](), count: paperTypes.count)
  for (position, source) in sources.enumerated() {
    for paper in source.provides {
      guard let index = paperIndex[paper] else { preconditionFailure("source \(source.id) provides unknown \(paper)") }
      precondition(paperTypes[index].kind == .document, "source \(source.id) provides the form \(paper)")
      result[index].append(position)
    }
  }
  return result
}()

let sourceIndex: [String: Int] = {
  var index: [String: Int] = [:]
  for (position, source) in sources.enumerated() { index[source.id] = position }
  return index
}()

func paper(_ id: String) -> Int {
  guard let index = paperIndex[id] else { preconditionFailure("unknown paper type \(id) in the generator's tables") }
  precondition(paperTypes[index].until == nil, "the generator must never require the abolished \(id)")
  return index
}

/// A field's tables as paper positions.
struct FieldPapers {
  let forms: [Int]
  let documents: [Int]  // the field's own, then the general ones, without repeats
  let results: [Int]
  let sources: [Int]
}

let fieldPapers: [FieldPapers] = fields.map { field in
  var documents: [Int] = []
  for id in field.documents + generalDocuments where !documents.contains(paper(id)) { documents.append(paper(id)) }
  return FieldPapers(
    forms: field.forms.map(paper), documents: documents, results: field.results.map(paper),
    sources: field.sources.map { id in
      guard let index = sourceIndex[id] else { preconditionFailure("unknown source \(id)") }
      return index
    })
}

let paperIDs: [[UInt8]] = paperTypes.map { Array($0.id.utf8) }
let sourceIDs: [[UInt8]] = sources.map { Array($0.id.utf8) }
let resultsWarehouse = sources.firstIndex { $0.results }!
let populationSource = sourceIndex["population"]!
