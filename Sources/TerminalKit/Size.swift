/// A width and height measured in terminal cells.
public struct Size: Equatable, Hashable, Sendable {
    /// Number of columns.
    public var width: Int
    /// Number of rows.
    public var height: Int

    /// A size with the given columns and rows.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The empty size, 0×0.
    public static let zero = Size(width: 0, height: 0)

    /// Number of cells the size covers; zero when either side is not positive.
    public var area: Int { max(width, 0) * max(height, 0) }
}
