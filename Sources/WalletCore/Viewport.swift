/// The terminal's size as the reducer knows it, for refusing what cannot be shown whole.
public struct Viewport: Sendable, Equatable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// Whether a `columns` × `rows` sheet fits.
    public func fits(columns needed: Int, rows neededRows: Int) -> Bool { columns >= needed && rows >= neededRows }
}
