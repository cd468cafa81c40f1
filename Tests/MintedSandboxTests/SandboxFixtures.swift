import Foundation
import MintedAPI
import MintedSandbox

/// Shared test facts and the loopback harness.
enum SandboxFixtures {
    /// 2026-02-20T12:27:57Z, seed 004's `order_at`.
    static let start = Date(timeIntervalSince1970: 1_771_590_477)

    /// Frozen prices: the seed's 592.34 per gram stays put.
    static let frozen = SandboxConfiguration(volatility: 0)

    static let customer = SandboxEngine.demoCustomerId

    static func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

    /// A 422 naming one field.
    static func fieldError(_ name: String, _ message: SandboxMessage) -> SandboxError {
        .validation(message: message, fields: [name: [message]])
    }

    /// Runs `body` against a fresh sandbox on an ephemeral loopback port through the real client, then stops it.
    static func withSandbox<Result>(
        _ configuration: SandboxConfiguration = frozen, clock: ManualClock? = nil, transport: (any HTTPTransport)? = nil,
        password: String = "sandbox", language: String = "en", _ body: (MintedClient, SandboxServer) async throws -> Result
    ) async throws -> Result {
        let server = if let clock {
            SandboxServer(configuration: configuration, clock: clock.reading)
        } else {
            SandboxServer(configuration: configuration)
        }
        let url = try await server.start()
        let client = MintedClient(
            configuration: ClientConfiguration(baseURL: url, credentials: DigestCredentials(username: "sandbox", password: password),
                                               language: language, timeout: .seconds(120)),
            transport: transport ?? HTTPClientTransport()
        )
        do {
            let result = try await body(client, server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}
