import Foundation

extension CursesTerminal {
    /// Throws what `withTerminal` would throw for a missing terminal, without opening it: a command checks this before
    /// it changes anything on disk (`--fresh`), so a run that cannot start leaves every file as it was.
    public static func preflight() throws(CursesTerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let type = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !type.isEmpty, type != "dumb" else { throw .noTerminal(type: type.isEmpty ? nil : type) }
    }
}
