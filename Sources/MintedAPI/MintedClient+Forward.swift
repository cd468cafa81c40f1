import Foundation

extension MintedClient {
    /// `endpoint` sent with this client's Digest credentials, answered whatever its status (a recorder passes 4xx and
    /// 5xx on as they came). Throws `APIError` only when no answer arrived.
    public func forward(_ endpoint: Endpoint) async throws -> HTTPResponse {
        try await exchange(endpoint)
    }
}
