import CNCursesW
import TerminalKit

extension CursesSession {
    /// Writes the cells of `screen` that differ from the last screen drawn — all of them after a resize or a size
    /// change — then updates the terminal once.
    func render(_ screen: Screen) {
        let runs: [ScreenRun]
        if let previous, previous.size == screen.size {
            runs = screen.diff(from: previous)
        } else {
            werase(window)
            clearok(window, true)
            runs = screen.diff(from: Screen(size: .zero))
        }
        for run in runs {
            for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                write(cell, x: run.x + offset, y: run.y)
            }
        }
        wnoutrefresh(window)
        doupdate()
        previous = screen
    }

    /// Puts one cell; the bottom-right cell reports ERR because the cursor cannot advance, which is harmless.
    private func write(_ cell: Cell, x: Int, y: Int) {
        let glyph = cell.text.first.flatMap { TextWidth.width(of: $0) > 0 ? $0 : nil } ?? " "
        var characters = glyph.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var pair = colorPairs.pair(for: cell.style)
        var character = cchar_t()
        setcchar(&character, characters, cell.style.attributes.cursesAttributes, 0, &pair)
        mvwadd_wch(window, Int32(y), Int32(x), &character)
    }
}
