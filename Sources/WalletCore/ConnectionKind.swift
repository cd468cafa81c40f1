/// Which backend the app talks to; each has its own colour in the header.
public enum ConnectionKind: String, Sendable, Equatable, CaseIterable {
    case sandbox, staging, production

    /// The header's label.
    public var label: String { rawValue.uppercased() }
}
