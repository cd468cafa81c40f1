import Foundation
import MintedAPI
import MintedSandbox
import Testing

/// The sandbox's field-altering fault (`corrupt` in the fault plan): applied to successful answers of its route only,
/// counted down by `times`, journalled, and validated by the control API.
@Suite struct CorruptionFaultTests {
    private func withSandbox(_ body: (MintedClient) async throws -> Void) async throws {
        let server = SandboxServer(configuration: SandboxConfiguration(volatility: 0))
        let client = MintedClient(configuration: ClientConfiguration(
            baseURL: try await server.start(), credentials: DigestCredentials(username: "sandbox", password: "sandbox"), timeout: .seconds(60)))
        do { try await body(client) } catch { await server.stop(); throw error }
        await server.stop()
    }

    private func put(_ client: MintedClient, _ plan: String) async throws -> FaultPlan {
        try await client.send(.required(Endpoint(method: "PUT", path: "/_sandbox/faults", body: Data(plan.utf8)), as: FaultPlan.self))
    }

    @Test func aCorruptionReplacesTheFieldForItsTimesThenEnds() async throws {
        try await withSandbox { client in
            let before = try await client.send(.currencyRates())
            let plan = try await put(client, #"{"corrupt": [{"method": "GET", "path": "/partner/walletable/currency-rates", "field": "data[1].sell", "value": 0.01, "times": 1}]}"#)
            #expect(plan.corrupt == [FaultPlan.Corruption(method: "GET", path: "/partner/walletable/currency-rates", field: "data[1].sell",
                                                          value: .number(Decimal(string: "0.01")!), times: 1)])
            let corrupted = try await client.send(.currencyRates())
            #expect(corrupted[1].sell == Decimal(string: "0.01")!)
            // Frozen prices: only the corrupted field differs (`updated_at` follows the clock, so it is not compared).
            #expect(corrupted.map(\.buy) == before.map(\.buy) && corrupted[0].sell == before[0].sell)
            let after = try await client.send(.currencyRates())
            #expect(after.map(\.sell) == before.map(\.sell))
            #expect(try await client.send(.sandboxFaults()).corrupt.isEmpty)
            let journal = try await client.send(.required(Endpoint(method: "GET", path: "/_sandbox/journal"), as: [JournalEntry].self))
            #expect(journal.suffix(2).map(\.fault) == ["corrupt", nil])
        }
    }

    @Test func aNullValueAndAMissingKeyAreWrittenAndRefusalsUntouched() async throws {
        try await withSandbox { client in
            _ = try await put(client, #"{"corrupt": [{"path": "/partner/walletable/currency-rates", "field": "data[0].item_currency_name", "value": null}, {"path": "/partner/customer/nobody", "field": "data", "value": 1}]}"#)
            let raw = try await client.raw(.currencyRates())
            guard case .array(let rates)? = raw, case .object(let first) = rates[0] else { Issue.record("rates: \(String(describing: raw))"); return }
            #expect(first["item_currency_name"] == .null)
            // A refusal is left as it was: the corruption applies to successful answers only.
            await #expect(throws: APIError.self) { try await client.send(.customer("nobody")) }
        }
    }

    @Test func badCorruptionsAreRefusedWith422() async throws {
        try await withSandbox { client in
            for bad in [#"{"path": "partner", "field": "data.total", "value": 1}"#, #"{"path": "/x", "field": "data..total", "value": 1}"#,
                        #"{"path": "/x", "field": "data[a]", "value": 1}"#, #"{"path": "/x", "field": "data", "value": 1, "times": 0}"#] {
                await #expect(throws: APIError.self) { _ = try await put(client, #"{"corrupt": [\#(bad)]}"#) }
            }
            let plan = try await client.send(.sandboxFaults())
            #expect(plan.isEmpty)
        }
    }
}
