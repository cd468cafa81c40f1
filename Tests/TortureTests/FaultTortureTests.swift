import Foundation
import Journeys
import MintedAPI
import MintedSandbox
import MintedTesting
import Synchronization
import Testing

/// The three journeys against a sandbox that fails on purpose: every step ends in success or a reported error,
/// nothing crashes, and no basket is ever completed twice.
@Suite(.serialized)
struct FaultTortureTests {
    static let journeys = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("journeys")

    @Test func journeysUnderFaultsEndCleanlyAndNeverCompleteTwice() async throws {
        let server = SandboxServer(configuration: SandboxConfiguration(volatility: 0))
        let url = try await server.start()
        let client = MintedClient(configuration: ClientConfiguration(
            // A dropped connection is noticed at once; the short timeout bounds a request stuck any other way.
            baseURL: url, credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(4)))
        let plan = #"{"latencyMs": 2, "jitterMs": 3, "errorRate": 0.15, "malformedRate": 0.1, "dropRate": 0.05}"#
        _ = try await client.raw(Endpoint(method: "PUT", path: "/_sandbox/faults", body: Data(plan.utf8)))
        let active = try await client.raw(Endpoint(method: "GET", path: "/_sandbox/faults"))
        #expect("\(String(describing: active))".contains("0.15"), "the fault plan is in force: \(String(describing: active))")

        let lines = Mutex<[String]>([])
        let runner = JourneyRunner(client: client, defaultCustomer: SandboxEngine.demoCustomerId,
                                   report: { line in lines.withLock { $0.append(line) } })
        var results: [JourneyResult] = []
        for round in 0..<6 {
            for file in ["buy.toml", "sell.toml", "delivery.toml"] {
                let journey = try Journey.load(Self.journeys.appendingPathComponent(file))
                results.append(await runner.run(journey, file: "\(file)#\(round)"))
            }
        }
        #expect(results.count == 18)
        for result in results {
            #expect(result.steps.count > 0)
            for step in result.steps where step.failure != nil {
                #expect(!(step.failure ?? "").isEmpty, "a failure always says what happened")
            }
        }
        #expect(results.contains { !$0.passed }, "the faults did bite")

        _ = try await client.raw(Endpoint(method: "DELETE", path: "/_sandbox/faults"))
        let orders = try await client.send(.orders(OrderQuery(perPage: 100, customerExternalId: SandboxEngine.demoCustomerId)))
        let tokens = orders.data.map(\.token)
        #expect(Set(tokens).count == tokens.count, "no cart token was completed twice: \(tokens)")
        #expect(orders.total == tokens.count)
        await server.stop()
    }
}
