import Foundation
import MintedAPI
import MintedSandbox
import Testing

/// The sandbox's drop fault closes a connection without an answer: the client reports it in words and carries on.
struct DroppedConnectionTortureTests {
    @Test func theSandboxDroppingAPostIsReportedAndTheClientCarriesOn() async throws {
        let sandbox = SandboxServer(configuration: SandboxConfiguration(volatility: 0))
        let url = try await sandbox.start(threads: 1)  // the close must happen on time, whatever else the process runs
        defer { Task { await sandbox.stop() } }
        // A drop is seen at once, so a long timeout costs nothing and tells a lost drop from a slow machine.
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(120)))
        _ = try await client.raw(Endpoint(method: "PUT", path: "/_sandbox/faults", body: Data(#"{"dropRate": 1}"#.utf8)))
        let dropped = Endpoint(method: "POST", path: Endpoint.customerPath, body: Data(#"{"first_name": "Ada"}"#.utf8))
        await #expect(throws: APIError.transport(message: "the connection was lost")) { _ = try await client.raw(dropped) }
        _ = try await client.raw(Endpoint(method: "DELETE", path: "/_sandbox/faults"))
        #expect(try await client.send(.currencyRates()).isEmpty == false)
    }
}
