import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// The reducer through the exhaustive test store: every state change, every answer and every effect asserted.
struct ReducerTests {
    let start = Samples.start
    var state: AppState { AppState(connection: .sandbox, customerId: Samples.customerId, now: start) }
    static let token = "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL"

    /// The quantity field after the person typed `text`.
    static func typed(_ text: String) -> QuantityEntry {
        var entry = QuantityEntry(sku: "MNTBAE0001", productName: "Minted 1 g 999.9 Gold Bar", text: text)
        entry.pristine = false
        return entry
    }

    /// The host of a healthy session: every read answered at once.
    static func healthy(basket: Basket?) -> (APICall, Int) -> AppAction? {
        { call, generation in
            switch call {
            case .customer(let id): .customers(.loaded(id: id, .success(Samples.customer)))
            case .products: .market(.productsLoaded(.success([Samples.goldBar])))
            case .activeBasket: .basket(.loaded(generation: generation, .success(basket)))
            case .balance(let id): .market(.holdingsLoaded(customer: id, .success(Samples.holdings)))
            case .currencyRates: .market(.ratesLoaded(.success([Samples.goldRate])))
            case .rateHistory(let id, let period): .market(.historyLoaded(currencyId: id, period: period, .success(Samples.history(count: 3))))
            default: nil
            }
        }
    }

