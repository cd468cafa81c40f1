import Foundation
import MintedAPI

/// The market side of the screen: products, the wallet, rates and their history, moving the cursor.
extension AppReducer {
    /// The product list, as read.
    static func productsLoaded(_ result: Result<[Product], APIError>, _ state: inout AppState) -> Effect {
        switch result {
        case .success(let products):
            state.products = products
            state.productsLoaded = true
            state.productSelection = clamp(state.productSelection, products.count)
        case .failure(let error):
            state.notice = .failure("products", error)
        }
        return .none
    }

    /// The wallet of `customer`; dropped when another customer is current by then.
    static func holdingsLoaded(customer: String, _ result: Result<[Holding], APIError>, _ state: inout AppState) -> Effect {
        guard customer == state.customerId else { return .none }
        switch result {
        case .success(let holdings):
            state.holdings = holdings
            state.holdingsLoaded = true
            state.walletSelection = clamp(state.walletSelection, holdings.count)
        case .failure(let error):
            state.notice = .failure("wallet", error)
        }
        return .none
    }

    /// A rate poll answered: products are re-read when prices moved, the chart follows, the next poll is scheduled.
    static func ratesLoaded(_ result: Result<[CurrencyRate], APIError>, _ state: inout AppState) -> Effect {
        var effect = Effect.none
        switch result {
        case .success(let rates):
            if state.productsLoaded && !state.rates.isEmpty && rates.map(\.buy) != state.rates.map(\.buy) {
                effect = call(.products, &state)
            }
            state.rates = rates
            state.ratesUpdatedAt = state.now
            state.ratePolling.failures = 0
            if state.historyCurrencyId == nil || !rates.contains(where: { $0.itemCurrencyId == state.historyCurrencyId }) {
                state.historyCurrencyId = rates.first?.itemCurrencyId
            }
            let historyIsOld = state.historyRequestedAt.map { state.now.timeIntervalSince($0) >= 60 } ?? true
            if let id = state.historyCurrencyId, state.history.isEmpty || historyIsOld {
                effect = effect + requestHistory(id, &state)
            }
        case .failure(let error):
            state.ratePolling.failures += 1
            state.notice = .failure("rates", error)
        }
        let jitter = state.ratePolling.failures > 0
        return effect + .schedule(.ratePollDue, after: state.ratePolling.nextDelay, jitter: jitter, id: .ratePoll)
    }

    /// The chart's history; an answer for a chart no longer shown is dropped.
    static func historyLoaded(currencyId: Int, period: RatePeriod, _ result: Result<[RatePoint], APIError>, _ state: inout AppState) -> Effect {
        guard currencyId == state.historyCurrencyId, period == state.historyPeriod else { return .none }
        switch result {
        case .success(let points): state.history = points
        case .failure(let error): state.notice = .failure("rate history", error)
        }
        return .none
    }

    /// `[` `]`: the chart's period.
    static func rangeStepped(by delta: Int, _ state: inout AppState) -> Effect {
        let periods = RatePeriod.allCases
        let index = periods.firstIndex(of: state.historyPeriod) ?? 0
        let next = periods[clamp(index + delta, periods.count)]
        guard next != state.historyPeriod else { return .none }
        state.historyPeriod = next
        state.history = []
        guard let id = state.historyCurrencyId else { return .none }
        return requestHistory(id, &state)
    }

    /// ↑ ↓ on the main screen: the focused pane's cursor; on Rates, the chart follows.
    static func selectionMoved(by delta: Int, _ state: inout AppState) -> Effect {
        let chartedBefore = state.historyCurrencyId
        moveSelection(&state, by: delta)
        guard let id = state.historyCurrencyId, id != chartedBefore else { return .none }
        state.history = []
        return requestHistory(id, &state)
    }

    /// History has 1-minute resolution: asked for when the chart changes, and at most once a minute while polling.
    static func requestHistory(_ currencyId: Int, _ state: inout AppState) -> Effect {
        state.historyRequestedAt = state.now
        return call(.rateHistory(currencyId: currencyId, period: state.historyPeriod), &state)
    }

    private static func moveSelection(_ state: inout AppState, by delta: Int) {
        switch state.focus {
        case .products: state.productSelection = clamp(state.productSelection + delta, state.products.count)
        case .basket: state.basketSelection = clamp(state.basketSelection + delta, state.basket?.items.count ?? 0)
        case .wallet: state.walletSelection = clamp(state.walletSelection + delta, state.holdings.count)
        case .rates:
            state.rateSelection = clamp(state.rateSelection + delta, state.rates.count)
            if state.rates.indices.contains(state.rateSelection) {
                state.historyCurrencyId = state.rates[state.rateSelection].itemCurrencyId
            }
        }
    }
}
