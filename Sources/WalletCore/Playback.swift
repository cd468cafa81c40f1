/// What `--play` is doing, for the caption line: the step and the key it just pressed.
public struct Playback: Sendable, Equatable {
    /// The step, in words (`Add 3 × MNTBAE0001 to the buy basket`).
    public var step: String
    /// The key just pressed, as help names it (`a`, `Enter`); nil between keys.
    public var key: String?

    public init(step: String, key: String? = nil) {
        self.step = step
        self.key = key
    }
}
