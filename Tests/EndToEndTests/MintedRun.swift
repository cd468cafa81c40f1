import Foundation
import MintedTesting
import Testing

/// One run of the real binary in tmux with its own data, config and working directory, and where its exit status
/// and the terminal modes after it end up.
final class MintedRun {
    let session: TmuxSession
    let work: URL
    let status: URL
    let stty: URL

    /// The pane as it was when the program ended (set by `ended()`).
    private(set) var finalScreen = ""

    init(arguments: String = "", environment: String = "", width: Int = 120, height: Int = 40) throws {
        let binary = try #require(BuiltBinary.url(), "build the package first: swift build")
        try #require(TmuxSession.isAvailable, "tmux is required for the end-to-end tests")
        work = FileManager.default.temporaryDirectory.appendingPathComponent("minted-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        status = work.appendingPathComponent("status")
        stty = work.appendingPathComponent("stty")
        let command = "cd '\(work.path)' && unset NO_COLOR; TERM=xterm-256color XDG_DATA_HOME='\(work.path)/data' XDG_CONFIG_HOME='\(work.path)/config' XDG_STATE_HOME='\(work.path)/state' \(environment) "
            + "'\(binary.path)' \(arguments); echo $? > '\(status.path)'; stty -a > '\(stty.path)'; sleep 120"
        session = try TmuxSession(command: command, width: width, height: height)
    }

    deinit {
        session.close()
        try? FileManager.default.removeItem(at: work)
    }

    /// Waits for the program to end; its exit status and `stty -a` after it.
    func ended() async throws -> (code: String, modes: String) {
        // Whatever happens, end the tmux server here: a program that did not quit must not outlive the test.
        defer { session.close() }
        await session.waitFor(attempts: 900) { _ in FileManager.default.fileExists(atPath: self.status.path) && FileManager.default.fileExists(atPath: self.stty.path) }
        await session.waitFor(attempts: 20) { _ in ((try? String(contentsOf: self.stty, encoding: .utf8)) ?? "").contains("echo") }
        guard FileManager.default.fileExists(atPath: status.path) else {
            Issue.record("the program did not end; its screen:\n\(session.capture())")
            throw CancellationError()
        }
        finalScreen = session.capture()
        let code = try String(contentsOf: status, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        return (code, try String(contentsOf: stty, encoding: .utf8))
    }

    /// The gold grams the wallet pane shows (`Gold   12.000 g`).
    static func goldGrams(_ screen: String) -> Decimal? {
        guard let range = screen.range(of: #"Gold +[\d,]+\.\d{3} g"#, options: .regularExpression) else { return nil }
        let number = screen[range].dropFirst(4).trimmingCharacters(in: .whitespaces).dropLast(2).replacingOccurrences(of: ",", with: "")
        return Decimal(string: number)
    }

    /// mm:ss after `lock ▕…▏ `.
    static func countdown(_ screen: String) -> String? {
        guard let range = screen.range(of: #"▏ \d\d:\d\d"#, options: .regularExpression) else { return nil }
        return String(screen[range].dropFirst(2))
    }
}
