import Foundation

/// Why a `CursesTerminal` could not start; curses itself is never allowed to print and exit instead.
public enum CursesTerminalError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// Standard input or output is not a TTY (piped, redirected, or run without a terminal).
    case notATerminal
    /// ncurses could not set up the terminal type named by `TERM` (nil when `TERM` is unset).
    case noTerminal(type: String?)
    /// A system call needed for the input loop failed with `errno`.
    case systemCall(String, errno: Int32)

    /// A sentence saying what went wrong and how to fix it.
    public var description: String {
        switch self {
        case .notATerminal:
            "the terminal UI needs an interactive terminal: standard input and output must both be a TTY"
        case .noTerminal(type: nil):
            "TERM is not set, so the terminal cannot be opened; set it, for example TERM=xterm-256color"
        case .noTerminal(type: let type?):
            "ncurses cannot open terminal type \"\(type)\"; set TERM to a known type, for example TERM=xterm-256color"
        case .systemCall(let name, let errno):
            "\(name) failed: \(String(cString: strerror(errno)))"
        }
    }

    /// The same sentence as `description`.
    public var errorDescription: String? { description }
}
