import TerminalKit

/// A `Terminal` on the process's TTY through ncursesw. Every curses call runs on one thread the terminal owns, so
/// its methods may be called from any thread. Restore it on every way out: `restore()` in a `defer` right after
/// `init` (or `CursesTerminal.withTerminal`), `installSignalRestore` for signals; `deinit` restores as a last resort.
public final class CursesTerminal: Terminal {
    /// The colour depth screens are fitted to (truecolor is still drawn through the 256-colour palette).
    public let colorDepth: ColorDepth
    private let session: CursesSession

    /// Takes over the terminal: UTF-8 locale, raw keys (Ctrl-C arrives as a key), no echo, hidden cursor, colours.
    /// `colorDepthOverride` replaces detection (`NO_COLOR`, `COLORTERM`, the terminal's colour count) but is capped
    /// at what the terminal can show. `mouse` reports presses and wheel notches as events (the terminal's own
    /// selection then needs Shift). Throws instead of letting curses print and exit when there is no usable TTY.
    public init(colorDepthOverride: ColorDepth? = nil, mouse: Bool = false) throws {
        session = try CursesSession(colorDepthOverride: colorDepthOverride, mouse: mouse)
        colorDepth = session.colorDepth
    }

    deinit {
        session.close()
    }

    /// The terminal's current size in cells.
    public var size: Size {
        session.shared.withLock { $0.size }
    }

    /// Queues `screen` for the curses thread, which writes only the cells that differ from the last screen drawn
    /// (everything after a resize); a screen not yet drawn is replaced by a newer one.
    public func draw(_ screen: Screen) {
        session.submit(screen)
    }

    /// Runs `work` (an editor on the TTY) with curses suspended, then redraws the whole screen; the UI reads no key
    /// meanwhile. Returns at once, without running `work`, when the terminal is being restored.
    public func suspend(_ work: @escaping @Sendable () -> Void) async {
        await session.suspend(work)
    }

    /// Puts `text` on the clipboard through OSC 52, which works over SSH and in tmux (`set-clipboard on`).
    public func copyToClipboard(_ text: String) {
        session.copy(text)
    }

    /// Key presses, mouse events and resizes in order, for a single consumer; the stream finishes when the terminal is restored
    /// or the TTY goes away.
    public func events() -> AsyncStream<TerminalEvent> {
        session.events
    }

    /// Ends curses and gives the terminal back (cursor shown, echo and line mode back); waits until done, and
    /// returns at once when already restored. Safe from any thread, including a signal handler's queue.
    public func restore() {
        session.close()
    }
}
