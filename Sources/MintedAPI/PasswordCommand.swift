import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `password_command`: a shell command whose first line of output is the password, as git's credential helpers and
/// AWS's `credential_process` work, so that no password sits in a file or the environment.
///
/// Run with `/bin/sh -c`; its standard input and error are the terminal's (a `pass` or `gpg` prompt works), its output
/// is read by minted alone. A failure names the exit status, never what the command printed.
public struct PasswordCommand: Sendable {
    /// The shell command.
    public var command: String
    /// How long it may take before it is killed.
    public var timeout: Duration
    /// Output beyond this is not read; a password is one short line.
    static let maximumOutput = 64 * 1024

    public init(_ command: String, timeout: Duration = .seconds(10)) {
        self.command = command
        self.timeout = timeout
    }

    /// Why no password came, in one line (never the command's output, which may hold it).
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String

        public init(description: String) { self.description = description }
    }

    /// Runs the command and returns the first line it printed.
    public func password() throws(Failure) -> String {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            throw Failure(description: "password_command could not be started: \(Self.errnoText())")
        }
        // Close-on-exec: no other process started later inherits the pipe and holds it open (dup2 clears the flag).
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        defer { close(ends[0]) }
        let pid: pid_t
        do {
            defer { close(ends[1]) }
            pid = try spawn(output: ends[1])
        }
        let deadline = ContinuousClock.now + timeout
        let output = read(ends[0], until: deadline)
        // Not reaped before it is killed: `pid` cannot have been reused by then.
        let status = output == nil ? nil : wait(pid, until: deadline)
        guard let output, let status else {
            kill(pid, SIGKILL)
            var ignored: Int32 = 0
            while waitpid(pid, &ignored, 0) < 0 && errno == EINTR {}
            let (seconds, attoseconds) = timeout.components
            let limit = attoseconds == 0 ? "\(seconds) s" : "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000) ms"
            throw Failure(description: "password_command did not finish within \(limit) and was stopped")
        }
        if status & 0x7F != 0 { throw Failure(description: "password_command was ended by signal \(status & 0x7F)") }
        let code = (status >> 8) & 0xFF
        guard code == 0 else { throw Failure(description: "password_command exited with status \(code)") }
        // The first line by bytes: as a String, "\r\n" is one Character and would not split at "\n".
        var bytes = output.prefix { $0 != UInt8(ascii: "\n") }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        guard let line = String(validating: bytes, as: UTF8.self) else {
            throw Failure(description: "password_command printed something that is not UTF-8 text")
        }
        guard !line.isEmpty else { throw Failure(description: "password_command printed no password (its first line is empty)") }
        return line
    }

    /// Starts `/bin/sh -c command` with its standard output on `output`.
    private func spawn(output: Int32) throws(Failure) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, output, STDOUT_FILENO)
        let arguments = (["/bin/sh", "-c", command] as [String]).map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, nil, arguments, environment)
        guard result == 0 else {
            throw Failure(description: "password_command could not be started: \(String(cString: strerror(result)))")
        }
        return pid
    }

    /// Everything the command prints until it closes its output (at most `maximumOutput` bytes), or nil at `deadline`.
    private func read(_ descriptor: Int32, until deadline: ContinuousClock.Instant) -> [UInt8]? {
        var collected: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            guard let wait = Self.milliseconds(until: deadline) else { return nil }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, wait)
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { continue }   // 0: the deadline is checked again above
            let count = Glibc.read(descriptor, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return collected }
            if collected.count < Self.maximumOutput { collected.append(contentsOf: chunk[0..<min(count, Self.maximumOutput - collected.count)]) }
        }
    }

    /// The wait status of `pid` once it has ended, or nil at `deadline`.
    private func wait(_ pid: pid_t, until deadline: ContinuousClock.Instant) -> Int32? {
        var status: Int32 = 0
        while true {
            let ended = waitpid(pid, &status, WNOHANG)
            if ended == pid { return status }
            if ended < 0 && errno != EINTR { return 0x7F }   // not ours to wait for any more: reported as a signal
            guard Self.milliseconds(until: deadline) != nil else { return nil }
            usleep(5_000)
        }
    }

    /// Milliseconds left until `deadline` (at least 1), or nil once it has passed.
    private static func milliseconds(until deadline: ContinuousClock.Instant) -> Int32? {
        let left = ContinuousClock.now.duration(to: deadline)
        guard left > .zero else { return nil }
        let (seconds, attoseconds) = left.components
        return Int32(clamping: max(1, min(seconds, 86_400) * 1000 + attoseconds / 1_000_000_000_000_000))
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
