import Clocks
import Foundation
import MintedAPI
import MintedTesting
import Synchronization
import Testing
import WalletCore

/// Re-price highlights and single completion through the store, on a test clock.
struct FlashClockTests {
    @Test func anExpiredLockRepricesAndTheChangeFlashesForThreeSeconds() async {
        let clock = TestClock()
        let reads = Mutex(0)
        var api = SampleHost.samples(lockedUntil: Samples.start.addingTimeInterval(10))
        // The host answers a read with the lock as it stands; only a change (the first line's quantity, sent again)
        // re-prices.
        api.answers["activeBasket"] = { _ in
            reads.withLock { $0 += 1 }
            return Samples.basket(lockedUntil: Samples.start.addingTimeInterval(10))
        }
        let changes = Mutex<[Int]>([])
        api.answers["updateItem"] = { sent in
            let qty = try sent.body(BasketItemUpdate.self).qty
            changes.withLock { $0.append(qty) }
            var basket = Samples.basket(lockedUntil: Samples.start.addingTimeInterval(250))
            basket.items[0].price += 1
            basket.items[0].total += 3
            basket.total += 3
            basket.paidTotal += 3
            basket.pricefix?.updated = true
            return basket
        }
        let store = Store(state: AppState(connection: .sandbox, customerId: Samples.customerId, now: Samples.start),
                          environment: testEnvironment(api: api, clock: clock))
        await store.send(.started)
        await settle { let state = await store.state; return state.checkout.basket != nil && state.requestsInFlight == 0 }
        #expect(await store.state.checkout.flash == nil)
        await clock.advance(by: .seconds(10))
        await settle { await store.state.checkout.flash != nil }
        let flash = await store.state.checkout.flash
        #expect(flash?.until == Samples.start.addingTimeInterval(13))
        #expect(flash?.totalMove(to: Samples.basket(lockedUntil: Samples.start).total + 3) == .up)
        #expect(await store.state.checkout.flash?.isActive(at: store.state.now) == true)
        await clock.advance(by: .seconds(2))
        await settle { await store.state.now == Samples.start.addingTimeInterval(12) }
        #expect(await store.state.checkout.flash?.isActive(at: store.state.now) == true)
        await clock.advance(by: .seconds(1))
        await settle { await store.state.now == Samples.start.addingTimeInterval(13) }
        #expect(await store.state.checkout.flash?.isActive(at: store.state.now) == false)
        #expect(reads.withLock { $0 } == 1, "the expired lock is not re-read")
        #expect(changes.withLock { $0 } == [3], "one re-price per expiry: the first line's quantity, unchanged")
        await store.cancelAll()
    }

    @Test func keyRepeatNeverSendsASecondComplete() async {
        let clock = TestClock()
        let completes = Mutex(0)
        var api = SampleHost.samples(lockedUntil: Samples.start.addingTimeInterval(240))
        api.answers["complete"] = { _ in
            completes.withLock { $0 += 1 }
            try await clock.sleep(for: .seconds(2))
            return Samples.order(type: .buy)
        }
        var state = AppState(connection: .sandbox, customerId: Samples.customerId, now: Samples.start)
        state.viewport = Viewport(columns: 120, rows: 40)
        let store = Store(state: state, environment: testEnvironment(api: api, clock: clock))
        await store.send(.started)
        await settle { let state = await store.state; return state.checkout.basket != nil && state.requestsInFlight == 0 }
        await store.send(.basket(.completionRequested))
        await settle { await store.state.requestsInFlight == 0 }  // the confirmation's read of the basket
        for _ in 0..<20 { await store.send(.modalConfirmed) }
        await settle { completes.withLock { $0 } == 1 }
        await clock.advance(by: .seconds(2))
        await settle { if case .receipt = await store.state.modal { return true } else { return false } }
        #expect(completes.withLock { $0 } == 1)
        let after = await store.state
        #expect(!after.checkout.completing)
        if case .receipt = after.modal {} else { Issue.record("the receipt did not open: \(String(describing: after.modal))") }
        await store.cancelAll()
    }
}
