import Foundation
import MintedTesting
import Testing

/// The real binary in tmux against its embedded sandbox, read from the screen as a person would.
@Suite(.serialized)
struct WalkingSkeletonTests {
    /// mm:ss after `lock ▕…▏ `.
    static func countdown(_ screen: String) -> String? {
        guard let range = screen.range(of: #"▏ \d\d:\d\d"#, options: .regularExpression) else { return nil }
        return String(screen[range].dropFirst(2))
    }

    @Test func fourPanesLiveCountdownAndCleanQuit() async throws {
        let binary = try #require(BuiltBinary.url(), "build the package first: swift build")
        try #require(TmuxSession.isAvailable, "tmux is required for the end-to-end test")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("minted-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let status = work.appendingPathComponent("status")
        let stty = work.appendingPathComponent("stty")
        let command = "cd '\(work.path)' && TERM=xterm-256color XDG_DATA_HOME='\(work.path)/data' XDG_CONFIG_HOME='\(work.path)' "
            + "'\(binary.path)'; echo $? > '\(status.path)'; stty -a > '\(stty.path)'; sleep 30"
        let session = try TmuxSession(command: command)
        defer { session.close() }

        let titles = ["Products [1]", "Basket [2]", "Wallet [3]", "Rates [4]"]
        let first = await session.waitFor { screen in titles.allSatisfy(screen.contains) && screen.contains("MNTBAE0001") && screen.contains("12.000 g") }
        for title in titles { #expect(first.contains(title), "pane title \(title) on screen:\n\(first)") }
        #expect(first.contains("SANDBOX"))

        try session.send("a")
        await session.waitFor { $0.contains("Quantity") }
        try session.send("Enter")
        let locked = await session.waitFor { Self.countdown($0) != nil }
        let start = try #require(Self.countdown(locked), "no lock countdown after a:\n\(locked)")
        let later = await session.waitFor(attempts: 50) { screen in Self.countdown(screen).map { $0 != start } ?? false }
        let next = try #require(Self.countdown(later))
        #expect(next < start, "the countdown ticks down: \(start) then \(next)")
        #expect(later.contains("Minted 1 g 999.9 Gold Bar"))

        try session.send("q")
        await session.waitFor { _ in
            FileManager.default.fileExists(atPath: status.path)
                && ((try? String(contentsOf: stty, encoding: .utf8)) ?? "").contains("speed")
        }
        let code = try String(contentsOf: status, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(code == "0")
        let modes = try String(contentsOf: stty, encoding: .utf8)
        #expect(modes.contains(" echo "), "echo restored")
        #expect(modes.contains(" icanon"), "canonical mode restored")
    }
}
