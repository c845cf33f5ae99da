import OneStopCEL

/// The checks of `rules/checks.yaml`, compiled: each expression parsed and type-checked once,
/// then evaluated for every procedure (and every requirement, channel, result or legal reference,
/// as the check's scope says).
public struct CustomCheckSet: Sendable {
  /// A piece of a message: text as written, or a `{CEL}` part.
  enum MessagePart: Sendable {
    case text(String)
    case expression(CELProgram)
  }

  final class Compiled: Sendable {
    let definition: CustomCheckDefinition
    /// `when ? assert : true` (or `assert` alone): false is a finding.
    let judgement: CELProgram
    /// The message in each language the file gives, in policy language order.
    let messages: [(language: String, parts: [MessagePart])]
    let description: CheckDescription

    init(
      definition: CustomCheckDefinition, judgement: CELProgram, messages: [(language: String, parts: [MessagePart])],
      description: CheckDescription
    ) {
      self.definition = definition
      self.judgement = judgement
      self.messages = messages
      self.description = description
    }
  }

  var checks: [Compiled] = []
  /// `rules` and `as_of`, the same for every procedure of a run (`bound`).
  var globals: [(name: String, value: CELValue)] = []

  public init() {}

  /// The compiled checks' descriptions, in file order.
  public var descriptions: [CheckDescription] { checks.map(\.description) }
  public var ids: [String] { checks.map(\.definition.id.value) }

  /// The cost a check may spend on one procedure, all its evaluations together (the cost of
  /// one evaluation is bounded by `CustomCheckTypes.limits.costBudget`).
  static let procedureBudget = 1_000_000

  /// `rules` and `as_of` for a run over a catalog of `rules` judged at `asOf`.
  func bound(rules: Rules, asOf: Day) -> CustomCheckSet {
    guard !checks.isEmpty else { return self }
    var set = self
    set.globals = [("rules", CustomCheckValues.rules(rules)), ("as_of", .string(asOf.description))]
    return set
  }

  // MARK: Running

  /// Runs every check on one procedure.
  func check(_ procedure: Procedure, _ result: EliminationAnalysis.ProcedureResult, into findings: inout Findings) {
    guard !checks.isEmpty else { return }
    var variables = globals
    let object = CustomCheckValues.ProcedureObject(procedure: procedure, result: result)
    variables.append(("procedure", .object(object)))
    for check in checks {
      run(check, procedure, object, variables: &variables, into: &findings)
    }
  }

  private func run(
    _ check: Compiled, _ procedure: Procedure, _ object: CustomCheckValues.ProcedureObject,
    variables: inout [(name: String, value: CELValue)], into findings: inout Findings
  ) {
    var spent = 0
    func judge(_ item: (name: String, value: CELValue)?, at range: SourceRange) -> Bool {
      if let item { variables.append(item) }
      defer { if item != nil { variables.removeLast() } }
      switch evaluate(check.judgement, variables, spent: &spent) {
      case .success(.bool(true)): return true
      case .success:
        report(check, variables, procedure, at: range, into: &findings)
        return true
      case .failure(let error):
        fail(check, error, procedure, at: range, into: &findings)
        return false
      }
    }
    // A check that fails stops at its first failure on a procedure: one finding says it.
    switch check.definition.scope {
    case .procedure:
      _ = judge(nil, at: procedure.code.range)
    case .requirement:
      for item in object.requirementObjects {
        guard judge(("requirement", .object(item)), at: item.requirement.range) else { break }
      }
    case .channel:
      for item in object.channelObjects {
        guard judge(("channel", .object(item)), at: item.channel.range) else { break }
      }
    case .result:
      for item in object.resultObjects {
        let range: SourceRange
        switch item.result {
        case .paper(let paper, _): range = paper.range
        case .update(let source): range = source.range
        }
        guard judge(("result", .object(item)), at: range) else { break }
      }
    case .legalBasis:
      for item in object.legalBasisObjects {
        guard judge(("legal_basis", .object(item)), at: item.reference.range) else { break }
      }
    }
  }

  /// Evaluates within what is left of the procedure's budget.
  private func evaluate(_ program: CELProgram, _ variables: [(name: String, value: CELValue)], spent: inout Int)
    -> Result<CELValue, CELError>
  {
    let left = Self.procedureBudget - spent
    let budget = min(CustomCheckTypes.limits.costBudget, left)
    let outcome = program.evaluate(bindings: variables, budget: budget)
    // What one evaluation spent is not reported; count the budget it was given when it failed
    // on cost, and one unit otherwise, so that only runaway rules exhaust a procedure's budget.
    if case .failure(let error) = outcome, error.kind == .cost {
      spent += budget
      if budget < CustomCheckTypes.limits.costBudget {
        return .failure(CustomCheckWords.procedureBudgetSpent(error, budget: Self.procedureBudget))
      }
    } else {
      spent += 1
    }
    return outcome
  }

  private func report(
    _ check: Compiled, _ variables: [(name: String, value: CELValue)], _ procedure: Procedure, at range: SourceRange,
    into findings: inout Findings
  ) {
    let wanted = findings.language.rawValue
    let parts = (check.messages.first { $0.language == wanted } ?? check.messages.first)?.parts ?? []
    var message = ""
    for part in parts {
      switch part {
      case .text(let text): message += text
      case .expression(let program):
        switch program.evaluate(bindings: variables, budget: CustomCheckTypes.limits.costBudget) {
        case .success(let value): message += CustomCheckWords.display(value)
        case .failure: message += "⟨?⟩"
        }
      }
    }
    if message.isEmpty { message = check.definition.id.value }
    findings.append(
      contentsOf: [
        Diagnostic(
          id: check.definition.id.value, severity: check.definition.severity, message: message,
          location: SourceLocation(file: procedure.file, range: range),
          notes: [
            DiagnosticNote(
              findings.say(vi: "quy tắc được khai ở đây", en: "the check is declared here"),
              at: SourceLocation(file: CustomCheckFile.path, range: check.definition.id.range))
          ])
      ])
  }

  private func fail(
    _ check: Compiled, _ error: CELError, _ procedure: Procedure, at range: SourceRange, into findings: inout Findings
  ) {
    CustomCheckFailedCheck.report(
      id: check.definition.id.value, findings.say(vi: error.vi, en: error.en), file: procedure.file, at: range,
      rule: SourceLocation(file: CustomCheckFile.path, range: check.definition.id.range), into: &findings)
  }
}
