import Foundation
import MintedAPI

/// The basket: loading and re-pricing, adding, changing, removing, clearing, switching type.
extension AppReducer {
    static func basketLoaded(generation: Int, _ result: Result<Basket?, APIError>, _ state: inout AppState) -> Effect {
        guard generation == state.basketGeneration else { return .none }
        let wasRepricing = state.repricing
        state.repricing = false
        switch result {
        case .success(let basket):
            if let old = state.basket, let new = basket, old.token == new.token, wasRepricing || new.pricefix?.updated == true {
                let flash = PriceFlash(before: old, until: state.now.addingTimeInterval(PriceFlash.duration))
                let changed = new.items.contains { flash.priceMove(sku: $0.sku, to: $0.price) != nil }
                    || flash.totalMove(to: new.total) != nil || flash.paidTotalMove(to: new.paidTotal) != nil
                if changed { state.flash = flash }
            }
            state.basket = basket
            state.basketSelection = clamp(state.basketSelection, basket?.items.count ?? 0)
            if basket?.pricefix?.updated == true { state.notice = Notice(.info, "lock expired: basket re-priced") }
        case .failure(let error):
            state.notice = .failure("basket", error)
        }
        return .none
    }

    /// `a`: asks how many of the selected product to add.
    static func addRequested(_ state: inout AppState) -> Effect {
        guard let product = state.selectedProduct else {
            state.notice = Notice(.info, "no product selected")
            return .none
        }
        state.modal = .quantity(QuantityEntry(sku: product.sku, productName: product.name))
        return .none
    }

    static func quantityStepped(by delta: Int, _ state: inout AppState) -> Effect {
        guard let basket = state.basket, let item = state.selectedBasketItem else {
            state.notice = Notice(.info, "no basket line selected")
            return .none
        }
        let quantity = max(0, item.amount + delta)
        return call(.updateItem(customer: state.customerId, cartToken: basket.token, sku: item.sku, qty: quantity), &state)
    }

    /// `x`: removes the selected line.
    static func lineRemovalRequested(_ state: inout AppState) -> Effect {
        guard let basket = state.basket, let item = state.selectedBasketItem else {
            state.notice = Notice(.info, "no basket line selected")
            return .none
        }
        return call(.removeItem(customer: state.customerId, cartToken: basket.token, sku: item.sku), &state)
    }

    /// `X`: asks before clearing the basket.
    static func clearRequested(_ state: inout AppState) -> Effect {
        guard let basket = state.basket, !basket.items.isEmpty else {
            state.notice = Notice(.info, "the basket is already empty")
            return .none
        }
        state.modal = .clearConfirmation
        return .none
    }

    /// `b` `s` `d`: another basket type is another basket; answers for the old one are dropped.
    static func basketTypeChosen(_ type: BasketType, _ state: inout AppState) -> Effect {
        guard type != state.basketType else { return .none }
        state.basketType = type
        state.forgetBasket()
        return loadBasket(&state)
    }

    /// The clock: the countdown moves, and an expired lock is re-priced (once, then every `repriceRetry` seconds).
    static func ticked(_ now: Date, _ state: inout AppState) -> Effect {
        state.now = now
        guard let basket = state.basket, let pricefix = basket.pricefix, now >= pricefix.nextUpdate, !state.repricing,
              !basket.items.isEmpty, state.basketRequestsInFlight == 0,
              state.repriceAttemptedAt.map({ now.timeIntervalSince($0) >= repriceRetry }) ?? true else { return .none }
        return reprice(&state)
    }

    /// Seconds between two automatic re-price attempts while a lock stays expired (a failing host is not hammered).
    static let repriceRetry: TimeInterval = 5

    /// Re-prices an expired basket as the host requires: a read answers the lock as it stands (seed 000: `remaining`
    /// negative, `updated: false`), only a change re-prices. So the first line's quantity is sent again — a change that
    /// changes nothing — and the answer (`updated: true`) flashes what moved. An empty basket has nothing to re-price:
    /// it is read again.
    static func reprice(_ state: inout AppState) -> Effect {
        state.repricing = true
        state.repriceAttemptedAt = state.now
        guard let basket = state.basket, let line = basket.items.first else { return loadBasket(&state) }
        return call(.updateItem(customer: state.customerId, cartToken: basket.token, sku: line.sku, qty: line.amount), &state)
    }

}
