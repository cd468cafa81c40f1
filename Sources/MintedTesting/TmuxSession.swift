import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A detached tmux session on a private socket, for driving the real binary as a person would.
public final class TmuxSession: @unchecked Sendable {
    public let socket: String
    public let name = "e2e"

    /// Starts `command` in a new `width` × `height` session.
    public init(command: String, width: Int = 120, height: Int = 40) throws {
        socket = "minted-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        try Self.tmux(["-L", socket, "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", name, command], capture: false)
    }

    deinit { close() }

    /// Ends the session and its tmux server.
    public func close() { _ = try? Self.tmux(["-L", socket, "kill-server"]) }

    /// The visible screen as text.
    public func capture() -> String {
        (try? Self.tmux(["-L", socket, "capture-pane", "-p", "-t", name])) ?? ""
    }

    /// The visible screen with its colours and attributes as escape sequences (to see a selection move).
    public func captureStyled() -> String {
        (try? Self.tmux(["-L", socket, "capture-pane", "-p", "-e", "-t", name])) ?? ""
    }

    /// Types keys (tmux key names such as `q`, `Tab`, `C-c`).
    public func send(_ keys: String...) throws {
        try Self.tmux(["-L", socket, "send-keys", "-t", name] + keys)
    }

    /// Sends the bytes a terminal sends for a left click (`button` 0: press and release) or a wheel notch (64 up,
    /// 65 down) at the cell `x`, `y` (from 0), in the SGR 1006 form xterm uses.
    public func mouse(button: Int = 0, x: Int, y: Int) throws {
        let press = "\u{1B}[<\(button);\(x + 1);\(y + 1)M"
        let sequence = button == 0 ? press + "\u{1B}[<0;\(x + 1);\(y + 1)m" : press
        try Self.tmux(["-L", socket, "send-keys", "-t", name, "-H"] + sequence.utf8.map { String($0, radix: 16) })
    }

    /// Whether the program asked the terminal (tmux) to report the mouse: any of the press, button or motion modes.
    public func reportsMouse() -> Bool {
        let flags = (try? Self.tmux(["-L", socket, "display-message", "-p", "-t", name,
                                     "#{mouse_standard_flag}#{mouse_button_flag}#{mouse_any_flag}"])) ?? ""
        return flags.contains("1")
    }

    public func resize(width: Int, height: Int) throws {
        try Self.tmux(["-L", socket, "resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Lets the program set tmux's paste buffer through OSC 52, as a terminal with clipboard access would.
    public func acceptClipboard() throws {
        try Self.tmux(["-L", socket, "set-option", "-s", "set-clipboard", "on"])
    }

    /// The newest paste buffer: what the program last put on the clipboard; nil when there is none.
    public func clipboard() -> String? {
        try? Self.tmux(["-L", socket, "show-buffer"])
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

    /// Runs tmux with posix_spawn and waitpid: Foundation's `Process` can miss the exit of a client whose
    /// forked server lives on, and the server must inherit no pipe of ours.
    @discardableResult
    static func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        var pipeEnds: [Int32] = [-1, -1]
        if capture { guard pipe(&pipeEnds) == 0 else { throw TmuxError.failed("pipe") } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, argv, environment)
        if capture { Glibc.close(pipeEnds[1]) }
        guard spawned == 0 else {
            if capture { Glibc.close(pipeEnds[0]) }
            throw TmuxError.failed("spawn tmux: \(spawned)")
        }
        var data = Data()
        if capture {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = read(pipeEnds[0], &buffer, buffer.count)
                if count <= 0 { break }
                data.append(contentsOf: buffer[0..<count])
            }
            Glibc.close(pipeEnds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else { throw TmuxError.failed(arguments.joined(separator: " ")) }
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
