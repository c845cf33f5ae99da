// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "onestop",
  products: [
    .executable(name: "onestop", targets: ["onestop"]),
    .library(name: "OneStopKit", targets: ["OneStopKit"]),
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
    .target(
      name: "OneStopKit",
      dependencies: ["CYAML", "CLibXML2"]),
    .executableTarget(
      name: "onestop",
      dependencies: [
        "OneStopKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .testTarget(
      name: "OneStopKitTests",
      // The CLI tests run the executable, so it must be built with the tests.
      dependencies: ["OneStopKit", "onestop"]),
  ]
)
