import Foundation
import MintedAPI
import WalletCore

extension Samples {
    /// A live session 39 s after the samples' start: products, a 3-bar basket with 201 s left on the lock, the demo
    /// wallet and `historyPoints` minutes of rates. Used by snapshot tests and the render benchmark.
    public static func liveState(products: [Product] = [goldBar], historyPoints: Int = 240) -> AppState {
        var state = AppState(connection: .sandbox, customerId: customerId, now: start.addingTimeInterval(39))
        state.customer = customer
        state.products = products
        state.productsLoaded = true
        state.basket = basket(lockedUntil: start.addingTimeInterval(240))
        state.holdings = holdings
        state.holdingsLoaded = true
        state.rates = [goldRate]
        state.ratesUpdatedAt = state.now
        state.historyCurrencyId = goldRate.itemCurrencyId
        state.history = history(count: historyPoints)
        return state
    }
}
