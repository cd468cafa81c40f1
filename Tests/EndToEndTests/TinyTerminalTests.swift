import Foundation
import MintedTesting
import Testing

/// The real binary in a terminal shrunk to 1×1 and 2×2 and grown back: it keeps running, says what it can, redraws
/// every row once there is room again, and `q` still quits cleanly. Every wait polls for a condition (no timing).
@Suite(.serialized)
struct TinyTerminalTests {
    /// The pane's size as tmux reports it.
    func paneSize(_ run: MintedRun) throws -> String {
        try CommandRun.blocking(URL(fileURLWithPath: "/usr/bin/env"), ["tmux", "-L", run.session.socket, "display-message", "-p", "-t", run.session.name,
                                                                   "#{pane_width}x#{pane_height}"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the program is still running: the shell writes the status file only once it has ended.
    func isRunning(_ run: MintedRun) -> Bool {
        !FileManager.default.fileExists(atPath: run.status.path)
    }

    /// Resizes the window, waits until tmux applied it and the program drew `expected` there.
    func resize(_ run: MintedRun, width: Int, height: Int, showing expected: (String) -> Bool) async throws -> String {
        try run.session.resize(width: width, height: height)
        let screen = await run.session.waitFor { screen in
            (try? paneSize(run)) == "\(width)x\(height)" && expected(screen)
        }
        #expect(try paneSize(run) == "\(width)x\(height)")
        return screen
    }

    /// The main screen with every row drawn: the header, the four panes and the footer, no row left blank.
    static func isFullFrame(_ screen: String) -> Bool {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(40)
        return rows.count == 40 && rows.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            && screen.hasPrefix(" MINTED ") && screen.contains("MNTBAE0001") && screen.contains("Rates [4]")
            && screen.contains("Wallet [3]") && screen.contains("q quit")
    }

    @Test func oneByOneAndBackRedrawsAndQuitsCleanly() async throws {
        let run = try MintedRun()
        let first = await run.session.waitFor(Self.isFullFrame)
        #expect(Self.isFullFrame(first), "no full first frame:\n\(first)")

        let tiny = try await resize(run, width: 1, height: 1) { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "…" }
        #expect(tiny.trimmingCharacters(in: .whitespacesAndNewlines) == "…", "1×1 shows the cut size notice:\n\(tiny)")
        #expect(isRunning(run), "minted ended at 1×1")

        let small = try await resize(run, width: 2, height: 2) { $0.contains("T…") }
        #expect(small.contains("T…"), "2×2 shows the start of the size notice:\n\(small)")
        #expect(isRunning(run), "minted ended at 2×2")

        // Keys other than q are ignored while the terminal is too small; the app stays up.
        try run.session.send("Tab")
        try run.session.send("j")

        let grown = try await resize(run, width: 120, height: 40, showing: Self.isFullFrame)
        #expect(Self.isFullFrame(grown), "after growing back every row is drawn:\n\(grown)")
        #expect(isRunning(run), "minted ended while growing")

        try run.session.send("q")
        let (code, modes) = try await run.ended()
        #expect(code == "0", "q exits 0")
        #expect(modes.contains(" echo "), "echo restored:\n\(modes)")
        #expect(modes.contains(" icanon"), "canonical mode restored")
    }
}
