/// A mouse button press or wheel notch at a cell, as the application sees it.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        /// The left button went down.
        case press
        /// The wheel turned away from the person (scroll up).
        case wheelUp
        /// The wheel turned towards the person (scroll down).
        case wheelDown
    }

    public var kind: Kind
    /// The cell under the pointer, from the top-left corner (0, 0).
    public var position: Point

    public init(_ kind: Kind, at position: Point) {
        self.kind = kind
        self.position = position
    }
}
