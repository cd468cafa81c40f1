/// Something the terminal reports: a key press, a mouse press or wheel notch, or a new size.
public enum TerminalEvent: Hashable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The mouse was pressed or its wheel turned (only when the terminal was opened with the mouse on).
    case mouse(MouseEvent)
    /// The terminal now has this many columns and rows.
    case resize(Size)
}
