extension Screen {
    /// Writes `text` grapheme by grapheme from `point`, clipped at the screen edge and at `maxWidth` columns. Wide
    /// glyphs take two cells (the second a continuation cell); one that does not fit becomes a space and ends the
    /// text. Zero-width graphemes such as controls are skipped. Returns the columns used on the screen.
    @discardableResult
    public mutating func put(_ text: String, at point: Point, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard point.y >= 0, point.y < size.height else { return 0 }
        var limit = size.width
        if let maxWidth { limit = min(limit, point.x + max(maxWidth, 0)) }
        var x = point.x
        // Text whose every scalar is a grapheme of its own (nearly all of it) is walked without grapheme breaking.
        if TextWidth.isASCII(text) {
            for byte in text.utf8 {
                guard x < limit else { break }
                guard put(CellText(ascii: byte), width: TextWidth.width(ofASCII: byte), x: &x, y: point.y, limit: limit, style: style)
                else { break }
            }
        } else if TextWidth.isScalarAligned(text) {
            for scalar in text.unicodeScalars {
                guard x < limit else { break }
                let glyphWidth = TextWidth.width(of: scalar)
                if glyphWidth == 0 { continue }
                guard put(CellText(scalar), width: glyphWidth, x: &x, y: point.y, limit: limit, style: style) else { break }
            }
        } else {
            for character in text {
                guard x < limit else { break }
                let glyphWidth = TextWidth.width(of: character)
                if glyphWidth == 0 { continue }
                guard put(CellText(String(character)), width: glyphWidth, x: &x, y: point.y, limit: limit, style: style) else { break }
            }
        }
        return max(x - max(point.x, 0), 0)
    }

    /// Places one grapheme `glyph` of `glyphWidth` columns at column `x` and moves `x` past it; false when the text
    /// ends there (a wide glyph that does not fit becomes a space).
    @inline(__always)
    private mutating func put(_ glyph: @autoclosure () -> CellText, width glyphWidth: Int, x: inout Int, y: Int, limit: Int,
                              style: Style) -> Bool {
        if glyphWidth == 0 { return true }
        if x < 0 {
            if x + glyphWidth > 0 { place(Cell(glyph: .space, style: style), x: 0, y: y) }
            x += glyphWidth
            return true
        }
        if glyphWidth == 2, x + 1 >= limit {
            place(Cell(glyph: .space, style: style), x: x, y: y)
            x += 1
            return false
        }
        place(Cell(glyph: glyph(), style: style), x: x, y: y)
        if glyphWidth == 2 {
            place(.continuation(style: style), x: x + 1, y: y)
        }
        x += glyphWidth
        return true
    }

    /// Sets every cell of `rect` (clipped to the screen) to `cell`; wide glyphs cut by the edges become spaces.
    public mutating func fill(_ rect: Rect, with cell: Cell) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                place(cell, x: x, y: y)
            }
        }
    }

    /// Changes the style of every cell in `rect` (clipped to the screen) with `transform`.
    public mutating func style(_ rect: Rect, _ transform: (inout Style) -> Void) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                transform(&cells[y * size.width + x].style)
            }
        }
    }

    /// Stores `cell`, turning into spaces the halves of wide glyphs it would orphan.
    private mutating func place(_ cell: Cell, x: Int, y: Int) {
        let width = size.width
        guard x >= 0, y >= 0, x < width, y < size.height else { return }
        let index = y * width + x
        if cells[index].isContinuation {
            if !cell.isContinuation, x > 0 { cells[index - 1].glyph = .space }
        } else if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(glyph: .space, style: cells[index + 1].style)
        }
        cells[index] = cell
    }
}
