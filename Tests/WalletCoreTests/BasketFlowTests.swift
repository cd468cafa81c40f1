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
        state.basket = Samples.basket(lockedUntil: start.addingTimeInterval(240))
        return state
    }

    @Test func switchingTypeBumpsTheGenerationLoadsThatBasketAndDropsOldAnswers() {
        var state = state
        _ = AppReducer.reduce(into: &state, action: .quantityStepped(by: 1))
        #expect(state.requestsInFlight == 1)
        let effect = AppReducer.reduce(into: &state, action: .basketTypeChosen(.sell))
        #expect(effect == .call(.activeBasket(customer: Samples.customerId, type: .sell), generation: 1))
        #expect(state.basketType == .sell)
        #expect(state.basketGeneration == 1)
        #expect(state.basket == nil)
        // The buy basket's answer arrives late: counted, but never shown as the sell basket.
        _ = AppReducer.reduce(into: &state, action: .basketLoaded(generation: 0, .success(Samples.basket(lockedUntil: start, quantity: 4))))
        #expect(state.basket == nil)
        var sell = Samples.basket(lockedUntil: start.addingTimeInterval(240), quantity: 1)
        sell.type = "sell"
        _ = AppReducer.reduce(into: &state, action: .basketLoaded(generation: 1, .success(sell)))
        #expect(state.basket == sell)
        #expect(state.requestsInFlight == 0)
        #expect(state.basketRequestsInFlight == 0)
        #expect(AppReducer.reduce(into: &state, action: .basketTypeChosen(.sell)) == .none, "the same type is no switch")
        #expect(state.basketGeneration == 1)
    }

    @Test func xRemovesTheSelectedLine() {
        var state = state
        let effect = AppReducer.reduce(into: &state, action: .lineRemovalRequested)
        #expect(effect == .call(.removeItem(customer: Samples.customerId, cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL", sku: "MNTBAE0001"),
                                generation: 0))
    }

    @Test func bigXAsksFirstAndOnlyYesClears() {
        var state = state
        #expect(AppReducer.reduce(into: &state, action: .clearRequested) == .none)
        #expect(state.modal == .clearConfirmation)
        _ = AppReducer.reduce(into: &state, action: .modalDismissed)
        #expect(state.modal == nil)
        #expect(state.requestsInFlight == 0)
        _ = AppReducer.reduce(into: &state, action: .clearRequested)
        let effect = AppReducer.reduce(into: &state, action: .modalConfirmed)
        #expect(effect == .call(.clearBasket(customer: Samples.customerId, cartToken: "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL"), generation: 0))
    }

    @Test func readOnlyRefusesEveryChange() {
        var state = state
        state.readOnly = true
        state.products = [Samples.goldBar]
        for action: AppAction in [.addRequested, .quantityStepped(by: 1), .lineRemovalRequested, .clearRequested, .completionRequested] {
            #expect(AppReducer.reduce(into: &state, action: action) == .none, "\(action)")
            #expect(state.modal == nil)
            #expect(state.notice?.text.contains("READ-ONLY") == true)
        }
        #expect(state.requestsInFlight == 0)
    }

    @Test func repriceFlashesChangedFiguresUntilTheDeadline() {
        var state = state
        state.basket = Samples.basket(lockedUntil: start.addingTimeInterval(10))
        _ = AppReducer.reduce(into: &state, action: .ticked(start.addingTimeInterval(10)))
        var repriced = Samples.basket(lockedUntil: start.addingTimeInterval(250))
        repriced.items[0].price = Decimal(string: "590.00")!
        repriced.items[0].total = Decimal(string: "1770.00")!
        repriced.total = Decimal(string: "1770.00")!
        repriced.paidTotal = Decimal(string: "1860.10")!
        repriced.pricefix?.updated = true
        _ = AppReducer.reduce(into: &state, action: .basketLoaded(generation: 0, .success(repriced)))
        let flash = try! #require(state.flash)
        #expect(flash.priceMove(sku: "MNTBAE0001", to: repriced.items[0].price) == .down)
        #expect(flash.totalMove(to: repriced.total) == .down)
        #expect(flash.paidTotalMove(to: repriced.paidTotal) == .up)
        #expect(flash.isActive(at: start.addingTimeInterval(12.9)))
        #expect(!flash.isActive(at: start.addingTimeInterval(13)))
    }

    @Test func anUnchangedRepriceOrAQuantityChangeDoesNotFlash() {
        var state = state
        _ = AppReducer.reduce(into: &state, action: .quantityStepped(by: 1))
        _ = AppReducer.reduce(into: &state, action: .basketLoaded(generation: 0, .success(Samples.basket(lockedUntil: start.addingTimeInterval(240), quantity: 4))))
        #expect(state.flash == nil)
        state.repricing = true
        _ = AppReducer.reduce(into: &state, action: .basketLoaded(generation: 0, .success(state.basket)))
        #expect(state.flash == nil)
    }
}
