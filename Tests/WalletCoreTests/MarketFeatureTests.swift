import Foundation
import MintedAPI
import MintedTesting
import Testing
@testable import WalletCore

/// The market panes alone: their reducer over `Market`, each step compared whole.
struct MarketFeatureTests {
    static let context = FeatureContext(AppState(connection: .sandbox, customerId: Samples.customerId, now: Samples.start))

    static func expect(_ market: inout Market, _ action: MarketAction, step: MarketFeature.Step = MarketFeature.Step(),
                       _ update: (inout Market) -> Void = { _ in }, sourceLocation: SourceLocation = #_sourceLocation) {
        expectFeature(&market, step: step, update, sourceLocation: sourceLocation) {
            MarketFeature.reduce(into: &$0, action: action, context: context)
        }
    }

    @Test func firstRatesChartTheFirstMarketAndScheduleThePoll() {
        var market = Market()
        let history = APICall.rateHistory(currencyId: Samples.goldRate.itemCurrencyId, period: .day)
        Self.expect(&market, .ratesLoaded(.success([Samples.goldRate])),
                    step: MarketFeature.Step(effect: .call(history, generation: 0)
                        + .schedule(.market(.ratePollDue), after: .seconds(5), jitter: false, id: .ratePoll), resolved: "rates")) {
            $0.rates = [Samples.goldRate]
            $0.ratesUpdatedAt = Samples.start
            $0.historyCurrencyId = Samples.goldRate.itemCurrencyId
            $0.historyRequestedAt = Samples.start
        }
        Self.expect(&market, .historyLoaded(currencyId: Samples.goldRate.itemCurrencyId, period: .week, .success([])))  // another period: dropped
        Self.expect(&market, .historyLoaded(currencyId: Samples.goldRate.itemCurrencyId, period: .day, .success(Samples.history(count: 3))),
                    step: MarketFeature.Step(resolved: "rate history")) {
            $0.history = Samples.history(count: 3)
        }
        #expect(market.historySummary != nil, "the chart's summary follows the history")
    }

    @Test func anotherCustomersWalletIsDroppedAndAFailureIsSaid() {
        var market = Market()
        Self.expect(&market, .holdingsLoaded(customer: "someone-else", .success(Samples.holdings)))
        Self.expect(&market, .holdingsLoaded(customer: Samples.customerId, .failure(.timeout)),
                    step: MarketFeature.Step(effect: .schedule(.market(.holdingsRetryDue), after: .seconds(2), jitter: false, id: .holdingsRetry),
                                             notice: .failure("wallet", .timeout).background)) {
            $0.holdingsFailure = PaneFailure(reason: "the request timed out", after: nil, now: Samples.start)
        }
        Self.expect(&market, .holdingsLoaded(customer: Samples.customerId, .success(Samples.holdings)), step: MarketFeature.Step(resolved: "wallet")) {
            $0.holdings = Samples.holdings
            $0.holdingsLoaded = true
            $0.holdingsFailure = nil
        }
        Self.expect(&market, .moved(.wallet, by: 5)) { $0.walletSelection = Samples.holdings.count - 1 }
    }
}

extension MarketFeatureTests {
    /// Issue 15 item 5: after a spike the wallet's value and the chart's last point move with the Rates pane.
    @Test func aPriceMoveRereadsProductsWalletAndChart() {
        var market = Market()
        market.products = [Samples.goldBar]
        market.productsLoaded = true
        market.holdings = Samples.holdings
        market.holdingsLoaded = true
        market.rates = [Samples.goldRate]
        market.historyCurrencyId = Samples.goldRate.itemCurrencyId
        market.history = Samples.history(count: 3)
        market.historyRequestedAt = Samples.start  // asked for just now: only a price move asks again
        let poll = Effect.schedule(.market(.ratePollDue), after: .seconds(5), jitter: false, id: .ratePoll)
        Self.expect(&market, .ratesLoaded(.success([Samples.goldRate])), step: MarketFeature.Step(effect: poll, resolved: "rates")) {
            $0.ratesUpdatedAt = Samples.start
        }
        var spiked = Samples.goldRate
        spiked.buy *= 1.1
        spiked.sell *= 1.1
        let history = APICall.rateHistory(currencyId: Samples.goldRate.itemCurrencyId, period: .day)
        Self.expect(&market, .ratesLoaded(.success([spiked])),
                    step: MarketFeature.Step(effect: .call(.products, generation: 0) + .call(.balance(customer: Samples.customerId), generation: 0)
                        + .call(history, generation: 0) + poll, resolved: "rates")) {
            $0.rates = [spiked]
        }
    }
}

extension MarketFeatureTests {
    /// Issue 15 item 4: an unreachable host looks unreachable — products and the wallet say why and retry with backoff.
    @Test func unreadProductsAndWalletSayWhyAndRetryWithBackoff() {
        var market = Market()
        let down = APIError.transport(message: "could not connect to staging.example")
        for (attempt, delay) in [(1, 2), (2, 4), (3, 8)] {
            Self.expect(&market, .productsLoaded(.failure(down)),
                        step: MarketFeature.Step(effect: .schedule(.market(.productsRetryDue), after: .seconds(delay), jitter: false, id: .productsRetry),
                                                 notice: .failure("products", down).background)) {
                $0.productsFailure = PaneFailure(reason: "\(down)", after: $0.productsFailure, now: Samples.start)
            }
            #expect(market.productsFailure?.attempts == attempt)
            #expect(market.productsFailure?.line(at: Samples.start) == "failed: \(down) · retry in \(delay) s")
            Self.expect(&market, .productsRetryDue, step: MarketFeature.Step(effect: .call(.products, generation: 0)))
        }
        Self.expect(&market, .productsLoaded(.success([Samples.goldBar])), step: MarketFeature.Step(resolved: "products")) {
            $0.products = [Samples.goldBar]
            $0.productsLoaded = true
            $0.productsFailure = nil
        }
        // Once shown, a failed re-read keeps what is shown: a footer line, no retry.
        Self.expect(&market, .productsLoaded(.failure(down)), step: MarketFeature.Step(notice: .failure("products", down).background))

        Self.expect(&market, .holdingsLoaded(customer: Samples.customerId, .failure(.timeout)),
                    step: MarketFeature.Step(effect: .schedule(.market(.holdingsRetryDue), after: .seconds(2), jitter: false, id: .holdingsRetry),
                                             notice: .failure("wallet", .timeout).background)) {
            $0.holdingsFailure = PaneFailure(reason: "\(APIError.timeout)", after: nil, now: Samples.start)
        }
        Self.expect(&market, .holdingsRetryDue, step: MarketFeature.Step(effect: .call(.balance(customer: Samples.customerId), generation: 0)))
        #expect(PaneFailure.delay(attempts: 16) == PaneFailure.maximumDelay)
    }
}
