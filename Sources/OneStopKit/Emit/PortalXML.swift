/// portal/CODE.xml and portal/catalog.xml, in the namespace urn:onestop:portal:1 (see
/// schema/portal-v1.xsd). Written through libxml2's xmlTextWriter; every document is validated
/// against the XSD before it is written out.
struct PortalXMLEmitter {
  static let namespace = "urn:onestop:portal:1"
  let catalog: Catalog

  private func texts(_ writer: XMLDocumentWriter, _ element: String, _ text: LocalizedText?) {
    for entry in text?.entries ?? [] { writer.element(element, [("lang", entry.language)], text: entry.text) }
  }

  private func named(_ writer: XMLDocumentWriter, _ element: String, _ id: String, _ name: LocalizedText?) {
    writer.start(element)
    writer.attribute("id", id)
    texts(writer, "Name", name)
    writer.end()
  }

  private func evidenceType(_ writer: XMLDocumentWriter, _ id: String) {
    let paper = catalog.papers[id]
    writer.start("EvidenceType")
    writer.attribute("id", id)
    writer.attribute("kind", (paper?.kind ?? .document).rawValue)
    if let code = paper?.resultCode { writer.attribute("resultCode", code) }
    texts(writer, "Name", paper?.name)
    writer.end()
  }

  func document(for procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult) -> [UInt8]? {
    let writer = XMLDocumentWriter()
    writer.start("PublicService")
    writer.attribute("xmlns", Self.namespace)
    writer.attribute("code", procedure.code.value)
    writer.attribute("asOf", catalog.asOf.description)
    if let boundaryFree = procedure.boundaryFree { writer.attribute("boundaryFree", boundaryFree ? "true" : "false") }
    texts(writer, "Name", procedure.name)
    if let decision = procedure.decision {
      var attributes = [("ref", decision.ref.value)]
      if let date = decision.date { attributes.append(("date", date.value.description)) }
      writer.element("Decision", attributes)
    }
    if let field = procedure.field { named(writer, "Sector", field.value, catalog.fields[field.value]?.name) }
    for level in result.levels { named(writer, "Level", level, catalog.levels[level]?.name) }
    if let agency = procedure.agency {
      writer.start("CompetentAuthority")
      texts(writer, "Name", agency)
      writer.end()
    }
    for subject in procedure.subjects { named(writer, "Subject", subject.value, catalog.subjects[subject.value]?.name) }
    for source in procedure.dataSources {
      named(writer, "DataSource", source.value, catalog.sources[source.value]?.name)
    }
    for channel in procedure.channels {
      writer.start("Channel")
      writer.attribute("type", channel.kind.value.rawValue)
      if let level = channel.onlineLevel { writer.attribute("onlineLevel", level.value.rawValue) }
      if let time = channel.processingTime {
        writer.start("ProcessingTime")
        switch time {
        case .workingDays(let number): writer.attribute("workingDays", number.text)
        case .hours(let number): writer.attribute("hours", number.text)
        case .text(let text): texts(writer, "Description", text)
        }
        writer.end()
      }
      if let fee = channel.fee {
        writer.start("Cost")
        if let amount = fee.amount { writer.element("Value", text: amount.text) }
        if let currency = fee.currency, fee.amount != nil { writer.element("Currency", text: currency) }
        texts(writer, "Description", fee.text)
        writer.end()
      }
      writer.end()
    }
    for reference in procedure.legalBasis {
      writer.start("LegalResource")
      writer.attribute("ref", reference.ref.value)
      if let article = reference.article { writer.attribute("article", article) }
      if let date = reference.date { writer.attribute("date", date.description) }
      texts(writer, "Title", reference.title)
      writer.end()
    }
    for procedureCase in procedure.cases {
      writer.start("Case")
      writer.attribute("id", procedureCase.id.value)
      texts(writer, "Condition", procedureCase.when)
      writer.end()
    }
    for ((requirement, caseID), analysis) in zip(procedure.allRequirements, result.requirements) {
      writer.start("Requirement")
      writer.attribute("id", requirement.id.value)
      if let caseID { writer.attribute("case", caseID) }
      writer.attribute("presented", requirement.presented ? "true" : "false")
      writer.attribute("status", analysis.status.rawValue)
      writer.start("Evidence")
      writer.attribute("choice", requirement.isAnyOf ? "any-of" : "one")
      for paper in requirement.alternatives { evidenceType(writer, paper.value) }
      writer.end()
      if let copies = requirement.copies {
        var attributes: [(String, String)] = []
        if let count = copies.original { attributes.append(("original", String(count))) }
        if let count = copies.certifiedCopy { attributes.append(("certifiedCopy", String(count))) }
        if let count = copies.copy { attributes.append(("copy", String(count))) }
        writer.element("Copies", attributes)
      }
      if let form = requirement.form {
        writer.start("Form")
        writer.attribute("code", form.code)
        texts(writer, "Name", form.name)
        writer.end()
      }
      texts(writer, "Note", requirement.note)
      if let waiver = requirement.keep {
        writer.start("Waiver")
        if let until = waiver.until { writer.attribute("until", until.value.description) }
        texts(writer, "Reason", waiver.reason)
        writer.element("LegalBasis", text: waiver.legalBasis?.value ?? "")
        writer.end()
      }
      for level in analysis.levels {
        writer.start("Elimination")
        writer.attribute("level", level.level)
        writer.attribute("status", level.status.rawValue)
        for provision in level.provisions {
          writer.element(
            "ProvidedBy",
            [("source", provision.source), ("paper", provision.paper), ("since", provision.since.description)])
        }
        writer.end()
      }
      writer.end()
    }
    for output in procedure.results {
      writer.start("Output")
      switch output {
      case .paper(let paper, let digitized):
        writer.attribute("digitized", digitized ? "true" : "false")
        evidenceType(writer, paper.value)
      case .update(let source):
        writer.attribute("updates", source.value)
      }
      writer.end()
    }
    writer.end()
    return writer.finish()
  }

