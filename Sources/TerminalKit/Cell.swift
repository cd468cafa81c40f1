/// One terminal cell: a single grapheme cluster and its style.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown; empty for a continuation cell.
    public var text: String {
        get { glyph.string }
        set { glyph = CellText(newValue) }
    }
    /// `text` as plain bits: cells copy, fill and compare without touching strings.
    var glyph: CellText
    /// How the cell looks.
    public var style: Style
    /// True for the second column of a wide glyph, which the terminal fills from the cell to its left.
    public var isContinuation: Bool

    /// A cell showing `text` (one grapheme cluster) in `style`.
    public init(text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.init(glyph: CellText(text), style: style, isContinuation: isContinuation)
    }

    /// A cell showing `glyph` in `style`.
    @inline(__always)
    init(glyph: CellText, style: Style, isContinuation: Bool = false) {
        self.glyph = glyph
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A space in the plain style.
    public static let blank = Cell()

    /// The hidden second half of a wide glyph drawn in `style`.
    public static func continuation(style: Style) -> Cell {
        Cell(glyph: .empty, style: style, isContinuation: true)
    }
}
