import Foundation
import MintedAPI

/// The market panes as a feature: it owns `Market` and reduces `MarketAction`; it reads the app through a
/// `FeatureContext` and answers with an effect and, when something failed, a footer line.
public enum MarketFeature {
    /// What the app must do after a market action, besides running `effect`.
    public struct Step: Sendable, Equatable {
        public var effect: Effect = .none
        public var notice: Notice?
        /// A topic that succeeded: its error leaves the footer.
        public var resolved: String?
    }

    public static func reduce(into market: inout Market, action: MarketAction, context: FeatureContext) -> Step {
        switch action {
        case .productsLoaded(.success(let products)):
            market.products = products
            market.productsLoaded = true
            market.productsFailure = nil
            market.productSelection = market.productSelection.clampedIndex(products.count)
            return Step(resolved: "products")

        case .productsLoaded(.failure(let error)):
            // Products already shown stay; an empty pane says why and retries with backoff.
            guard !market.productsLoaded, error != .cancelled else { return Step(notice: .failure("products", error).background) }
            let failure = PaneFailure(reason: "\(error)", after: market.productsFailure, now: context.now)
            market.productsFailure = failure
            return Step(effect: .schedule(.market(.productsRetryDue), after: .seconds(PaneFailure.delay(attempts: failure.attempts)),
                                          jitter: false, id: .productsRetry),
                        notice: .failure("products", error).background)

        case .productsRetryDue:
            return Step(effect: context.call(.products))

        case .holdingsRetryDue:
            return Step(effect: context.call(.balance(customer: context.customerId)))

        case .holdingsLoaded(let customer, let result):
            guard customer == context.customerId else { return Step() }
            switch result {
            case .success(let holdings):
                market.holdings = holdings
                market.holdingsLoaded = true
                market.holdingsFailure = nil
                market.walletSelection = market.walletSelection.clampedIndex(holdings.count)
                return Step(resolved: "wallet")
            case .failure(let error):
                guard !market.holdingsLoaded, error != .cancelled else { return Step(notice: .failure("wallet", error).background) }
                let failure = PaneFailure(reason: "\(error)", after: market.holdingsFailure, now: context.now)
                market.holdingsFailure = failure
                return Step(effect: .schedule(.market(.holdingsRetryDue), after: .seconds(PaneFailure.delay(attempts: failure.attempts)),
                                              jitter: false, id: .holdingsRetry),
                            notice: .failure("wallet", error).background)
            }

        case .ratesLoaded(let result):
            return ratesLoaded(result, &market, context)

        case .historyLoaded(let currencyId, let period, let result):
            guard currencyId == market.historyCurrencyId, period == market.historyPeriod else { return Step() }
            switch result {
            case .success(let points):
                market.history = points
                return Step(resolved: "rate history")
            case .failure(let error):
                return Step(notice: .failure("rate history", error).background)
            }

        case .ratePollDue:
            // On the built-in sandbox the fault plan rides the same clock: faults set from outside show within one poll.
            let faults: Effect = context.connection == .sandbox ? context.call(.sandboxFaultsPolled) : .none
            return Step(effect: context.call(.currencyRates) + faults)

        case .rangeStepped(let delta):
            let periods = RatePeriod.allCases
            let index = periods.firstIndex(of: market.historyPeriod) ?? 0
            let next = periods[(index + delta).clampedIndex(periods.count)]
            guard next != market.historyPeriod else { return Step() }
            market.historyPeriod = next
            market.history = []
            guard let id = market.historyCurrencyId else { return Step() }
            return Step(effect: requestHistory(id, &market, context))

        case .moved(let pane, let delta):
            let chartedBefore = market.historyCurrencyId
            switch pane {
            case .products: market.productSelection = (market.productSelection + delta).clampedIndex(market.products.count)
            case .wallet: market.walletSelection = (market.walletSelection + delta).clampedIndex(market.holdings.count)
            case .rates:
                market.rateSelection = (market.rateSelection + delta).clampedIndex(market.rates.count)
                if market.rates.indices.contains(market.rateSelection) {
                    market.historyCurrencyId = market.rates[market.rateSelection].itemCurrencyId
                }
            case .basket: break
            }
            guard let id = market.historyCurrencyId, id != chartedBefore else { return Step() }
            market.history = []
            return Step(effect: requestHistory(id, &market, context))
        }
    }

    /// A rate poll answered: when prices moved, products, the wallet and the chart are re-read; the next poll is scheduled.
    private static func ratesLoaded(_ result: Result<[CurrencyRate], APIError>, _ market: inout Market, _ context: FeatureContext) -> Step {
        var step = Step()
        switch result {
        case .success(let rates):
            // Prices moved (a poll, a spike): everything valued at them follows — product prices, the wallet's value
            // and the chart's last point — instead of waiting for `r`.
            let moved = !market.rates.isEmpty && rates.map { [$0.buy, $0.sell] } != market.rates.map { [$0.buy, $0.sell] }
            if moved && market.productsLoaded { step.effect = context.call(.products) }
            if moved && market.holdingsLoaded { step.effect = step.effect + context.call(.balance(customer: context.customerId)) }
            market.rates = rates
            market.ratesUpdatedAt = context.now
            market.ratePolling.failures = 0
            step.resolved = "rates"
            if market.historyCurrencyId == nil || !rates.contains(where: { $0.itemCurrencyId == market.historyCurrencyId }) {
                market.historyCurrencyId = rates.first?.itemCurrencyId
            }
            let historyIsOld = market.historyRequestedAt.map { context.now.timeIntervalSince($0) >= 60 } ?? true
            if let id = market.historyCurrencyId, market.history.isEmpty || historyIsOld || moved {
                step.effect = step.effect + requestHistory(id, &market, context)
            }
        case .failure(let error):
            market.ratePolling.failures += 1
            step.notice = .failure("rates", error).background
        }
        let jitter = market.ratePolling.failures > 0
        step.effect = step.effect + .schedule(.market(.ratePollDue), after: market.ratePolling.nextDelay, jitter: jitter, id: .ratePoll)
        return step
    }

    /// History has 1-minute resolution: asked for when the chart changes, and at most once a minute while polling.
    private static func requestHistory(_ currencyId: Int, _ market: inout Market, _ context: FeatureContext) -> Effect {
        market.historyRequestedAt = context.now
        return context.call(.rateHistory(currencyId: currencyId, period: market.historyPeriod))
    }
}
