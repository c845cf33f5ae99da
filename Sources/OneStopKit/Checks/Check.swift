import Foundation

/// Where in the pipeline a diagnostic comes from. Load and decode problems are always errors;
/// the policy can change the severity of the others.
public enum CheckStage: String, Sendable, Codable {
  case files
  case load
  case decode
  case rule
  case elimination
}

/// An example file set for a check: files that override the example base catalog, with `↓`
/// marking each place a finding must start. `⟪FF⟫` writes a raw byte, for encoding examples.
public struct Example: Sendable {
  public var files: [(path: String, text: String)]
  public var asOf: String?
  public var limits: LoadLimits?

  /// A procedure file at `catalog/1.000001.yaml` (or `path`).
  public init(_ text: String, path: String = "catalog/1.000001.yaml", asOf: String? = nil, limits: LoadLimits? = nil) {
    self.files = [(path, text)]
    self.asOf = asOf
    self.limits = limits
  }

  public init(files: [(path: String, text: String)], asOf: String? = nil, limits: LoadLimits? = nil) {
    self.files = files
    self.asOf = asOf
    self.limits = limits
  }
}

/// Everything users see about a check: `onestop explain`, docs/checks.md and the example tests.
public struct CheckDescription: Sendable {
  public var id: String
  public var severity: Severity
  public var stage: CheckStage
  /// One phrase: what the check finds.
  public var summaries: Localized
  /// Why it matters.
  public var rationales: Localized
  /// The examples, built when first asked for: a run of `check` reads every description's id
  /// and severity, and building the examples' texts cost it more than a tenth of its time.
  private let examples: Examples

  /// Where the finding must land, marked with `↓`.
  public var triggering: [Example] { examples.value.triggering }
  /// Near misses that must give nothing.
  public var nonTriggering: [Example] { examples.value.nonTriggering }

  public init(
    id: String, severity: Severity = .error, stage: CheckStage, summary: Localized, rationale: Localized,
    triggering: @autoclosure @escaping @Sendable () -> [Example],
    nonTriggering: @autoclosure @escaping @Sendable () -> [Example]
  ) {
    self.id = id
    self.severity = severity
    self.stage = stage
    self.summaries = summary
    self.rationales = rationale
    self.examples = Examples { (triggering(), nonTriggering()) }
  }

  public var summary: String { summaries.en }
  public var rationale: String { rationales.en }
  public func summary(_ language: Language) -> String { summaries.text(language) }
  public func rationale(_ language: Language) -> String { rationales.text(language) }

  /// Whether policy.yaml may change its severity.
  public var isConfigurable: Bool {
    stage == .rule || stage == .elimination
  }
}

/// A rule over the resolved catalog. Checks that look at one procedure at a time run in parallel.
public protocol Check: Sendable {
  static var description: CheckDescription { get }
}

public protocol ProcedureCheck: Check {
  init()
  func check(_ procedure: Procedure, in catalog: Catalog, into findings: inout Findings)
}

public protocol CatalogCheck: Check {
  init()
  func check(_ catalog: Catalog, into findings: inout Findings)
}

/// Collects a check's findings; the severity comes from the check's description and is adjusted
/// for the policy later, in one place.
public struct Findings: Sendable {
  public private(set) var diagnostics: [Diagnostic] = []
  /// The language of the run's messages (`--lang`, `ONESTOP_LANG`, the policy's first language).
  public let language: Language

  public init(language: Language = .en) {
    self.language = language
  }

  /// The text in the run's language; only that one is built. Every message, note and help line
  /// of a check is written through this, in both languages side by side.
  @inline(__always)
  public func say(vi: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
    language == .vi ? vi() : en()
  }

  public mutating func report<C: Check>(
    _ check: C.Type, _ message: String, file: String, at range: SourceRange, notes: [DiagnosticNote] = [],
    help: String? = nil
  ) {
    let description = C.description
    diagnostics.append(
      Diagnostic(
        id: description.id, severity: description.severity, message: message,
        location: SourceLocation(file: file, range: range), notes: notes, help: help))
  }

  mutating func append(contentsOf other: [Diagnostic]) {
    diagnostics.append(contentsOf: other)
  }
}

/// A check's examples, made once, the first time they are asked for, on whichever thread asks.
private final class Examples: @unchecked Sendable {
  private let make: @Sendable () -> (triggering: [Example], nonTriggering: [Example])
  private var made: (triggering: [Example], nonTriggering: [Example])?
  private let lock = NSLock()

  init(_ make: @escaping @Sendable () -> (triggering: [Example], nonTriggering: [Example])) {
    self.make = make
  }

  var value: (triggering: [Example], nonTriggering: [Example]) {
    lock.lock()
    defer { lock.unlock() }
    if let made { return made }
    let value = make()
    made = value
    return value
  }
}
