extension Screen {
    /// The escape sequences that turn a terminal showing `previous` into one showing this screen: the cells that differ,
    /// each run placed with a cursor move and styled with SGR; everything, after a clear, when there is no previous
    /// screen of this size. What an asciicast recording plays back.
    public func ansi(from previous: Screen?) -> String {
        var out = ""
        let runs: [ScreenRun]
        if let previous, previous.size == size {
            runs = diff(from: previous)
        } else {
            out += "\u{1B}[0m\u{1B}[2J"
            runs = diff(from: Screen(size: .zero))
        }
        var current: Style?
        for run in runs {
            out += "\u{1B}[\(run.y + 1);\(run.x + 1)H"
            for cell in run.cells where !cell.isContinuation {
                if cell.style != current {
                    out += cell.style.sgr
                    current = cell.style
                }
                out += cell.text.isEmpty ? " " : cell.text
            }
        }
        if current != nil { out += "\u{1B}[0m" }
        return out
    }
}

extension Style {
    /// The SGR sequence that sets exactly this style (from a reset).
    public var sgr: String {
        var codes = ["0"]
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.italic) { codes.append("3") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) { codes.append("7") }
        if let code = foreground.sgr(background: false) { codes.append(code) }
        if let code = background.sgr(background: true) { codes.append(code) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}

extension Color {
    /// The SGR parameter for this colour as a foreground or a background; nil for the terminal's own.
    func sgr(background: Bool) -> String? {
        switch self {
        case .default:
            return nil
        case .ansi(let index):
            let value = Int(index % 16)
            let base = value < 8 ? (background ? 40 : 30) : (background ? 100 : 90)
            return String(base + value % 8)
        case .indexed(let index):
            return (background ? "48;5;" : "38;5;") + String(index)
        case .rgb(let red, let green, let blue):
            return (background ? "48;2;" : "38;2;") + "\(red);\(green);\(blue)"
        }
    }
}
