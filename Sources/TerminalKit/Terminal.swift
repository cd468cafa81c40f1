/// A display that shows `Screen`s and reports key presses and resizes.
public protocol Terminal: AnyObject, Sendable {
    /// The current size in cells.
    var size: Size { get }

    /// Shows `screen`, writing only the cells that differ from the last screen drawn (everything after a resize).
    func draw(_ screen: Screen)

    /// Key presses and resizes, in order; meant for a single consumer, and finished by `restore()`.
    func events() -> AsyncStream<TerminalEvent>

    /// Gives the terminal back in the state it was found in; safe to call more than once.
    func restore()
}
