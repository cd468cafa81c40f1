import CNCursesW
import Foundation
import TerminalKit

extension CursesSession {
    /// The curses thread: waits for input or a wake-up (at most 50 ms, so a resize is noticed), reads every waiting
    /// key, draws the newest handed-over screen, and restores the terminal when asked to close.
    func run() {
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake.readDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            _ = poll(&descriptors, nfds_t(descriptors.count), 50)
            wake.drain()
            let (screen, clipboard, isClosing, suspension) = shared.withLock { state in
                defer {
                    state.pending = nil
                    state.clipboard = []
                    state.suspension = nil
                }
                return (state.pending, state.clipboard, state.isClosing, state.suspension)
            }
            if isClosing {
                suspension?.done.resume()
                break
            }
            if let suspension {
                runSuspended(suspension.work)
                suspension.done.resume()
            }
            if descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                descriptors[0].fd = -1
                continuation.finish()
            }
            readInput()
            if let screen { render(screen) }
            clipboard.forEach(sendToClipboard)
        }
        shutDown()
    }

    /// Gives the terminal back for `work` (curses' modes saved, the screen left), then takes it again and redraws it all.
    private func runSuspended(_ work: () -> Void) {
        def_prog_mode()
        if mouse { minted_mouse_off() }
        endwin()
        work()
        reset_prog_mode()
        if mouse { _ = minted_mouse_on() }
        clearok(window, true)
        // The last screen again, every cell of it: the editor drew over all of them.
        let last = previous
        previous = nil
        if let last { render(last) }
        // Whatever the work left unread (keys typed into a closing editor) is not the UI's.
        flushinp()
    }

    private func readInput() {
        var character: wint_t = 0
        while true {
            switch wget_wch(window, &character) {
            case KEY_CODE_YES where Int32(character) == KEY_RESIZE:
                resize()
            case KEY_CODE_YES where Int32(character) == KEY_MOUSE:
                if let event = readMouse() { continuation.yield(.mouse(event)) }
            case KEY_CODE_YES:
                continuation.yield(.key(Key(cursesKeyCode: Int32(character))))
            case OK:
                continuation.yield(.key(Key(cursesCharacter: character)))
            default:
                return
            }
        }
    }

    private func readMouse() -> MouseEvent? {
        var x: Int32 = 0
        var y: Int32 = 0
        let position = { Point(x: Int(max(0, x)), y: Int(max(0, y))) }
        switch minted_mouse_event(&x, &y) {
        case 1: return MouseEvent(.press, at: position())
        case 4: return MouseEvent(.wheelUp, at: position())
        case 5: return MouseEvent(.wheelDown, at: position())
        default: return nil
        }
    }

    private func resize() {
        let size = Size(width: Int(minted_getmaxx(window)), height: Int(minted_getmaxy(window)))
        shared.withLock { $0.size = size }
        previous = nil
        continuation.yield(.resize(size))
    }

    /// OSC 52: the terminal (or tmux, or the SSH client's terminal) puts `text` on the clipboard; curses never sees it.
    private func sendToClipboard(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        fputs(sequence, minted_stdout())
        fflush(minted_stdout())
    }

    private func shutDown() {
        if mouse { minted_mouse_off() }
        curs_set(1)
        echo()
        noraw()
        endwin()
        delscreen(terminalScreen)
        continuation.finish()
        wake.close()
        finished.signal()
    }
}
