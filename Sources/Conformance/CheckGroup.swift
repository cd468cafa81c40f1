/// The checks of one kind made on one endpoint: how many passed, and the drift of those that did not. A JUnit
/// testcase each.
public struct CheckGroup: Sendable, Equatable, Codable {
    /// Method and path template.
    public var endpoint: String
    /// The kind of check: `schema`, `fees`, `pagination`, …
    public var check: String
    /// Checks of the group that held.
    public var passed: Int
    /// Checks of the group that did not.
    public var drift: [Drift]

    /// True when no check of the group drifted.
    public var isClean: Bool { drift.isEmpty }
}
