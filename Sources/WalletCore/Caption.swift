/// The `--demo` caption line: which step of the walk-through just happened, in words an audience follows.
public struct Caption: Sendable, Equatable {
    /// Counts from 1 for each new caption.
    public var step: Int
    public var text: String

    public init(step: Int, text: String) {
        self.step = step
        self.text = text
    }
}
