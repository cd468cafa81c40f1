import Foundation
import Testing

/// Issue 14 item 2: no file in `WalletCore` grows past 250 lines — a feature that needs more is split by concern
/// (`BasketFeature+Completion.swift`), as it was by accretion before.
struct SourceSizeTests {
    @Test func noWalletCoreFileIsOver250Lines() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/WalletCore")
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 20, "read \(sources.path)")
        for file in files {
            let lines = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(lines <= 251, "\(file) has \(lines) lines (250 and the final newline)")
        }
    }
}
