import OneStopKit

/// The example catalog's files, for tests that write a catalog to disk.
enum OneStopKitExampleFiles {
  static let rules = ExampleCatalog.rules
  static let procedure = ExampleCatalog.procedure
}
