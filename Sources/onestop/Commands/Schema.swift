import ArgumentParser
import Foundation
import OneStopKit

struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Write JSON Schemas (draft 2020-12) for procedure and rules files, for editors.",
    discussion: """
      Writes procedure.schema.json, bundle.schema.json and one schema per rules file. With the YAML language server, a \
      catalog file whose first line is `# yaml-language-server: $schema=../../schema/procedure.schema.json` \
      gets completion and live checks while typing. The schemas come from the same definitions \
      as the checker, so the two agree.
      """)

  @Option(help: ArgumentHelp("The folder to write into.", valueName: "folder"))
  var out: String = "schema"

  @Flag(help: "Write nothing; exit 1 when the folder's schemas are not what this version writes.")
  var check = false

  @OptionGroup(title: "Language") var language: LanguageOption

  func run() throws {
    let language = language.resolve()
    var stale: [String] = []
    for (name, text) in JSONSchemaWriter.files() {
      let path = out + "/" + name
      if check {
        let current = try? String(contentsOfFile: path, encoding: .utf8)
        if current != text { stale.append(path) }
        continue
      }
      do {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
      } catch {
        printError(
          language.errorPrefix
            + language.say(
              vi: "không ghi được '\(path)': \(error.localizedDescription)",
              en: "cannot write '\(path)': \(error.localizedDescription)"))
        throw ExitCode(2)
      }
    }
    if check {
      if stale.isEmpty {
        print(
          language.say(vi: "các JSON Schema trong \(out) đã là bản mới nhất", en: "the schemas in \(out) are current"))
        return
      }
      let files = stale.joined(separator: ", ")
      print(
        language.say(
          vi: "đã cũ: \(files) (chạy `onestop schema --out \(out)`)",
          en: "stale: \(files) (run `onestop schema --out \(out)`)"))
      throw ExitCode(1)
    }
    let count = JSONSchemaWriter.files().count
    print(language.say(vi: "đã ghi \(count) JSON Schema vào \(out)", en: "wrote \(count) schemas to \(out)"))
  }
}
