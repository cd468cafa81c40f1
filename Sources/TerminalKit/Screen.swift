/// A grid of cells that views draw into and terminals display; any size, including 0×0, is safe.
public struct Screen: Equatable, Sendable {
    /// Columns and rows; never negative.
    public let size: Size
    /// Row-major cells, `size.width * size.height` of them.
    public internal(set) var cells: [Cell]

    /// A screen of `size` with every cell set to `fill`.
    public init(size: Size, fill: Cell = .blank) {
        self.size = Size(width: max(size.width, 0), height: max(size.height, 0))
        cells = Array(repeating: fill, count: self.size.area)
    }

    /// The whole screen as a rectangle at the origin.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at column `x`, row `y`; reads outside the screen give a blank cell and writes there are ignored.
    /// Writing replaces the cell as is, without repairing wide glyphs it cuts (use `put` for text).
    public subscript(x x: Int, y y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * size.width + x] : .blank }
        set {
            if contains(x: x, y: y) { cells[y * size.width + x] = newValue }
        }
    }

    /// Whether column `x`, row `y` lies on the screen.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.width && y < size.height
    }
}
