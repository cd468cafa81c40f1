/// A key press as the application sees it, independent of the terminal library.
public enum Key: Hashable, Sendable {
    /// A printable character, including space and any Unicode letter.
    case character(Character)
    /// Ctrl with a letter, named by the lowercase letter: Ctrl-C is `.control("c")`.
    case control(Character)
    /// Enter or Return.
    case enter
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Escape.
    case escape
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// A function key, F1 is `.function(1)`.
    case function(Int)
    /// A key code the terminal reported that has no name here.
    case unknown(Int32)
}
