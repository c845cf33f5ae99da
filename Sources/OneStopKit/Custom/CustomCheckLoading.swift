extension Compiler {
  /// Reads, validates and decodes `rules/checks.yaml`, which may be missing. The file keeps its
  /// bytes and lines, so that a mistake inside an expression is located where it is written.
  static func loadCustomChecks(
    _ storage: some CatalogStorage, _ options: CompileOptions, _ languages: [String]
  ) -> (file: LoadedFile, checks: CustomCheckFile?) {
    let path = CustomCheckFile.path
    var file = LoadedFile(path: path)
    guard let bytes = read(path, storage, options, into: &file) else { return (file, nil) }
    let language = options.language ?? .en
    let document = YAMLLoader.load(bytes, file: path, limits: options.limits, language: language)
    file.diagnostics.append(contentsOf: document.diagnostics)
    if let lines = document.lines {
      file.ignores = Suppressions.scan(bytes, file: path, lines: lines)
    }
    guard let root = document.root else { return (file, nil) }
    var validator = Validator(file: path, languages: languages, language: language)
    validator.validate(root, .object(FormatSchema.checksFile.shape), label: InputMessages.theFile(language))
    file.diagnostics.append(contentsOf: validator.diagnostics)
    let definitions = ModelDecoder(file: path, languages: languages).customChecks(root)
    return (file, CustomCheckFile(definitions: definitions, bytes: bytes, lines: document.lines))
  }
}

extension Compiler {
  /// The descriptions of the checks in ROOT's rules/checks.yaml, as written (not compiled), for
  /// `onestop checks` and `onestop explain`: ids that clash with a built-in or an earlier check
  /// are left out. Empty when the file is missing or unreadable.
  public static func customCheckDescriptions(_ storage: some CatalogStorage) -> [CheckDescription] {
    let languages = policyLanguages(storage) ?? Policy().languages
    guard let file = loadCustomChecks(storage, CompileOptions(jobs: 1), languages).checks else { return [] }
    var seen = Set(CheckRegistry.descriptions.map(\.id))
    return file.definitions.filter { seen.insert($0.id.value).inserted }.map(CustomCheckSet.description(of:))
  }
}
