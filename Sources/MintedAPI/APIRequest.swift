import Foundation

/// One call of the API, declared once with the type its answer decodes to: the UI, `minted api`, journeys and tests
/// all send these through `APIHost.send`. Every walletable call is in `APIRequest+Walletable.swift`.
public struct APIRequest<Response: Sendable>: Sendable {
    /// What goes on the wire.
    public var endpoint: Endpoint
    /// The declaration's name (`addItem`), for logs and test fakes.
    public var name: String
    /// Turns a 2xx answer's envelope into the answer.
    let read: @Sendable (HTTPResponse) throws -> Response
    /// An error that is an answer after all (the webview's 404 "Record Not Found" is "no basket").
    let recover: @Sendable (APIError) -> Response?

    init(_ endpoint: Endpoint, name: String, read: @escaping @Sendable (HTTPResponse) throws -> Response,
         recover: @escaping @Sendable (APIError) -> Response? = { _ in nil }) {
        self.endpoint = endpoint
        self.name = name.split(separator: "(", maxSplits: 1).first.map(String.init) ?? name
        self.read = read
        self.recover = recover
    }
}

extension APIRequest where Response: Codable {
    /// A call whose `data` must be present: `null` is a malformed answer.
    static func required(_ endpoint: Endpoint, name: String = #function) -> APIRequest {
        APIRequest(endpoint, name: name) { response in
            guard let payload = try MintedClient.payload(Response.self, from: response) else {
                throw APIError.decoding(path: "data", snippet: "null")
            }
            return payload
        }
    }
}

extension APIRequest where Response: Codable {
    /// A call outside the table (a probe, a test of the host's edges) whose `data` must be present.
    public static func required(_ endpoint: Endpoint, as: Response.Type) -> APIRequest {
        .required(endpoint, name: "\(endpoint.method) \(endpoint.path)")
    }
}

extension APIRequest {
    /// A call outside the table (a probe, a test of the host's edges) whose `data` may be `null`.
    public static func decoding<Payload: Codable & Sendable>(_ endpoint: Endpoint, as: Payload.Type) -> APIRequest
    where Response == Payload? {
        .optional(endpoint, name: "\(endpoint.method) \(endpoint.path)")
    }

    /// A call whose `data` may be `null`: nil then.
    static func optional<Payload: Codable & Sendable>(_ endpoint: Endpoint, name: String = #function) -> APIRequest
    where Response == Payload? {
        APIRequest(endpoint, name: name) { response in try MintedClient.payload(Payload.self, from: response) }
    }

    /// A call answering a list: `null` is the empty list.
    static func list<Element: Codable & Sendable>(_ endpoint: Endpoint, name: String = #function) -> APIRequest
    where Response == [Element] {
        APIRequest(endpoint, name: name) { response in try MintedClient.payload([Element].self, from: response) ?? [] }
    }

    /// A call whose answer carries nothing worth reading (its envelope is still checked).
    static func acknowledged(_ endpoint: Endpoint, name: String = #function) -> APIRequest where Response == Nothing {
        APIRequest(endpoint, name: name) { response in
            _ = try MintedClient.payload(JSONValue.self, from: response)
            return Nothing()
        }
    }
}

/// Where requests are answered: `MintedClient` over HTTP, or a fake in tests.
public protocol APIHost: Sendable {
    /// Sends `request` and returns its decoded answer. Throws only `APIError`.
    @discardableResult
    func send<Response>(_ request: APIRequest<Response>) async throws -> Response
}
