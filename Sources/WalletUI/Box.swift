import TerminalKit

/// A bordered pane with a title on the left and an optional label on the right of its top edge.
public struct Box: Sendable {
    public var title: String
    public var trailing: String?
    public var trailingRole: ThemeRole
    public var focused: Bool

    public init(title: String, trailing: String? = nil, trailingRole: ThemeRole = .muted, focused: Bool) {
        self.title = title
        self.trailing = trailing
        self.trailingRole = trailingRole
        self.focused = focused
    }

    /// Draws the frame and returns the inner area.
    @discardableResult
    public func draw(in rect: Rect, on screen: inout Screen, theme: Theme) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let border = focused ? theme[.focus] : theme[.border]
        let horizontal = String(repeating: "─", count: rect.width - 2)
        screen.put("┌" + horizontal + "┐", at: Point(x: rect.x, y: rect.y), style: border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            screen.put("│", at: Point(x: rect.x, y: y), style: border)
            screen.put("│", at: Point(x: rect.maxX - 1, y: y), style: border)
        }
        screen.put("└" + horizontal + "┘", at: Point(x: rect.x, y: rect.maxY - 1), style: border)
        let room = rect.width - 4
        var used = 0
        if room > 0 {
            used = screen.put(" " + TextWidth.truncate(title, to: max(0, room - 2)) + " ", at: Point(x: rect.x + 1, y: rect.y),
                              style: focused ? theme[.focus] : theme[.accent], maxWidth: room)
        }
        if let trailing, room - used > 4 {
            let text = " " + TextWidth.truncate(trailing, to: room - used - 3) + " "
            let width = TextWidth.width(of: text)
            screen.put(text, at: Point(x: rect.maxX - 2 - width, y: rect.y), style: theme[trailingRole])
        }
        return rect.inset(horizontal: 2, vertical: 1)
    }
}
