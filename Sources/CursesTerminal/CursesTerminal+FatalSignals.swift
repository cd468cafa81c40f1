import CNCursesW

extension CursesTerminal {
    /// Should anything still trap (SIGILL from an overflow, SIGSEGV, SIGABRT, …), puts the terminal back as it was
    /// before curses started, writes one line saying what happened and where `logPath` is, and re-raises into the
    /// previous handler (Swift's backtracer), so the exit status and the crash report stay the real ones.
    /// Call it before the terminal is set up: the modes it restores are the ones in force now.
    public static func installFatalSignalRestore(logPath: String) {
        minted_install_fatal_restore(
            "\nminted stopped on a fatal error (signal ",
            "); the terminal has been restored. The log is at \(logPath)\n"
        )
    }
}
