import Foundation

/// Where a sandbox's walletable answers come from instead of its engine: a recorder (the real host, each exchange
/// written down) or a player (a cassette read back).
public protocol CassetteDeck: Sendable {
    /// The answer to `request`; throws `CassetteRefusal` for an error envelope of the sandbox's own.
    func answer(_ request: CassetteRequest) async throws -> CassetteAnswer
}
