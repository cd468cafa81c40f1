import Foundation

extension MintedClient {
    /// `endpoint`'s answer whatever its status, with Digest auth and the exchange recorded, for checks that read error
    /// envelopes as well as successes (`minted conformance`). Throws `APIError` only when no answer came.
    public func response(_ endpoint: Endpoint) async throws -> HTTPResponse {
        try await exchange(endpoint)
    }
}
