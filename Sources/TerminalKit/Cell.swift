/// One terminal cell: a single grapheme cluster and its style.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown; empty for a continuation cell.
    public var text: String
    /// How the cell looks.
    public var style: Style
    /// True for the second column of a wide glyph, which the terminal fills from the cell to its left.
    public var isContinuation: Bool

    /// A cell showing `text` (one grapheme cluster) in `style`.
    public init(text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A space in the plain style.
    public static let blank = Cell()

    /// The hidden second half of a wide glyph drawn in `style`.
    public static func continuation(style: Style) -> Cell {
        Cell(text: "", style: style, isContinuation: true)
    }
}
