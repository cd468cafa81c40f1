import Foundation
import MintedAPI
import WalletCore

extension Samples {
    /// A live session 39 s after the samples' start: products, a 3-bar basket with 201 s left on the lock, the demo
    /// wallet and `historyPoints` minutes of rates. Used by snapshot tests and the render benchmark.
    public static func liveState(products: [Product] = [goldBar], historyPoints: Int = 240) -> AppState {
        var state = AppState(connection: .sandbox, customerId: customerId, now: start.addingTimeInterval(39))
        state.customer = customer
        state.market.products = products
        state.market.productsLoaded = true
        state.checkout.basket = basket(lockedUntil: start.addingTimeInterval(240))
        state.market.holdings = holdings
        state.market.holdingsLoaded = true
        state.market.rates = [goldRate]
        state.market.ratesUpdatedAt = state.now
        state.market.historyCurrencyId = goldRate.itemCurrencyId
        state.market.history = history(count: historyPoints)
        return state
    }
}
