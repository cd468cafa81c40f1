import Clocks
import Foundation
import MintedAPI
import MintedTesting
import Synchronization
import Testing
import WalletCore

/// The store running real effects on a test clock: the countdown ticks and the poller backs off, with no sleeping.
struct StoreClockTests {
    @Test func lockCountdownTicksEverySecondOfTheTestClock() async {
        let clock = TestClock()
        let api = SampleHost.samples(lockedUntil: Samples.start.addingTimeInterval(240))
        let store = Store(state: AppState(connection: .sandbox, customerId: Samples.customerId, now: Samples.start),
                          environment: testEnvironment(api: api, clock: clock))
        await store.send(.started)
        await settle { let state = await store.state; return state.checkout.basket != nil && state.requestsInFlight == 0 }
        #expect(await store.state.lockSecondsLeft == 240)
        await clock.advance(by: .seconds(1))
        await settle { await store.state.lockSecondsLeft == 239 }
        #expect(await store.state.lockSecondsLeft == 239)
        await clock.advance(by: .seconds(60))
        await settle { await store.state.lockSecondsLeft == 179 }
        #expect(await store.state.lockSecondsLeft == 179)
        await store.cancelAll()
    }

    @Test func ratePollingBacksOffOnFailureAndRecovers() async {
        let clock = TestClock()
        let polls = Mutex(0)
        var api = SampleHost.samples(lockedUntil: Samples.start.addingTimeInterval(240))
        api.answers["currencyRates"] = { _ in
            let poll = polls.withLock { $0 += 1; return $0 }
            if poll <= 2 { throw APIError.server(status: 503, message: "maintenance") }
            return [Samples.goldRate]
        }
        let store = Store(state: AppState(connection: .sandbox, customerId: Samples.customerId, now: Samples.start),
                          environment: testEnvironment(api: api, clock: clock))
        await store.send(.started)
        await settle { await store.state.market.ratePolling.failures == 1 }
        #expect(polls.withLock { $0 } == 1)
        #expect(await store.state.ratesAreStale)

        await settle { false } // let the scheduled poll start sleeping before the clock moves
        await clock.advance(by: .seconds(9))
        await settle { false }
        #expect(polls.withLock { $0 } == 1, "no retry before the 10 s backoff")
        await clock.advance(by: .seconds(1))
        await settle { await store.state.market.ratePolling.failures == 2 }
        #expect(polls.withLock { $0 } == 2)

        await settle { false } // let the scheduled poll start sleeping before the clock moves
        await clock.advance(by: .seconds(19))
        await settle { false }
        #expect(polls.withLock { $0 } == 2, "no retry before the 20 s backoff")
        await clock.advance(by: .seconds(1))
        await settle { let state = await store.state; return state.market.ratePolling.failures == 0 && !state.market.rates.isEmpty }
        #expect(polls.withLock { $0 } == 3)
        #expect(await !store.state.ratesAreStale)

        await settle { false } // let the scheduled poll start sleeping before the clock moves
        await clock.advance(by: .seconds(5))
        await settle { polls.withLock { $0 } == 4 }
        #expect(polls.withLock { $0 } == 4, "healthy polling every 5 s")
        await store.cancelAll()
    }
}
