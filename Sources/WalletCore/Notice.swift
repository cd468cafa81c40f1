import MintedAPI

/// A one-line message for the footer; errors stay until the next one replaces them.
public struct Notice: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case info, error }
    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// A notice for a failed call: what was being done, then status, message and 422 fields.
    public static func failure(_ what: String, _ error: APIError) -> Notice {
        Notice(.error, "\(what): \(error)")
    }
}
