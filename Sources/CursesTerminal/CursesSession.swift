import CNCursesW
import Foundation
import Synchronization
import TerminalKit

/// The curses side of a `CursesTerminal`. curses is not thread-safe, so after `init` every curses call happens on
/// the one thread this session starts; other threads only hand over screens and read the size through `shared`.
/// That confinement, which the compiler cannot see, is why this class is `@unchecked Sendable`.
final class CursesSession: @unchecked Sendable {
    /// What other threads may read or hand over, guarded by a lock.
    struct Shared {
        var size: Size
        var pending: Screen?
        /// Texts for the clipboard, written as OSC 52 after the next draw.
        var clipboard: [String] = []
        var isClosing = false
        /// Work to run with the terminal given back (an editor), then the continuation to resume; one at a time.
        var suspension: (work: @Sendable () -> Void, done: CheckedContinuation<Void, Never>)?
    }

    let colorDepth: ColorDepth
    let events: AsyncStream<TerminalEvent>
    let continuation: AsyncStream<TerminalEvent>.Continuation
    let shared: Mutex<Shared>
    let wake: WakePipe
    let finished = DispatchSemaphore(value: 0)

    let terminalScreen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    var colorPairs: ColorPairs
    var previous: Screen?
    /// Whether mouse presses and wheel notches are reported (asked for, and the terminal has a mouse).
    let mouse: Bool

    /// Opens the terminal on standard input and output and starts the curses thread.
    init(colorDepthOverride: ColorDepth?, mouse: Bool) throws(CursesTerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let environment = ProcessInfo.processInfo.environment
        wake = try WakePipe()
        Self.chooseUTF8Locale()
        guard let terminalScreen = newterm(nil, minted_stdout(), minted_stdin()) else {
            wake.close()
            throw .noTerminal(type: environment["TERM"])
        }
        set_term(terminalScreen)
        guard let window = minted_stdscr() else {
            endwin()
            delscreen(terminalScreen)
            wake.close()
            throw .noTerminal(type: environment["TERM"])
        }
        self.terminalScreen = terminalScreen
        self.window = window
        Self.configure(window)
        self.mouse = mouse && minted_mouse_on() != 0

        var colorCount = 0
        var hasDefaultColors = false
        if has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == OK
            colorCount = Int(minted_colors())
        }
        colorDepth = ColorDepth.resolved(colorCount: colorCount, environment: environment, override: colorDepthOverride)
        colorPairs = ColorPairs(
            depth: colorDepth,
            limit: colorCount > 0 ? minted_color_pairs() : 0,
            hasDefaultColors: hasDefaultColors
        )
        let size = Size(width: Int(minted_getmaxx(window)), height: Int(minted_getmaxy(window)))
        shared = Mutex(Shared(size: size))
        (events, continuation) = AsyncStream.makeStream(of: TerminalEvent.self, bufferingPolicy: .unbounded)

        let thread = Thread { [self] in run() }
        thread.name = "minted.curses"
        thread.start()
    }

    /// Hands `screen` to the curses thread, replacing any screen it has not drawn yet.
    func submit(_ screen: Screen) {
        shared.withLock { state in
            guard !state.isClosing else { return }
            state.pending = screen
            wake.signal()
        }
    }

    /// Hands `text` to the curses thread, which sends it to the terminal's clipboard (OSC 52).
    /// Runs `work` on the curses thread with curses suspended (the terminal in its own modes, as a shell leaves it),
    /// then resumes curses and redraws everything; returns when done. No key is read meanwhile: `work` owns the TTY.
    func suspend(_ work: @escaping @Sendable () -> Void) async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            let accepted = shared.withLock { state -> Bool in
                guard !state.isClosing, state.suspension == nil else { return false }
                state.suspension = (work, done)
                wake.signal()
                return true
            }
            if !accepted { done.resume() }
        }
    }

    func copy(_ text: String) {
        shared.withLock { state in
            guard !state.isClosing else { return }
            state.clipboard.append(text)
            wake.signal()
        }
    }

    /// Stops the curses thread and waits until it has restored the terminal; later calls return at once.
    func close() {
        shared.withLock { state in
            guard !state.isClosing else { return }
            state.isClosing = true
            state.pending = nil
            wake.signal()
        }
        finished.wait()
        finished.signal()
    }

    private static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
        if codeset != "UTF-8", codeset != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private static func configure(_ window: UnsafeMutablePointer<WINDOW>) {
        raw()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        wtimeout(window, 0)
        set_escdelay(25)
    }
}
