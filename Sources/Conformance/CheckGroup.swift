/// The checks of one kind made on one endpoint: how many passed, and the drift of those that did not. A JUnit
/// testcase each.
public struct CheckGroup: Sendable, Equatable, Codable {
    public var endpoint: String
    public var check: String
    public var passed: Int
    public var drift: [Drift]

    /// True when no check of the group drifted.
    public var isClean: Bool { drift.isEmpty }
}
