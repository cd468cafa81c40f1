import Foundation
import MintedTesting
import Testing

/// SIGTERM, SIGHUP and SIGINT from outside, while the app is busy: the terminal is restored and the exit status says why.
@Suite(.serialized)
struct SignalTests {
    /// The pid of the `minted` process running in the session's pane.
    func mintedPid(_ run: MintedRun) throws -> Int32? {
        let shell = try CommandRun.blocking(URL(fileURLWithPath: "/usr/bin/env"), ["tmux", "-L", run.session.socket, "list-panes", "-t", run.session.name, "-F", "#{pane_pid}"])
        let parent = shell.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try CommandRun.blocking(URL(fileURLWithPath: "/usr/bin/env"), ["pgrep", "-P", parent, "-f", "minted"])
        return children.stdout.split(separator: "\n").first.flatMap { Int32($0) }
    }

    @Test(arguments: [(SIGTERM, "TERM"), (SIGHUP, "HUP"), (SIGINT, "INT")])
    func aSignalRestoresTheTerminal(signal: Int32, name: String) async throws {
        let run = try MintedRun()
        await run.session.waitFor { $0.contains("MNTBAE0001") }
        try run.session.send("R")
        let pid = try #require(try mintedPid(run), "the minted process in the pane")
        kill(pid, signal)
        let (code, modes) = try await run.ended()
        #expect(code == "\(128 + signal)", "SIG\(name) exits with 128 + \(signal)")
        #expect(modes.contains(" echo "), "echo restored after SIG\(name):\n\(modes)")
        #expect(modes.contains(" icanon"), "canonical mode restored after SIG\(name)")
    }

    /// A fatal signal (what a trap raises) restores the terminal, names the log, and keeps its own exit status.
    @Test(arguments: [(SIGSEGV, "SEGV"), (SIGABRT, "ABRT"), (SIGILL, "ILL")])
    func aFatalSignalRestoresTheTerminalAndNamesTheLog(signal: Int32, name: String) async throws {
        let run = try MintedRun(environment: "SWIFT_BACKTRACE=enable=no")
        await run.session.waitFor { $0.contains("MNTBAE0001") }
        let pid = try #require(try mintedPid(run), "the minted process in the pane")
        kill(pid, signal)
        let (code, modes) = try await run.ended()
        #expect(code == "\(128 + signal)", "SIG\(name) still exits with 128 + \(signal)")
        #expect(modes.contains(" echo "), "echo restored after SIG\(name):\n\(modes)")
        #expect(modes.contains(" icanon"), "canonical mode restored after SIG\(name)")
        let screen = run.finalScreen
        #expect(screen.contains("minted stopped on a fatal error (signal \(signal))"), "\(screen)")
        #expect(screen.contains("minted.log") || screen.contains("The log is at"), "\(screen)")
    }
}
