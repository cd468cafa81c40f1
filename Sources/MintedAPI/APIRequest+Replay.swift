import Foundation

extension APIRequest where Response == Int {
    /// An exchange sent again as it was (`r` in the inspector's detail), or with an edited body: the same method, path,
    /// query and body under a fresh Digest handshake. Answers the 2xx status; any other is thrown like every call.
    public static func replay(method: String, pathAndQuery: String, body: String) -> APIRequest {
        let components = URLComponents(string: pathAndQuery)
        let endpoint = Endpoint(method: method, path: components?.path ?? pathAndQuery, query: components?.queryItems ?? [],
                                body: body.isEmpty ? nil : Data(body.utf8))
        return APIRequest(endpoint, name: "replay") { $0.status }
    }
}

extension Exchange {
    /// Why this exchange cannot be sent again as recorded, or nil when it can: a body cut at `bodyLimit` or with a
    /// credential redacted, or a bearer token (the webview's) that is not kept.
    public var replayRefusal: String? {
        if requestBody.contains("… (") && requestBody.contains(" bytes in all)") { return "its body was cut at \(Self.bodyLimit) bytes" }
        if requestBody.contains("\"***\"") { return "a credential in its body was redacted" }
        let authorization = requestHeaders.first { $0.key.lowercased() == "authorization" }?.value ?? ""
        if authorization.hasPrefix("Bearer") { return "its bearer token (the webview's) is not kept" }
        return nil
    }
}
