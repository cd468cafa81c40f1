/// A horizontal stretch of changed cells: row `y`, starting column `x`, and the new cells from there on.
public struct ScreenRun: Equatable, Sendable {
    /// Row of the run.
    public var y: Int
    /// Column of the run's first cell.
    public var x: Int
    /// The new cells, left to right.
    public var cells: [Cell]

    /// A run of `cells` starting at column `x` of row `y`.
    public init(y: Int, x: Int, cells: [Cell]) {
        self.y = y
        self.x = x
        self.cells = cells
    }
}
