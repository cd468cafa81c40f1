import Foundation
import Testing
@testable import WalletUI

/// The themes built into the binary are the repository's `themes/*.toml`, byte for byte (scripts/embed-themes.sh).
struct ShippedThemeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    @Test func theBuiltInThemesAreTheFilesInThemes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files == Theme.shippedFiles.map { $0.name + ".toml" }.sorted(), "run scripts/embed-themes.sh")
        for shipped in Theme.shippedFiles {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(shipped.name + ".toml"), encoding: .utf8)
            #expect(text == shipped.toml + "\n", "\(shipped.name).toml differs from the built-in copy: run scripts/embed-themes.sh")
            #expect(throws: Never.self) { try ThemeLoader.parse(shipped.toml, name: shipped.name, file: shipped.name) }
        }
    }

    @Test func aThemeFoundNowhereElseIsBuiltIn() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-themes-\(UUID().uuidString)")
        let theme = try ThemeLoader.load(name: "solarized-dark", from: [empty])
        #expect(theme.name == "solarized-dark")
        #expect(throws: ThemeError.self) { try ThemeLoader.load(name: "no-such", from: [empty]) }
    }
}
