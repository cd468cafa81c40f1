// swift-tools-version:6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

/// The release `minted` is linked by lld with packed relative relocations (DT_RELR): the 1.5 MB relocation table gold
/// wrote stayed resident for the life of the process (DECISIONS.md, resident memory).
let compactRelease: [LinkerSetting] = [
    .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"], .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "minted",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "minted", targets: ["minted"]),
        .executable(name: "minted-bench", targets: ["minted-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/pointfreeco/swift-clocks", from: "1.1.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TerminalKit", swiftSettings: strict),
        .target(name: "CursesTerminal", dependencies: ["TerminalKit", "CNCursesW"], swiftSettings: strict),
        .target(
            name: "MintedAPI",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "MintedSandbox",
            dependencies: [
                "MintedAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "WalletCore",
            dependencies: [
                "MintedAPI",
                .product(name: "Clocks", package: "swift-clocks"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "WalletUI",
            dependencies: [
                "WalletCore", "TerminalKit",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "Journeys",
            dependencies: ["MintedAPI", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "minted",
            dependencies: [
                "CursesTerminal", "WalletUI", "WalletCore", "MintedSandbox", "MintedAPI", "Journeys",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: strict,
            linkerSettings: compactRelease
        ),
        .executableTarget(
            name: "minted-bench",
            dependencies: ["WalletUI", "WalletCore", "TerminalKit", "MintedAPI", "MintedSandbox", "MintedTesting"],
            swiftSettings: strict
        ),
        .target(
            name: "MintedTesting",
            dependencies: [
                "MintedAPI", "WalletCore", "TerminalKit",
                .product(name: "Clocks", package: "swift-clocks"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "MintedAPITests", dependencies: ["MintedAPI", "MintedSandbox", "MintedTesting"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "MintedSandboxTests", dependencies: ["MintedSandbox", "MintedAPI", "MintedTesting"], swiftSettings: strict),
        .testTarget(name: "WalletCoreTests", dependencies: ["WalletCore", "MintedAPI", "MintedTesting", .product(name: "Clocks", package: "swift-clocks")], swiftSettings: strict),
        .testTarget(name: "WalletUITests", dependencies: ["WalletUI", "WalletCore", "TerminalKit", "MintedTesting", "MintedAPI", "MintedSandbox"], exclude: ["Snapshots"], swiftSettings: strict),
        .testTarget(name: "JourneysTests", dependencies: ["Journeys", "MintedAPI", "MintedSandbox", "MintedTesting"], swiftSettings: strict),
        .testTarget(name: "TortureTests", dependencies: ["MintedAPI", "MintedTesting", "CursesTerminal", "TerminalKit", "WalletUI", "WalletCore", "MintedSandbox", "Journeys"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "MintedTesting"], swiftSettings: strict),
        .testTarget(name: "EndToEndTests", dependencies: ["MintedTesting"], swiftSettings: strict),
    ]
)
