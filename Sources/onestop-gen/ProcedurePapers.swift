// The papers section of a procedure: its requirements, its cases' requirements, its results.

/// A requirement as it will be written.
struct Requirement {
  var id: String
  var papers: [Int]  // one: `paper:`; more: `any_of:`
  var copies: (original: Int, certified: Int, copy: Int) = (1, 0, 0)
  var presented = false
  var formNumber: Int? = nil
  var note: Int? = nil
  var noteInEnglish = true
  var waiver: Int? = nil
  var waiverUntil: String? = nil
  var misspeltPaper = false
}

/// A case of the procedure: a template of caseTemplates, with its requirements.
struct GeneratedCase {
  let template: Int
  let requirements: [Requirement]
}

struct Channel {
  let kind: StaticString
  let online: Bool
}

extension ProcedureWriter {
  /// `base`, or `base-2`, `base-3`... when the procedure already has that requirement id.
  mutating func unique(_ base: String) -> String {
    var candidate = base
    var suffix = 2
    while usedIDs.contains(candidate) {
      candidate = base + "-" + String(suffix)
      suffix += 1
    }
    usedIDs.append(candidate)
    return candidate
  }

  func providedByListedSource(_ papers: [Int]) -> Bool {
    papers.contains { paper in providers[paper].contains { listed.contains($0) } }
  }

  /// Copies, presented, a note, and a waiver for a paper a listed database provides.
  mutating func decorate(_ requirement: inout Requirement) {
    switch random.below(10) {
    case 0...3: requirement.copies = (1, 0, 0)
    case 4, 5: requirement.copies = (0, 0, 1)
    case 6, 7: requirement.copies = (0, 1, 0)
    case 8: requirement.copies = (1, 0, 1)
    default: requirement.copies = (0, 0, 0)
    }
    requirement.presented = random.chance(0.08)
    if random.chance(0.15) {
      requirement.note = random.below(4)
      requirement.noteInEnglish = !random.chance(0.04)
    }
    if providedByListedSource(requirement.papers) && random.chance(0.12) {
      requirement.waiver = random.below(waiverReasons.count)
      requirement.waiverUntil = random.chance(0.7) ? random.pick(["2027-06-30", "2027-12-31", "2028-12-31"]) : nil
    }
  }

  /// The application form, the requester's identity, then the field's documents and results;
  /// with the mistake of an unknown paper or a duplicate id, if the procedure gets one.
  mutating func makeRequirements() -> [Requirement] {
    let total = random.range(2, 10)
    var requirements: [Requirement] = []
    if random.chance(0.92) {
      let form = random.pick(papersOfField.forms)
      var application = Requirement(
        id: unique("application"), papers: random.chance(0.3) ? [form, paper("e-form")] : [form])
      if random.chance(0.35) { application.formNumber = random.range(1, 30) }
      if application.papers.count > 1 && random.chance(0.3) { application.note = 4 }
      requirements.append(application)
    }
    if requirements.count < total && random.chance(0.55) {
      let alternatives = identityAlternatives.map(paper)
      var identity = Requirement(
        id: unique("requester-identity"), papers: random.chance(0.7) ? alternatives : Array(alternatives.prefix(2)))
      identity.presented = random.chance(0.6)
      requirements.append(identity)
    }
    var pool = papersOfField.documents + papersOfField.results.filter { !papersOfField.documents.contains($0) }
    while requirements.count < total && !pool.isEmpty {
      let first = pool.remove(at: random.below(pool.count))
      var requirement: Requirement
      if pool.count > 0 && random.chance(0.12) {
        let second = pool.remove(at: random.below(pool.count))
        requirement = Requirement(id: unique("evidence"), papers: [first, second])
      } else {
        requirement = Requirement(id: unique(paperTypes[first].id), papers: [first])
      }
      decorate(&requirement)
      requirements.append(requirement)
    }
    if mistake == .unknownPaper {
      let target =
        requirements.indices.first { requirements[$0].papers.count == 1 && requirements[$0].id != "application" } ?? 0
      requirements[target].misspeltPaper = true
    }
    if mistake == .duplicateRequirementID {
      requirements[requirements.count - 1].id = requirements[0].id
    }
    return requirements
  }

  /// Cases, their requirement ids unique with the others.
  mutating func makeCases() -> [GeneratedCase] {
    var cases: [GeneratedCase] = []
    if random.chance(0.35) {
      let count = random.chance(0.7) ? 1 : 2
      var templates = Array(0..<caseTemplates.count)
      for _ in 0..<count {
        let template = templates.remove(at: random.below(templates.count))
        var added: [Requirement] = []
        for id in caseTemplates[template].papers {
          var requirement = Requirement(id: unique(id), papers: [paper(id)])
          decorate(&requirement)
          added.append(requirement)
        }
        cases.append(GeneratedCase(template: template, requirements: added))
      }
    }
    return cases
  }

  func writePapers(_ requirements: [Requirement], cases: [GeneratedCase], into out: inout Output) {
    out.raw("papers:\n")
    for requirement in requirements { write(requirement, indent: 2, into: &out) }
    if !cases.isEmpty {
      out.raw("cases:\n")
      for generated in cases {
        let template = caseTemplates[generated.template]
        out.raw("  - id: ")
        out.raw(Array(template.id.utf8))
        out.raw("\n    when: ")
        out.localized(template.when, decomposed: decomposed)
        if generated.requirements.isEmpty {
          out.raw("\n    papers: []\n")
        } else {
          out.raw("\n    papers:\n")
          for requirement in generated.requirements { write(requirement, indent: 6, into: &out) }
        }
      }
    }
  }

  /// Results: the field's papers, some digitized; sometimes an update of a database.
  mutating func writeResults(into out: inout Output) {
    var resultPool = papersOfField.results
    let resultCount = min(resultPool.count, random.chance(0.75) ? 1 : 2)
    out.raw("results:\n")
    for _ in 0..<resultCount {
      let result = resultPool.remove(at: random.below(resultPool.count))
      let digitized = random.chance(0.6)
      if flowStyle {
        out.raw("  - {paper: ")
        out.raw(paperIDs[result])
        out.raw(digitized ? ", digitized: true}\n" : "}\n")
      } else {
        out.raw("  - paper: ")
        out.raw(paperIDs[result])
        out.raw(digitized ? "\n    digitized: true\n" : "\n")
      }
    }
    let databases = papersOfField.sources.filter { !sources[$0].results }
    if !databases.isEmpty && random.chance(0.15) {
      out.raw("  - updates: ")
      out.raw(sourceIDs[random.pick(databases)])
      out.raw("\n")
    }
  }
}
