// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "onestop",
  products: [
    .executable(name: "onestop", targets: ["onestop"]),
    .library(name: "OneStopKit", targets: ["OneStopKit"]),
  ],
  // mimalloc is opt-in: `swift build --traits Mimalloc` links it as the program's allocator
  // (scripts/bench turns it on; BENCHMARKS.md says which allocator each row used). Without it,
  // the design card's packages (libyaml-dev, libxml2-dev) are all the build needs.
  traits: [
    .trait(
      name: "Mimalloc",
      description: "Link Debian's libmimalloc as the onestop program's allocator (libmimalloc-dev).")
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CYAML", pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]),
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    // The `onestop` program's allocator (see Sources/onestop/Allocator.swift).
    .systemLibrary(
      name: "CMimalloc",
      providers: [.apt(["libmimalloc-dev"])]),
    .target(
      name: "OneStopKit",
      dependencies: ["CYAML", "CLibXML2", "OneStopCEL"]),
    // The language server (`onestop lsp`): framing, JSON-RPC, the workspace and one file per feature.
    .target(
      name: "OneStopLSP",
      dependencies: ["OneStopKit"]),
    .executableTarget(
      name: "onestop",
      dependencies: [
        "OneStopKit",
        "OneStopLSP",
        .target(name: "CMimalloc", condition: .when(traits: ["Mimalloc"])),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Benchmark tooling (issue "Performance"): a deterministic generator of synthetic catalogs,
    // and the floor: libyaml's event parser over every file, doing nothing with the events.
    .executableTarget(
      name: "onestop-gen",
      dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .executableTarget(
      name: "yaml-floor",
      dependencies: ["CYAML"]),
    // The fuzz targets' entry point: `scripts/fuzz TARGET` builds it with -sanitize=fuzzer and
    // -D FUZZING; a plain build makes a replayer that runs a target on the files it is given.
    .systemLibrary(name: "CFuzzer"),
    .executableTarget(
      name: "onestop-fuzz",
      dependencies: ["OneStopTestSupport", "CFuzzer"]),
    // Test hooks, out of the shipped library: the fuzz targets and the write fault the build tests
    // inject. The tests and the fuzzer depend on it; the onestop program does not.
    .target(
      name: "OneStopTestSupport",
      dependencies: ["OneStopKit", "OneStopLSP", "OneStopCEL"]),
    // The Common Expression Language of rules/checks.yaml (docs/rules.md): parser, type checker,
    // evaluator and a linear-time regular expression engine, on nothing but Foundation.
    .target(name: "OneStopCEL"),
    .testTarget(name: "OneStopCELTests", dependencies: ["OneStopCEL"]),
    .testTarget(
      name: "OneStopKitTests",
      // The CLI tests run the executable, and the thread-count test the generator, so both are
      // built with the tests.
      dependencies: ["OneStopKit", "OneStopTestSupport", "onestop", "onestop-gen"]),
    // The language server driven as a client drives it, over pipes.
    .testTarget(
      name: "OneStopLSPTests",
      dependencies: ["OneStopLSP", "OneStopKit", "onestop"]),
  ]
)
