import Foundation
import MintedAPI
import MintedSandbox
import Testing

/// The control API: faults, the journal, lock expiry and price spikes.
@Suite struct SandboxControlTests {
    private let customer = SandboxFixtures.customer

    private func put(_ client: MintedClient, _ plan: String) async throws -> FaultPlan {
        try await client.send(.required(Endpoint(method: "PUT", path: "/_sandbox/faults", body: Data(plan.utf8)), as: FaultPlan.self))
    }

    private func journal(_ client: MintedClient) async throws -> [JournalEntry] {
        try await client.send(.required(Endpoint(method: "GET", path: "/_sandbox/journal", query: [URLQueryItem(name: "limit", value: "1000")]),
                                 as: [JournalEntry].self))
    }

    @Test func injectedStatusesMalformedBodiesAndForcedRoutes() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            #expect(try await put(client, #"{"errorRate": 1}"#).errorRate == 1)
            do {
                _ = try await client.send(.currencyRates())
                Issue.record("an error rate of 1 let a request through")
            } catch let APIError.server(status, message) {
                #expect([500, 502, 503].contains(status) && message.hasPrefix("Injected fault"))
            }
            _ = try await put(client, #"{"malformedRate": 1}"#)
            await #expect(throws: APIError.self) { try await client.send(.currencyRates()) }
            do {
                _ = try await client.send(.currencyRates())
            } catch let error as APIError {
                guard case .decoding = error else { Issue.record("a malformed body gave \(error)"); return }
            }
            _ = try await put(client, #"{"forced": [{"method": "GET", "path": "/partner/walletable/currency-rates", "status": 429, "times": 1}]}"#)
            await #expect(throws: APIError.rateLimited(retryAfter: nil, message: "Injected fault: 429")) { try await client.send(.currencyRates()) }
            #expect(try await client.send(.currencyRates()).count == 2)
            #expect(try await client.send(.required(Endpoint(method: "GET", path: "/_sandbox/faults"), as: FaultPlan.self)) == FaultPlan())

            await #expect(throws: APIError.validation(message: "The errorRate field must be between 0 and 1.",
                                                      fields: ["errorRate": ["The errorRate field must be between 0 and 1."]])) {
                try await put(client, #"{"errorRate": 2}"#)
            }
            await #expect(throws: APIError.http(status: 400, message: "The request body is not a valid FaultPlan.")) {
                try await put(client, "{nope")
            }
        }
    }

    @Test func aDroppedConnectionGetsNoAnswer() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            _ = try await put(client, #"{"dropRate": 1}"#)
            do {
                _ = try await client.send(.currencyRates())
                Issue.record("a dropped connection answered")
            } catch let error as APIError {
                #expect(error.status == nil)
            }
            _ = try await client.send(.decoding(Endpoint(method: "DELETE", path: "/_sandbox/faults"), as: FaultPlan.self))
            #expect(try await client.send(.currencyRates()).count == 2)
            let entries = try await journal(client)
            #expect(entries.contains { $0.fault == "drop" && $0.status == nil })
        }
    }

    @Test func theJournalListsRequestsInOrder() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            _ = try await client.send(.currencyRates())
            _ = try await client.send(.balance(customer: customer))
            let entries = try await journal(client)
            #expect(entries.map(\.status) == [401, 200, 200])
            #expect(entries.map(\.uri).last?.hasPrefix(Endpoint.balancePath + "?") == true)
            #expect(entries.map(\.sequence) == [1, 2, 3])
            _ = try await client.send(.decoding(Endpoint(method: "DELETE", path: "/_sandbox/journal"), as: Nothing.self))
            #expect(try await journal(client).isEmpty)
        }
    }

    @Test func expiringALockAndSpikingAPrice() async throws {
        try await SandboxFixtures.withSandbox { client, _ in
            let basket = try await client.send(.addItem(customer: customer, sku: "MNTBAE0001", qty: 1, type: .buy, cartToken: nil))
            let spike = try await client.send(.required(Endpoint(
                method: "POST", path: "/_sandbox/spike", body: Data(#"{"item_currency_id": 1000013, "percent": 10}"#.utf8)
            ), as: CurrencyRate.self))
            #expect(spike.buy == SandboxFixtures.decimal("651.57"))
            #expect(try await client.send(.activeBasket(customer: customer, type: .buy))?.total == SandboxFixtures.decimal("592.34"))
            _ = try await client.send(.decoding(Endpoint(
                method: "POST", path: "/_sandbox/expire-lock", body: Data(#"{"cart_token": "\#(basket.token)"}"#.utf8)
            ), as: Nothing.self))
            await #expect(throws: APIError.conflict(message: "price lock expired, re-price the basket")) {
                try await client.send(.complete(.buy, customer: customer, cartToken: basket.token))
            }
            #expect(try await client.send(.activeBasket(customer: customer, type: .buy))?.pricefix?.updated == false)
            let repriced = try await client.send(.updateItem(customer: customer, cartToken: basket.token, sku: "MNTBAE0001", qty: 1))
            #expect(repriced.pricefix?.updated == true && repriced.total == SandboxFixtures.decimal("651.57"))
            await #expect(throws: APIError.notFound(message: "no open basket with cart_token nope")) {
                try await client.send(.decoding(Endpoint(method: "POST", path: "/_sandbox/expire-lock", body: Data(#"{"cart_token": "nope"}"#.utf8)), as: Nothing.self))
            }
        }
    }

    @Test func theControlAPIIsBehindDigest() async throws {
        _ = try await SandboxFixtures.withSandbox(password: "wrong") { client, _ in
            await #expect(throws: APIError.unauthorized(message: "Unauthenticated.")) {
                try await client.send(.required(Endpoint(method: "GET", path: "/_sandbox/faults"), as: FaultPlan.self))
            }
        }
    }
}
