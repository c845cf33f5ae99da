/// A parsed and checked expression, ready to evaluate many times, from any thread.
public struct CELProgram: @unchecked Sendable {
  let root: Node
  let step: Step
  let checked: Bool
  public let source: String
  public let resultType: CELType
  let environment: CELEnvironment

  /// Parses (macros expanded unless `macros` is false) and type-checks against `environment`
  /// (unless `check` is false). With `expecting`, a different result type is a check error.
  public static func compile(
    _ source: String, environment: CELEnvironment, expecting: CELType? = nil, check: Bool = true,
    macros: Bool = true
  ) -> Result<CELProgram, CELError> {
    do throws(CELError) {
      let root = try Parser.parse(source, limits: environment.limits, macros: macros)
      var type = CELType.dyn
      if check {
        var checker = Checker(environment)
        type = try checker.check(root)
        if let expecting, type != expecting, !type.isDynamic {
          throw Checker.error(
            root, vi: "biểu thức phải cho giá trị `\(expecting)`, không phải `\(type)`",
            en: "the expression must give a `\(expecting)`, not a `\(type)`")
        }
      }
      return .success(
        CELProgram(
          root: root, step: Interpreter.compile(root), checked: check, source: source, resultType: type,
          environment: environment))
    } catch {
      return .failure(error)
    }
  }

  /// Evaluates with the variables' values, within `budget` cost units (the environment's by
  /// default): past it, a `.cost` error, never a hang.
  public func evaluate(_ variables: [String: CELValue], budget: Int? = nil) -> Result<CELValue, CELError> {
    evaluate(bindings: variables.map { ($0.key, $0.value) }, budget: budget)
  }

  /// `evaluate` with the variables as a short list of names and values: the fast way for callers
  /// that evaluate many times with a few variables.
  public func evaluate(bindings: [(name: String, value: CELValue)], budget: Int? = nil) -> Result<CELValue, CELError> {
    var evaluator = Evaluator(
      variables: bindings, container: environment.container, limits: environment.limits,
      budget: budget ?? environment.limits.costBudget, checked: checked)
    do throws(CELError) {
      return .success(try step(&evaluator))
    } catch {
      return .failure(error)
    }
  }
}

/// The cost model, for docs/rules.md.
public enum CELCost {
  public static let documentation = """
    Every node of the expression costs 1 unit each time it is evaluated, so a macro over a list of \
    n items costs its body's nodes n times. On top of that, `+` on text, bytes and lists costs 1 \
    unit per 32 bytes (8 items) of its operands; `contains`, `startsWith` and `endsWith` 1 unit \
    per 32 bytes; `in` on a list 1 unit per 8 items; `matches` the pattern's compiled size times \
    the text's length in bytes, over 64. Field selection on the catalog's objects builds only the \
    field selected.
    """
}
