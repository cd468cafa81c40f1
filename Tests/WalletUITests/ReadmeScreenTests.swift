import Foundation
import Testing

/// The README shows the main screen at 120×40 as the code draws it now: the golden file of `mainScreenAt120x40`.
struct ReadmeScreenTests {
    @Test func theReadmesScreenIsTheCurrent120x40Snapshot() throws {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let snapshot = try String(contentsOf: tests.appendingPathComponent("Snapshots/main-120x40.txt"), encoding: .utf8)
        let readme = try String(contentsOf: tests.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"),
                                encoding: .utf8)
        let block = snapshot.hasSuffix("\n") ? snapshot : snapshot + "\n"
        #expect(readme.contains("```\n" + block + "```"),
                "README.md's screen under “The screen” is not Tests/WalletUITests/Snapshots/main-120x40.txt: paste the file there")
    }
}
