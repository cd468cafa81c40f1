import MintedAPI

/// A one-line message for the footer, kept in the message log.
public struct Notice: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case info, error }

    /// Who caused it: the person (a key and what it led to), or the app on its own (polls, retries).
    public enum Origin: Sendable, Equatable { case person, background }

    public var kind: Kind
    public var text: String
    public var origin: Origin
    /// What it is about ("complete", "rates"): a later success of the same clears it from the footer.
    public var topic: String
    /// The HTTP status of a failed call.
    public var status: Int?

    public init(_ kind: Kind, _ text: String, origin: Origin = .person, topic: String = "", status: Int? = nil) {
        self.kind = kind
        self.text = text
        self.origin = origin
        self.topic = topic
        self.status = status
    }

    /// A notice for a failed call: what was being done, then status, message and 422 fields.
    public static func failure(_ what: String, _ error: APIError) -> Notice {
        Notice(.error, "\(what): \(error)", topic: what, status: error.status)
    }

    /// The same notice, raised by the app on its own rather than by the person.
    public var background: Notice {
        var notice = self
        notice.origin = .background
        return notice
    }
}
