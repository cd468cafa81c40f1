import Foundation

/// One API call's method, path, query and body. Every path of the API lives in `Endpoint+Walletable.swift`.
public struct Endpoint: Sendable {
    public var method: String
    public var path: String
    public var query: [URLQueryItem]
    public var body: Data?
    public var auth: Auth
    /// Vendor headers sent instead of the configured ones (`x-client-id`, `api-version`, `Accept-Language`): a recorder
    /// passes on its own client's.
    public var headers: [String: String]

    /// How a call authenticates: Digest for the partner API, a bearer token for the webview endpoints.
    public enum Auth: Sendable, Equatable {
        case digest
        case bearer(String)
    }

    public init(method: String, path: String, query: [URLQueryItem] = [], body: Data? = nil, auth: Auth = .digest,
                headers: [String: String] = [:]) {
        self.method = method
        self.headers = headers
        self.path = path
        self.query = query
        self.body = body
        self.auth = auth
    }

    /// Builds an endpoint whose body is `payload` as JSON.
    static func json(_ method: String, _ path: String, _ payload: some Encodable, auth: Auth = .digest) -> Endpoint {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Endpoint(method: method, path: path, body: try? encoder.encode(payload), auth: auth)
    }
}
