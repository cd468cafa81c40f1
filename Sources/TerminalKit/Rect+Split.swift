extension Rect {
    /// Splits side by side: the left part is `column` cells wide (clamped to the rectangle), the right part the rest.
    public func splitHorizontally(at column: Int) -> (left: Rect, right: Rect) {
        let leftWidth = min(max(column, 0), width)
        let left = Rect(x: x, y: y, width: leftWidth, height: height)
        let right = Rect(x: x + leftWidth, y: y, width: width - leftWidth, height: height)
        return (left, right)
    }

    /// Splits side by side, giving the left part `fraction` (0…1) of the width, rounded down.
    public func splitHorizontally(fraction: Double) -> (left: Rect, right: Rect) {
        splitHorizontally(at: Int((Double(width) * min(max(fraction, 0), 1)).rounded(.down)))
    }

    /// Splits one above the other: the top part is `row` cells high (clamped to the rectangle), the bottom part the rest.
    public func splitVertically(at row: Int) -> (top: Rect, bottom: Rect) {
        let topHeight = min(max(row, 0), height)
        let top = Rect(x: x, y: y, width: width, height: topHeight)
        let bottom = Rect(x: x, y: y + topHeight, width: width, height: height - topHeight)
        return (top, bottom)
    }

    /// Splits one above the other, giving the top part `fraction` (0…1) of the height, rounded down.
    public func splitVertically(fraction: Double) -> (top: Rect, bottom: Rect) {
        splitVertically(at: Int((Double(height) * min(max(fraction, 0), 1)).rounded(.down)))
    }
}