  /// portal/catalog.xml handed to `output` in chunks as it is written: at 100,000 procedures the
  /// index is 25 MB, which a build should not hold (nor copy) whole. False when writing failed.
  func streamCatalogDocument(to output: @escaping (UnsafeRawBufferPointer) -> Bool) -> Bool {
    let writer = XMLDocumentWriter(streamingTo: output)
    writeCatalog(writer)
    return writer.finish() != nil
  }

  private func writeCatalog(_ writer: XMLDocumentWriter) {
    writer.start("Catalog")
    writer.attribute("xmlns", Self.namespace)
    writer.attribute("asOf", catalog.asOf.description)
    writer.attribute("formatVersion", String(FormatSchema.version))
    for procedure in catalog.procedures {
      writer.start("PublicServiceRef")
      writer.attribute("code", procedure.code.value)
      writer.attribute("href", OutputPaths.portal(procedure.code.value).dropFirst("portal/".count).description)
      if let field = procedure.field { writer.attribute("sector", field.value) }
      texts(writer, "Name", procedure.name)
      writer.end()
    }
    for compilation in BundleCompilation.compileAll(catalog) { writeBundle(compilation, writer) }
    writer.end()
  }

  /// An interconnected group and its compiled dossier per level (docs/portal-xml.md, `Bundle`).
  private func writeBundle(_ compilation: BundleCompilation, _ writer: XMLDocumentWriter) {
    let bundle = compilation.bundle
    writer.start("Bundle")
    writer.attribute("id", bundle.id.value)
    if let published = bundle.published { writer.attribute("published", published.value) }
    texts(writer, "Name", bundle.name)
    for (index, step) in bundle.steps.enumerated() {
      writer.element("Step", [("order", String(index + 1)), ("code", step.code.value)])
    }
    if let form = bundle.form {
      var attributes = [("paper", form.paper.value)]
      if let template = form.form { attributes.append(("code", template.code)) }
      writer.element("Form", attributes)
    }
    let hasForm = bundle.form != nil
    for level in compilation.levels {
      writer.start("Dossier")
      writer.attribute("level", level.level)
      writer.attribute("oneByOne", String(level.aloneCommonPerStep.reduce(0, +)))
      writer.attribute("throughGroup", String(level.askedCount(hasForm: hasForm, commonOnly: true)))
      for paper in level.papers {
        writer.start("Paper")
        writer.attribute("step", String(paper.step + 1))
        writer.attribute("code", paper.code)
        writer.attribute("requirement", paper.requirement.id.value)
        if let caseID = paper.caseID { writer.attribute("case", caseID) }
        writer.attribute("status", paper.status.rawValue)
        if let producer = paper.producedBy { writer.attribute("producedByStep", String(producer.step + 1)) }
        if let into = paper.mergedInto { writer.attribute("mergedIntoStep", String(level.papers[into].step + 1)) }
        for type in paper.paperTypes { writer.element("PaperType", [("id", type)]) }
        writer.end()
      }
      writer.end()
    }
    writer.end()
  }
}

/// Where each output goes under the output folder.
enum OutputPaths {
  static func checklist(_ code: String, _ suffix: String) -> String { "checklists/\(fileName(code)).\(suffix)" }
  /// A page in `language`: `CODE.html` in the build's first language, `CODE.LANG.html` in the others.
  static func page(_ base: String, _ language: String, first: String) -> String {
    language == first ? "\(base).html" : "\(base).\(fileName(language)).html"
  }
  /// A procedure's checklist page in `language`: `checklists/CODE.html`, `checklists/CODE.en.html`.
  static func checklistPage(_ code: String, _ language: String, first: String) -> String {
    page("checklists/\(fileName(code))", language, first: first)
  }
  /// The portal site's index in `language`: `index.html`, `index.en.html`.
  static func index(_ language: String, first: String) -> String { page("index", language, first: first) }
  /// The scorecard in `language`: `report.html`, `report.en.html`.
  static func reportPage(_ language: String, first: String) -> String { page("report", language, first: first) }
  static func portal(_ code: String) -> String { "portal/\(fileName(code)).xml" }
  static let catalogJSON = "catalog.json"
  static let catalogXML = "portal/catalog.xml"
  static let schema = "portal/portal-v1.xsd"
  static let report = "report.md"
  /// An interconnected group's checklist: `checklists/bundles/ID.md`.
  static func bundleChecklist(_ id: String, _ suffix: String) -> String {
    "checklists/bundles/\(fileName(id)).\(suffix)"
  }
  static func bundleChecklistPage(_ id: String, _ language: String, first: String) -> String {
    page("checklists/bundles/\(fileName(id))", language, first: first)
  }

  /// A code as a file name: it already matches the code pattern, but a pattern is policy, so
  /// anything outside `[A-Za-z0-9._-]` is replaced to keep every output inside its folder.
  static func fileName(_ code: String) -> String {
    var name = String(
      code.unicodeScalars.map { scalar -> Character in
        scalar.isASCII && (CharacterSetASCII.isAlphanumeric(scalar) || scalar == "." || scalar == "-" || scalar == "_")
          ? Character(scalar) : "_"
      })
    if name.hasPrefix(".") { name = "_" + name.dropFirst() }
    return name.isEmpty ? "_" : name
  }
}

enum CharacterSetASCII {
  static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
  }
}
