/// Raw access for scripts: the envelope's `data` exactly as sent, every field kept.
extension MintedClient {
    /// The `data` of `endpoint`'s answer as JSON, or nil for `null`. Throws `APIError` like every call.
    public func raw(_ endpoint: Endpoint) async throws -> JSONValue? {
        try await send(endpoint, as: JSONValue.self)
    }
}
