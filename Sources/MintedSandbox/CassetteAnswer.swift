import Foundation

/// What a cassette deck answers a request with: status, the headers worth keeping, and the body.
public struct CassetteAnswer: Sendable, Equatable {
    public var status: Int
    /// Lower-case names.
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Response headers a cassette keeps: none that is bound to a nonce, a session or the moment (`www-authenticate`,
    /// `authentication-info`, `set-cookie`, `date`).
    static let keptHeaders: Set<String> = ["content-type", "retry-after", "location", "allow"]
}
