import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// The reducer alone: every state change and effect asserted.
struct ReducerTests {
    let start = Samples.start
    var state: AppState { AppState(connection: .sandbox, customerId: Samples.customerId, now: start) }

    @Test func startLoadsEverythingAndStartsTheTicker() {
        var state = state
        let effect = AppReducer.reduce(into: &state, action: .started)
        #expect(effect == .batch([
            .tick(every: .seconds(1), id: .ticker),
            .call(.customer(Samples.customerId), generation: 0),
            .call(.products, generation: 0),
            .call(.activeBasket(customer: Samples.customerId, type: .buy), generation: 0),
            .call(.balance(customer: Samples.customerId), generation: 0),
            .call(.currencyRates, generation: 0),
            .loadCustomerBook,
        ]))
        #expect(state.requestsInFlight == 5)
    }

    @Test func countdownComesFromNextUpdateAndTheClock() {
        var state = state
        state.basket = Samples.basket(lockedUntil: start.addingTimeInterval(240))
        #expect(state.lockSecondsLeft == 240)
        _ = AppReducer.reduce(into: &state, action: .ticked(start.addingTimeInterval(39)))
        #expect(state.lockSecondsLeft == 201)
        _ = AppReducer.reduce(into: &state, action: .ticked(start.addingTimeInterval(239.5)))
        #expect(state.lockSecondsLeft == 1)
    }

    @Test func lockExpiryRepricesExactlyOnce() {
        var state = state
        state.basket = Samples.basket(lockedUntil: start.addingTimeInterval(10))
        let first = AppReducer.reduce(into: &state, action: .ticked(start.addingTimeInterval(10)))
        #expect(first == .call(.updateItem(customer: Samples.customerId, cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL", sku: "MNTBAE0001", qty: 3), generation: 0))
        #expect(state.repricing)
        #expect(state.lockSecondsLeft == 0)
        let second = AppReducer.reduce(into: &state, action: .ticked(start.addingTimeInterval(11)))
        #expect(second == .none)
        var repriced = Samples.basket(lockedUntil: start.addingTimeInterval(250))
        repriced.pricefix?.updated = true
        _ = AppReducer.reduce(into: &state, action: .basketLoaded(generation: 0, .success(repriced)))
        #expect(!state.repricing)
        #expect(state.lockSecondsLeft == 239)
        #expect(state.notice == Notice(.info, "lock expired: basket re-priced"))
    }

    @Test func answersForAnOlderGenerationAreDropped() {
        var state = state
        state.basketGeneration = 2
        state.requestsInFlight = 1
        _ = AppReducer.reduce(into: &state, action: .basketLoaded(generation: 1, .success(Samples.basket(lockedUntil: start))))
        #expect(state.basket == nil)
        #expect(state.requestsInFlight == 0)
    }

    @Test func addAsksForAQuantityThenUsesTheOpenBasketsToken() {
        var state = state
        state.products = [Samples.goldBar]
        state.basket = Samples.basket(lockedUntil: start.addingTimeInterval(60))
        #expect(AppReducer.reduce(into: &state, action: .addRequested) == .none)
        #expect(state.modal == .quantity(QuantityEntry(sku: "MNTBAE0001", productName: "Minted 1 g 999.9 Gold Bar")))
        _ = AppReducer.reduce(into: &state, action: .characterTyped("2"))
        _ = AppReducer.reduce(into: &state, action: .characterTyped("x"))
        _ = AppReducer.reduce(into: &state, action: .characterTyped("5"))
        let effect = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(effect == .call(.addItem(customer: Samples.customerId, sku: "MNTBAE0001", qty: 25, type: .buy,
                                         cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL"), generation: 0))
        #expect(state.modal == nil)
    }

    @Test func quantityZeroOrEmptyIsRefusedAndEscCancels() {
        var state = state
        state.products = [Samples.goldBar]
        _ = AppReducer.reduce(into: &state, action: .addRequested)
        _ = AppReducer.reduce(into: &state, action: .characterDeleted)
        #expect(AppReducer.reduce(into: &state, action: .modalConfirmed) == .none)
        #expect(state.notice?.kind == .error)
        _ = AppReducer.reduce(into: &state, action: .characterTyped("0"))
        #expect(AppReducer.reduce(into: &state, action: .modalConfirmed) == .none)
        _ = AppReducer.reduce(into: &state, action: .modalDismissed)
        #expect(state.modal == nil)
        #expect(state.requestsInFlight == 0)
    }

    @Test func quantityStepSendsTheAbsoluteQuantity() {
        var state = state
        state.basket = Samples.basket(lockedUntil: start.addingTimeInterval(60))
        let effect = AppReducer.reduce(into: &state, action: .quantityStepped(by: -1))
        #expect(effect == .call(.updateItem(customer: Samples.customerId, cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL",
                                            sku: "MNTBAE0001", qty: 2), generation: 0))
    }

    @Test func failedRatesBackOffExponentiallyWithJitterAndMarkStale() {
        var state = state
        state.requestsInFlight = 1
        let effect = AppReducer.reduce(into: &state, action: .ratesLoaded(.failure(.server(status: 503, message: "down"))))
        #expect(effect == .schedule(.ratePollDue, after: .seconds(10), jitter: true, id: .ratePoll))
        #expect(state.ratesAreStale)
        #expect(state.notice == Notice(.error, "rates: 503 down"))
        _ = AppReducer.reduce(into: &state, action: .ratesLoaded(.failure(.timeout)))
        #expect(state.ratePolling.nextDelay == .seconds(20))
        for _ in 0..<5 { _ = AppReducer.reduce(into: &state, action: .ratesLoaded(.failure(.timeout))) }
        #expect(state.ratePolling.nextDelay == .seconds(60))
    }

    @Test func quitCancelsTimersAndQuits() {
        var state = state
        #expect(AppReducer.reduce(into: &state, action: .quitRequested) == .batch([.cancel(.ratePoll), .cancel(.ticker), .quit]))
    }
}
