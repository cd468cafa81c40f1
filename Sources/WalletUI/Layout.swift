import TerminalKit

/// Where the header, the four panes and the footer go at a given size.
public struct Layout: Sendable, Equatable {
    /// Below this the size guard replaces the screen.
    public static let minimum = Size(width: 60, height: 20)
    /// From this size the panes sit in a 2 × 2 grid; narrower, they stack.
    public static let grid = Size(width: 100, height: 30)

    public var header: Rect
    public var footer: Rect
    public var products: Rect
    public var basket: Rect
    public var wallet: Rect
    public var rates: Rect
    /// The `--demo` caption line, just above the footer; nil without one.
    public var caption: Rect?
    /// Everything between the header and the footer (and the caption): where modals go.
    public var body: Rect

    /// Nil when the terminal is below the minimum size. `captioned` keeps a line above the footer for `--demo`.
    public init?(size: Size, captioned: Bool = false) {
        guard size.width >= Self.minimum.width, size.height >= Self.minimum.height else { return nil }
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        footer = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        caption = captioned ? Rect(x: 0, y: size.height - 2, width: size.width, height: 1) : nil
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - (captioned ? 3 : 2))
        self.body = body
        if size.width >= Self.grid.width && size.height >= Self.grid.height {
            let topHeight = body.height / 2
            let leftWidth = body.width * 2 / 5
            products = Rect(x: 0, y: body.y, width: leftWidth, height: topHeight)
            basket = Rect(x: leftWidth, y: body.y, width: body.width - leftWidth, height: topHeight)
            wallet = Rect(x: 0, y: body.y + topHeight, width: leftWidth, height: body.height - topHeight)
            rates = Rect(x: leftWidth, y: body.y + topHeight, width: body.width - leftWidth, height: body.height - topHeight)
        } else {
            let quarter = body.height / 4
            let heights = [quarter, quarter + body.height % 4, quarter, quarter]
            var y = body.y
            var rects = [Rect]()
            for height in heights {
                rects.append(Rect(x: 0, y: y, width: body.width, height: height))
                y += height
            }
            products = rects[0]
            basket = rects[1]
            wallet = rects[2]
            rates = rects[3]
        }
    }
}
