/// One way a JSON value breaks its schema: where, what the schema asks and what was there.
public struct SchemaViolation: Sendable, Equatable {
    /// The dotted path of the value (`data.items[0].total`; empty for the whole body).
    public var path: String
    /// What the schema asks.
    public var expected: String
    /// What was there.
    public var got: String

    /// A violation at `path`.
    public init(path: String, expected: String, got: String) {
        self.path = path
        self.expected = expected
        self.got = got
    }
}
