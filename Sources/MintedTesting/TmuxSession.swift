import Foundation

/// A detached tmux session on a private socket, for driving the real binary as a person would.
public final class TmuxSession: @unchecked Sendable {
    public let socket: String
    public let name = "e2e"

    /// Starts `command` in a new `width` × `height` session.
    public init(command: String, width: Int = 120, height: Int = 40) throws {
        socket = "minted-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        try Self.tmux(["-L", socket, "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", name, command])
    }

    deinit { _ = try? Self.tmux(["-L", socket, "kill-server"]) }

    /// The visible screen as text.
    public func capture() -> String {
        (try? Self.tmux(["-L", socket, "capture-pane", "-p", "-t", name])) ?? ""
    }

    /// Types keys (tmux key names such as `q`, `Tab`, `C-c`).
    public func send(_ keys: String...) throws {
        try Self.tmux(["-L", socket, "send-keys", "-t", name] + keys)
    }

    public func resize(width: Int, height: Int) throws {
        try Self.tmux(["-L", socket, "resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// True while the session's program is running.
    public var isAlive: Bool { (try? Self.tmux(["-L", socket, "has-session", "-t", name])) != nil }

    /// Polls the screen until `condition` holds or `attempts` polls 100 ms apart have passed; returns the last screen.
    @discardableResult
    public func waitFor(attempts: Int = 300, _ condition: (String) -> Bool) async -> String {
        var screen = capture()
        for _ in 0..<attempts {
            if condition(screen) { return screen }
            try? await Task.sleep(for: .milliseconds(100))
            screen = capture()
        }
        return screen
    }

    /// Whether tmux is installed.
    public static var isAvailable: Bool { (try? tmux(["-V"])) != nil }

    @discardableResult
    static func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TmuxError.failed(arguments.joined(separator: " ")) }
        return String(decoding: data, as: UTF8.self)
    }

    enum TmuxError: Error { case failed(String) }
}

/// Finds the built `minted` binary next to the test bundle.
public enum BuiltBinary {
    public static func url(named name: String = "minted") -> URL? {
        var candidates: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for folder in candidates {
            var probe = folder
            for _ in 0..<3 {
                let url = probe.appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
                probe = probe.deletingLastPathComponent()
            }
        }
        return nil
    }
}
