import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// Basket types, removing, clearing and re-price highlights, reducer only.
struct BasketFlowTests {
    let start = Samples.start
    let token = "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL"
    var state: AppState {
        var state = AppState(connection: .sandbox, customerId: Samples.customerId, now: start)
        state.checkout.basket = Samples.basket(lockedUntil: start.addingTimeInterval(240))
        state.checkout.lockLength = 240
        return state
    }

    @Test func switchingTypeBumpsTheGenerationLoadsThatBasketAndDropsOldAnswers() {
        let store = TestStore(state: state)
        let stepped = APICall.updateItem(customer: Samples.customerId, cartToken: token, sku: "MNTBAE0001", qty: 4)
        let sellBasket = APICall.activeBasket(customer: Samples.customerId, type: .sell)
        store.send(.basket(.quantityStepped(by: 1))) {
            $0.checkout.wantedQuantities = ["MNTBAE0001": 4]
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        store.send(.basket(.typeChosen(.sell))) {
            $0.checkout.type = .sell
            $0.checkout.generation = 1
            $0.checkout.basket = nil
            $0.checkout.lockLength = nil
            $0.checkout.wantedQuantities = [:]
            $0.requestsInFlight = 2
            $0.checkout.requestsInFlight = 2
        }
        #expect(store.pending.map(\.call) == [stepped, sellBasket])
        // The buy basket's answer arrives late: counted, but never shown as the sell basket.
        let late = Samples.basket(lockedUntil: start, quantity: 4)
        store.respond(to: stepped, with: .basket(.loaded(generation: 0, .success(late))))
        store.receive(.basket(.loaded(generation: 0, .success(late)))) {
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
        }
        var sell = Samples.basket(lockedUntil: start.addingTimeInterval(240), quantity: 1)
        sell.type = "sell"
        store.respond(to: sellBasket, with: .basket(.loaded(generation: 1, .success(sell))))
        store.receive(.basket(.loaded(generation: 1, .success(sell)))) {
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
            $0.checkout.basket = sell
            $0.checkout.lockLength = 240
        }
        store.send(.basket(.typeChosen(.sell)))  // the same type is no switch: nothing changes, nothing is sent
        store.finish()
    }

    @Test func xRemovesTheSelectedLine() {
        let store = TestStore(state: state)
        let remove = APICall.removeItem(customer: Samples.customerId, cartToken: token, sku: "MNTBAE0001")
        store.send(.basket(.lineRemovalRequested)) {
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        #expect(store.pending.map(\.call) == [remove])
        #expect(store.pending.map(\.generation) == [0])
        let emptied = emptiedBasket(lockedUntil: start.addingTimeInterval(240))
        store.respond(to: remove, with: .basket(.loaded(generation: 0, .success(emptied))))
        store.receive(.basket(.loaded(generation: 0, .success(emptied)))) {
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
            $0.checkout.basket = emptied
        }
        store.finish()
    }

    @Test func bigXAsksFirstAndOnlyYesClears() {
        let store = TestStore(state: state)
        store.send(.basket(.clearRequested)) { $0.modal = .clearConfirmation }
        store.send(.modalDismissed) { $0.modal = nil }  // no: nothing is sent
        #expect(store.pending.isEmpty)
        store.send(.basket(.clearRequested)) { $0.modal = .clearConfirmation }
        store.send(.modalConfirmed) {
            $0.modal = nil
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        let clear = APICall.clearBasket(customer: Samples.customerId, cartToken: token)
        #expect(store.pending.map(\.call) == [clear])
        #expect(store.pending.map(\.generation) == [0])
        let emptied = emptiedBasket(lockedUntil: start.addingTimeInterval(240))
        store.respond(to: clear, with: .basket(.loaded(generation: 0, .success(emptied))))
        store.receive(.basket(.loaded(generation: 0, .success(emptied)))) {
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
            $0.checkout.basket = emptied
        }
        store.finish()
    }

    @Test func readOnlyRefusesEveryChange() {
        var readOnly = state
        readOnly.readOnly = true
        readOnly.market.products = [Samples.goldBar]
        let actions: [AppAction] = [.basket(.addRequested), .basket(.quantityStepped(by: 1)), .basket(.lineRemovalRequested),
                                    .basket(.clearRequested), .basket(.completionRequested)]
        for action in actions {
            // A store each, so every action has to set the notice itself; no sheet opens and nothing is sent.
            let store = TestStore(state: readOnly)
            store.send(action) { $0.notice = Notice(.info, "READ-ONLY: changes are disabled (--readonly)") }
            #expect(store.pending.isEmpty, "\(action)")
            store.finish()
        }
    }

    @Test func repriceFlashesChangedFiguresUntilTheDeadline() {
        var expiring = state
        let old = Samples.basket(lockedUntil: start.addingTimeInterval(10))
        expiring.checkout.basket = old
        let store = TestStore(state: expiring)
        let expiry = start.addingTimeInterval(10)
        store.send(.ticked(expiry)) {
            $0.now = expiry
            $0.checkout.repricing = true
            $0.checkout.repriceAttemptedAt = expiry
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = expiry
        }
        let reprice = APICall.updateItem(customer: Samples.customerId, cartToken: token, sku: "MNTBAE0001", qty: 3)
        #expect(store.pending.map(\.call) == [reprice])
        var repriced = Samples.basket(lockedUntil: start.addingTimeInterval(250))
        repriced.items[0].price = Decimal(string: "590.00")!
        repriced.items[0].total = Decimal(string: "1770.00")!
        repriced.total = Decimal(string: "1770.00")!
        repriced.paidTotal = Decimal(string: "1860.10")!
        repriced.pricefix?.updated = true
        store.respond(to: reprice, with: .basket(.loaded(generation: 0, .success(repriced))))
        store.receive(.basket(.loaded(generation: 0, .success(repriced)))) {
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
            $0.checkout.repricing = false
            $0.checkout.basket = repriced
            $0.checkout.flash = PriceFlash(before: old, until: start.addingTimeInterval(13))
            $0.checkout.lockLength = max(1, $0.checkout.basket!.pricefix!.secondsLeft(at: $0.now))  // a new lock: its own length
            $0.notice = Notice(.info, "lock expired: basket re-priced", topic: "basket").background
        }
        let flash = try! #require(store.state.checkout.flash)
        #expect(flash.priceMove(sku: "MNTBAE0001", to: repriced.items[0].price) == .down)
        #expect(flash.totalMove(to: repriced.total) == .down)
        #expect(flash.paidTotalMove(to: repriced.paidTotal) == .up)
        #expect(flash.isActive(at: start.addingTimeInterval(12.9)))
        #expect(!flash.isActive(at: start.addingTimeInterval(13)))
        store.finish()
    }

    @Test func anUnchangedRepriceOrAQuantityChangeDoesNotFlash() {
        let store = TestStore(state: state)
        let step = APICall.updateItem(customer: Samples.customerId, cartToken: token, sku: "MNTBAE0001", qty: 4)
        store.send(.basket(.quantityStepped(by: 1))) {
            $0.checkout.wantedQuantities = ["MNTBAE0001": 4]
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        // A quantity change moves the totals, and is no re-price: no flash.
        let four = Samples.basket(lockedUntil: start.addingTimeInterval(240), quantity: 4)
        store.respond(to: step, with: .basket(.loaded(generation: 0, .success(four))))
        store.receive(.basket(.loaded(generation: 0, .success(four)))) {
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
            $0.checkout.basket = four
            $0.checkout.wantedQuantities = [:]
        }
        // The lock expires; the re-price answers the same figures: no flash either.
        let expiry = start.addingTimeInterval(240)
        store.send(.ticked(expiry)) {
            $0.now = expiry
            $0.checkout.repricing = true
            $0.checkout.repriceAttemptedAt = expiry
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = expiry
        }
        var unchanged = Samples.basket(lockedUntil: start.addingTimeInterval(480), quantity: 4)
        unchanged.pricefix?.updated = true
        store.respond(to: step, with: .basket(.loaded(generation: 0, .success(unchanged))))
        store.receive(.basket(.loaded(generation: 0, .success(unchanged)))) {
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
            $0.checkout.repricing = false
            $0.checkout.basket = unchanged
            $0.checkout.lockLength = max(1, $0.checkout.basket!.pricefix!.secondsLeft(at: $0.now))  // a new lock: its own length
            $0.notice = Notice(.info, "lock expired: basket re-priced", topic: "basket").background
        }
        #expect(store.state.checkout.flash == nil)
        store.finish()
    }

    /// The sample basket with its lines removed.
    func emptiedBasket(lockedUntil: Date) -> Basket {
        var basket = Samples.basket(lockedUntil: lockedUntil)
        basket.items = []
        return basket
    }
}

extension BasketFlowTests {
    /// Issue 15 item 3: `+` three times under latency is three more, in two requests (the first, then the final
    /// quantity once it answers), and the presses that wait say so.
    @Test func quantityChangesPressedWhileOneIsInFlightAreCoalescedIntoTheFinalQuantity() {
        let store = TestStore(state: state)
        let four = APICall.updateItem(customer: Samples.customerId, cartToken: token, sku: "MNTBAE0001", qty: 4)
        let six = APICall.updateItem(customer: Samples.customerId, cartToken: token, sku: "MNTBAE0001", qty: 6)
        store.send(.basket(.quantityStepped(by: 1))) {
            $0.checkout.wantedQuantities = ["MNTBAE0001": 4]
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        store.send(.basket(.quantityStepped(by: 1))) {
            $0.checkout.wantedQuantities = ["MNTBAE0001": 5]
            $0.notice = Notice(.info, "busy: the basket is answering — Minted 1 g 999.9 Gold Bar goes to 5 next", topic: "basket")
        }
        store.send(.basket(.quantityStepped(by: 1))) {
            $0.checkout.wantedQuantities = ["MNTBAE0001": 6]
            $0.notice = Notice(.info, "busy: the basket is answering — Minted 1 g 999.9 Gold Bar goes to 6 next", topic: "basket")
        }
        #expect(store.pending.map(\.call) == [four], "nothing more left while the first is out")
        let basketOfFour = Samples.basket(lockedUntil: start.addingTimeInterval(240), quantity: 4)
        store.respond(to: four, with: .basket(.loaded(generation: 0, .success(basketOfFour))))
        store.receive(.basket(.loaded(generation: 0, .success(basketOfFour)))) {
            $0.checkout.basket = basketOfFour
            // The count goes 1 → 0 → 1: the final quantity leaves at once.
        }
        #expect(store.pending.map(\.call) == [six])
        let basketOfSix = Samples.basket(lockedUntil: start.addingTimeInterval(240), quantity: 6)
        store.respond(to: six, with: .basket(.loaded(generation: 0, .success(basketOfSix))))
        store.receive(.basket(.loaded(generation: 0, .success(basketOfSix)))) {
            $0.checkout.basket = basketOfSix
            $0.checkout.wantedQuantities = [:]
            $0.requestsInFlight = 0
            $0.checkout.requestsInFlight = 0
            $0.busySince = nil
        }
        store.finish()
    }

    /// Issue 15 item 4: a basket that cannot be read says why instead of inviting an add.
    @Test func aBasketThatCannotBeReadKeepsTheReason() {
        var state = state
        state.checkout.basket = nil
        state.checkout.lockLength = nil
        let store = TestStore(state: state)
        store.send(.basket(.loaded(generation: 0, .failure(.transport(message: "cannot connect to the server"))))) {
            $0.checkout.loadFailure = "cannot connect to the server"
            $0.notice = .failure("basket", .transport(message: "cannot connect to the server"))
        }
        store.send(.basket(.loaded(generation: 0, .success(nil)))) {
            $0.checkout.loadFailure = nil
            $0.notice = nil  // a success clears its own error
        }
        store.finish()
    }
}
