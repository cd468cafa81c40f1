extension Screen {
    /// Row `y` as text: continuation cells skipped, trailing spaces trimmed; empty outside the screen.
    public func row(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var line = ""
        for x in 0..<size.width {
            let cell = cells[y * size.width + x]
            if !cell.isContinuation { line += cell.text }
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// Every row as text, joined by newlines — the form snapshot tests compare.
    public func text() -> String {
        (0..<size.height).map(row).joined(separator: "\n")
    }
}
