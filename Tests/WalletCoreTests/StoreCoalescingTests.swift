import Clocks
import Foundation
import MintedAPI
import MintedTesting
import Synchronization
import Testing
import WalletCore

/// A held key must not put thousands of requests in flight: the store sends a read once while the same read is out,
/// and a newer read of the same thing waits for the one out, only the latest of them sent.
struct StoreCoalescingTests {
    /// Calls that wait until `open` is set, counting how often each closure was entered.
    final class Gate: Sendable {
        let entered = Mutex<[String: Int]>([:])
        let open = Mutex(false)

        func pass(_ name: String) async throws {
            entered.withLock { $0[name, default: 0] += 1 }
            while !open.withLock({ $0 }) {
                try Task.checkCancellation()
                try await Task.sleep(for: .milliseconds(1))
            }
        }

        func count(_ name: String) -> Int { entered.withLock { $0[name] ?? 0 } }
    }

    static func store(_ gate: Gate) -> Store {
        var api = SampleHost.samples(lockedUntil: Samples.start.addingTimeInterval(240))
        api.answers["products"] = { _ in try await gate.pass("products"); return Page(currentPage: 1, data: [Samples.goldBar], lastPage: 1, perPage: 100, total: 1) }
        api.answers["activeBasket"] = { sent in try await gate.pass("basket \(sent.queryValue("type") ?? "")"); return Samples.basket(lockedUntil: Samples.start.addingTimeInterval(240)) }
        api.answers["balance"] = { _ in try await gate.pass("balance"); return Samples.holdings }
        api.answers["currencyRates"] = { _ in try await gate.pass("rates"); return [Samples.goldRate] }
        return Store(state: AppState(connection: .sandbox, customerId: Samples.customerId, now: Samples.start),
                     environment: testEnvironment(api: api, clock: TestClock()))
    }

    @Test func aHeldRefreshSendsEachReadOnce() async {
        let gate = Gate()
        let store = Self.store(gate)
        for _ in 0..<200 { await store.send(.refreshRequested) }
        await settle { gate.count("products") == 1 && gate.count("rates") == 1 }
        #expect(await store.state.requestsInFlight == 4, "products, basket, wallet, rates: once each")
        gate.open.withLock { $0 = true }
        await settle { let state = await store.state; return state.requestsInFlight == 0 && state.market.products.count == 1 }
        #expect(gate.count("products") == 1)
        #expect(gate.count("balance") == 1)
        #expect(await store.state.market.products == [Samples.goldBar], "the one answer served every press")
        await store.cancelAll()
    }

    @Test func basketTypesPressedWhileAReadIsOutSendOnlyTheLatest() async {
        let gate = Gate()
        let store = Self.store(gate)
        for type in [BasketType.sell, .delivery, .buy, .delivery, .sell] { await store.send(.basket(.typeChosen(type))) }
        await settle { gate.count("basket sell") == 1 }
        #expect(await store.state.requestsInFlight == 1, "one basket read out; the later ones wait, only the latest kept")
        gate.open.withLock { $0 = true }
        await settle { let basket = await store.state.checkout.basket; return gate.count("basket sell") == 2 && basket != nil }
        #expect(gate.count("basket delivery") == 0 && gate.count("basket buy") == 0, "superseded reads were never sent")
        #expect(gate.count("basket sell") == 2, "the first read, then the latest")
        #expect(await store.state.checkout.type == .sell)
        #expect(await store.state.checkout.basket != nil)
        #expect(await store.state.requestsInFlight == 0)
        await store.cancelAll()
    }
}