    @Test func startLoadsEverythingCountsItInFlightAndEveryAnswerLands() {
        let basket = Samples.basket(lockedUntil: start.addingTimeInterval(240))
        let store = TestStore(state: state, answers: Self.healthy(basket: basket))
        let me = KnownCustomer(externalId: Samples.customerId)
        store.send(.started) {
            $0.roster.customers = [me]
            $0.requestsInFlight = 5
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        #expect(store.running == [.ticker])
        store.receive(.customers(.loaded(id: Samples.customerId, .success(Samples.customer)))) {
            $0.requestsInFlight = 4
            $0.customer = Samples.customer
            $0.roster.customers = [KnownCustomer(externalId: Samples.customerId, name: Samples.customer.displayName)]
        }
        store.receive(.market(.productsLoaded(.success([Samples.goldBar])))) {
            $0.requestsInFlight = 3
            $0.market.products = [Samples.goldBar]
            $0.market.productsLoaded = true
        }
        store.receive(.basket(.loaded(generation: 0, .success(basket)))) {
            $0.requestsInFlight = 2
            $0.checkout.requestsInFlight = 0
            $0.checkout.basket = basket
            $0.checkout.lockLength = 240
        }
        store.receive(.market(.holdingsLoaded(customer: Samples.customerId, .success(Samples.holdings)))) {
            $0.requestsInFlight = 1
            $0.market.holdings = Samples.holdings
            $0.market.holdingsLoaded = true
        }
        // The rates bring the chart's history: the count goes 1 → 0 → 1, so the busy clock restarts at once.
        store.receive(.market(.ratesLoaded(.success([Samples.goldRate])))) {
            $0.market.rates = [Samples.goldRate]
            $0.market.ratesUpdatedAt = start
            $0.market.historyCurrencyId = Samples.goldRate.itemCurrencyId
            $0.market.historyRequestedAt = start
        }
        #expect(store.running == [.ticker, .ratePoll])
        store.receive(.customers(.bookLoaded(.success(CustomerBook())))) {
            $0.roster.bookWritable = true
        }
        store.expectEffects([.saveCustomerBook(CustomerBook(customers: [KnownCustomer(externalId: Samples.customerId,
                                                                                      name: Samples.customer.displayName)]))])
        store.receive(.market(.historyLoaded(currencyId: Samples.goldRate.itemCurrencyId, period: .day, .success(Samples.history(count: 3))))) {
            $0.requestsInFlight = 0
            $0.busySince = nil
            $0.market.history = Samples.history(count: 3)
        }
        store.advance(by: .seconds(1))
        store.receive(.ticked(start.addingTimeInterval(1))) { $0.now = start.addingTimeInterval(1) }
        store.finish()
    }

    @Test func countdownComesFromNextUpdateAndTheClock() {
        var state = state
        state.checkout.basket = Samples.basket(lockedUntil: start.addingTimeInterval(240))
        state.checkout.lockLength = 240
        #expect(state.lockSecondsLeft == 240)
        let store = TestStore(state: state)
        store.send(.ticked(start.addingTimeInterval(39))) { $0.now = start.addingTimeInterval(39) }
        #expect(store.state.lockSecondsLeft == 201)
        store.send(.ticked(start.addingTimeInterval(239.5))) { $0.now = start.addingTimeInterval(239.5) }
        #expect(store.state.lockSecondsLeft == 1)
        store.finish()
    }

    @Test func lockExpiryRepricesExactlyOnce() {
        var state = state
        state.checkout.basket = Samples.basket(lockedUntil: start.addingTimeInterval(10))
        state.checkout.lockLength = 240
        let store = TestStore(state: state)
        let resend = APICall.updateItem(customer: Samples.customerId, cartToken: Self.token, sku: "MNTBAE0001", qty: 3)
        store.send(.ticked(start.addingTimeInterval(10))) {
            $0.now = start.addingTimeInterval(10)
            $0.checkout.repricing = true
            $0.checkout.repriceAttemptedAt = start.addingTimeInterval(10)
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start.addingTimeInterval(10)
        }
        #expect(store.pending.map(\.call) == [resend])
        #expect(store.state.lockSecondsLeft == 0)
        store.send(.ticked(start.addingTimeInterval(11))) { $0.now = start.addingTimeInterval(11) }
        var repriced = Samples.basket(lockedUntil: start.addingTimeInterval(250))
        repriced.pricefix?.updated = true
        store.respond(to: resend, with: .basket(.loaded(generation: 0, .success(repriced))))
        store.receive(.basket(.loaded(generation: 0, .success(repriced)))) {
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
            $0.checkout.repricing = false
            $0.checkout.basket = repriced
            $0.checkout.lockLength = 239  // the new lock's own length, as first seen
            $0.notice = Notice(.info, "lock expired: basket re-priced", topic: "basket").background
        }
        #expect(store.state.lockSecondsLeft == 239)
        store.finish()
    }

    @Test func answersForAnOlderGenerationAreCountedButDropped() {
        let store = TestStore(state: state)
        store.send(.basket(.typeChosen(.sell))) {
            $0.checkout.type = .sell
            $0.checkout.generation = 1
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        let old = Samples.basket(lockedUntil: start)
        store.respond(to: .activeBasket(customer: Samples.customerId, type: .sell), with: .basket(.loaded(generation: 0, .success(old))))
        store.receive(.basket(.loaded(generation: 0, .success(old)))) {
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
        }
        store.finish()
    }

    @Test func addAsksForAQuantityThenUsesTheOpenBasketsToken() {
        var state = state
        state.market.products = [Samples.goldBar]
        state.checkout.basket = Samples.basket(lockedUntil: start.addingTimeInterval(60))
        state.checkout.lockLength = 240
        let store = TestStore(state: state)
        store.send(.basket(.addRequested)) { $0.modal = .quantity(QuantityEntry(sku: "MNTBAE0001", productName: "Minted 1 g 999.9 Gold Bar")) }
        store.send(.characterTyped("2")) { $0.modal = .quantity(Self.typed("2")) }
        store.send(.characterTyped("x"))
        store.send(.characterTyped("5")) { $0.modal = .quantity(Self.typed("25")) }
        store.send(.modalConfirmed) {
            $0.modal = nil
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        #expect(store.pending.map(\.call) == [.addItem(customer: Samples.customerId, sku: "MNTBAE0001", qty: 25, type: .buy, cartToken: Self.token)])
    }

    @Test func quantityZeroOrEmptyIsRefusedAndEscCancels() {
        var state = state
        state.market.products = [Samples.goldBar]
        let store = TestStore(state: state)
        let entry = QuantityEntry(sku: "MNTBAE0001", productName: "Minted 1 g 999.9 Gold Bar")
        store.send(.basket(.addRequested)) { $0.modal = .quantity(entry) }
        store.send(.characterDeleted) { $0.modal = .quantity(Self.typed("")) }
        store.send(.modalConfirmed) { $0.notice = Notice(.error, "quantity must be a whole number from 1 to \(QuantityEntry.maximum)") }
        store.send(.characterTyped("0")) { $0.modal = .quantity(Self.typed("0")) }
        store.send(.modalConfirmed) { $0.notice = Notice(.error, "quantity must be a whole number from 1 to \(QuantityEntry.maximum)") }
        store.send(.modalDismissed) { $0.modal = nil }
        store.finish()
    }

    @Test func quantityStepSendsTheAbsoluteQuantity() {
        var state = state
        state.checkout.basket = Samples.basket(lockedUntil: start.addingTimeInterval(60))
        state.checkout.lockLength = 240
        let store = TestStore(state: state)
        store.send(.basket(.quantityStepped(by: -1))) {
            $0.checkout.wantedQuantities = ["MNTBAE0001": 2]
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        #expect(store.pending.map(\.call) == [.updateItem(customer: Samples.customerId, cartToken: Self.token, sku: "MNTBAE0001", qty: 2)])
    }

    @Test func failedRatesBackOffExponentiallyWithJitterAndMarkStale() {
        // On the built-in sandbox the poll reads the fault plan too (faults set from outside show in the header).
        let store = TestStore(state: state) { call, _ in
            switch call {
            case .currencyRates: .market(.ratesLoaded(.failure(.timeout)))
            case .sandboxFaultsPolled: .faults(.polled(.success(FaultPlan())))
            default: nil
            }
        }
        store.send(.market(.ratesLoaded(.failure(.server(status: 503, message: "down"))))) {
            $0.market.ratePolling.failures = 1
            $0.notice = .failure("rates", .server(status: 503, message: "down")).background
        }
        #expect(store.state.ratesAreStale)
        store.advance(by: .seconds(9))
        store.advance(by: .seconds(1))
        store.receive(.market(.ratePollDue)) {
            $0.requestsInFlight = 2
            $0.busySince = start
        }
        store.receive(.market(.ratesLoaded(.failure(.timeout)))) {
            $0.requestsInFlight = 1
            $0.market.ratePolling.failures = 2
            $0.notice = .failure("rates", .timeout).background
        }
        store.receive(.faults(.polled(.success(FaultPlan())))) {
            $0.requestsInFlight = 0
            $0.busySince = nil
            $0.faults = FaultPlan()
        }
        #expect(store.state.market.ratePolling.nextDelay == .seconds(20))
        for _ in 0..<5 {
            store.advance(by: store.state.market.ratePolling.nextDelay)
            store.receive(.market(.ratePollDue)) { $0.requestsInFlight = 2; $0.busySince = start }
            store.receive(.market(.ratesLoaded(.failure(.timeout)))) {
                $0.requestsInFlight = 1
                $0.market.ratePolling.failures += 1
                $0.notice = .failure("rates", .timeout).background  // the log counts the repeat
            }
            store.receive(.faults(.polled(.success(FaultPlan())))) { $0.requestsInFlight = 0; $0.busySince = nil }
        }
        #expect(store.state.market.ratePolling.nextDelay == .seconds(60), "capped")
        store.finish()
    }

    @Test func quitCancelsTimersAndQuits() {
        let store = TestStore(state: state)
        store.send(.started) {
            $0.roster.customers = [KnownCustomer(externalId: Samples.customerId)]
            $0.requestsInFlight = 5
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        store.receive(.customers(.bookLoaded(.success(CustomerBook())))) { $0.roster.bookWritable = true }
        store.expectEffects([.saveCustomerBook(CustomerBook(customers: [KnownCustomer(externalId: Samples.customerId)]))])
        store.send(.quitRequested)
        store.expectEffects([.quit])
        #expect(store.running.isEmpty)
    }
}
