import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// Basket types, removing, clearing and re-price highlights, reducer only.
struct BasketFlowTests {
    let start = Samples.start
    var state: AppState {
        var state = AppState(connection: .sandbox, customerId: Samples.customerId, now: start)
        state.checkout.basket = Samples.basket(lockedUntil: start.addingTimeInterval(240))
        return state
    }

    @Test func switchingTypeBumpsTheGenerationLoadsThatBasketAndDropsOldAnswers() {
        let store = TestStore(state: state)
        let stepped = APICall.updateItem(customer: Samples.customerId, cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL", sku: "MNTBAE0001", qty: 4)
        let sellBasket = APICall.activeBasket(customer: Samples.customerId, type: .sell)
        store.send(.basket(.quantityStepped(by: 1))) {
            $0.requestsInFlight = 1
            $0.checkout.requestsInFlight = 1
            $0.busySince = start
        }
        store.send(.basket(.typeChosen(.sell))) {
            $0.checkout.type = .sell
            $0.checkout.generation = 1
            $0.checkout.basket = nil
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
        }
        store.send(.basket(.typeChosen(.sell)))  // the same type is no switch: nothing changes, nothing is sent
        store.finish()
    }

    @Test func xRemovesTheSelectedLine() {
        var state = state
        let effect = AppReducer.reduce(into: &state, action: .basket(.lineRemovalRequested))
        #expect(effect == .call(.removeItem(customer: Samples.customerId, cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL", sku: "MNTBAE0001"),
                                generation: 0))
    }

    @Test func bigXAsksFirstAndOnlyYesClears() {
        var state = state
        #expect(AppReducer.reduce(into: &state, action: .basket(.clearRequested)) == .none)
        #expect(state.modal == .clearConfirmation)
        _ = AppReducer.reduce(into: &state, action: .modalDismissed)
        #expect(state.modal == nil)
        #expect(state.requestsInFlight == 0)
        _ = AppReducer.reduce(into: &state, action: .basket(.clearRequested))
        let effect = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(effect == .call(.clearBasket(customer: Samples.customerId, cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL"), generation: 0))
        #expect(state.modal == nil)
    }

    @Test func readOnlyRefusesEveryChange() {
        var state = state
        state.readOnly = true
        state.market.products = [Samples.goldBar]
        for action: AppAction in [.basket(.addRequested), .basket(.quantityStepped(by: 1)), .basket(.lineRemovalRequested), .basket(.clearRequested), .basket(.completionRequested)] {
            #expect(AppReducer.reduce(into: &state, action: action) == .none, "\(action)")
            #expect(state.modal == nil)
            #expect(state.notice?.text.contains("READ-ONLY") == true)
        }
    }

    @Test func repriceFlashesChangedFiguresUntilTheDeadline() {
        var state = state
        state.checkout.basket = Samples.basket(lockedUntil: start.addingTimeInterval(10))
        _ = AppReducer.reduce(into: &state, action: .ticked(start.addingTimeInterval(10)))
        var repriced = Samples.basket(lockedUntil: start.addingTimeInterval(250))
        repriced.items[0].price = Decimal(string: "590.00")!
        repriced.items[0].total = Decimal(string: "1770.00")!
        repriced.total = Decimal(string: "1770.00")!
        repriced.paidTotal = Decimal(string: "1860.10")!
        repriced.pricefix?.updated = true
        _ = AppReducer.reduce(into: &state, action: .basket(.loaded(generation: 0, .success(repriced))))
        let flash = try! #require(state.checkout.flash)
        #expect(flash.priceMove(sku: "MNTBAE0001", to: repriced.items[0].price) == .down)
        #expect(flash.totalMove(to: repriced.total) == .down)
        #expect(flash.paidTotalMove(to: repriced.paidTotal) == .up)
        #expect(flash.isActive(at: start.addingTimeInterval(12.9)))
        #expect(!flash.isActive(at: start.addingTimeInterval(13)))
    }

    @Test func anUnchangedRepriceOrAQuantityChangeDoesNotFlash() {
        var state = state
        _ = AppReducer.reduce(into: &state, action: .basket(.quantityStepped(by: 1)))
        _ = AppReducer.reduce(into: &state, action: .basket(.loaded(generation: 0, .success(Samples.basket(lockedUntil: start.addingTimeInterval(240), quantity: 4)))))
        #expect(state.checkout.flash == nil)
        state.checkout.repricing = true
        _ = AppReducer.reduce(into: &state, action: .basket(.loaded(generation: 0, .success(state.checkout.basket))))
        #expect(state.checkout.flash == nil)
    }
}
