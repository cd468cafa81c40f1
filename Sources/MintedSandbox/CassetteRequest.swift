import Foundation

/// A walletable request as a recorder forwards it and a player matches it: method, path, query and body.
public struct CassetteRequest: Sendable, Equatable {
    /// `GET`, `POST`, …, upper case.
    public var method: String
    /// The path, percent-encoded as sent.
    public var path: String
    /// The query without its `?`, percent-encoded as sent; empty for none.
    public var query: String
    /// The body as sent.
    public var body: Data
    /// The vendor headers the client sent (`x-client-id`, `api-version`, `Accept-Language`), passed on upstream.
    public var vendorHeaders: [String: String]
    /// The webview's bearer token on its bearer paths, passed on upstream; never recorded.
    public var bearerToken: String?

    public init(method: String, path: String, query: String = "", body: Data = Data(), vendorHeaders: [String: String] = [:],
                bearerToken: String? = nil) {
        self.method = method.uppercased()
        self.bearerToken = bearerToken
        self.path = path
        self.query = query
        self.body = body
        self.vendorHeaders = vendorHeaders
    }

    /// The headers passed upstream, by the names `MintedClient` sends them under.
    static let vendorHeaderNames = ["x-client-id", "api-version", "Accept-Language"]

    /// `METHOD /path?query`, for messages.
    public var line: String { "\(method) \(path)" + (query.isEmpty ? "" : "?\(query)") }
}
