import Foundation
import MintedAPI

/// The market's fields as the screen and the tests read them: each is stored in `market`, which `MarketFeature` owns.
extension AppState {
    public var products: [Product] {
        get { market.products }
        set { market.products = newValue }
    }

    public var productsLoaded: Bool {
        get { market.productsLoaded }
        set { market.productsLoaded = newValue }
    }

    public var holdings: [Holding] {
        get { market.holdings }
        set { market.holdings = newValue }
    }

    public var holdingsLoaded: Bool {
        get { market.holdingsLoaded }
        set { market.holdingsLoaded = newValue }
    }

    public var rates: [CurrencyRate] {
        get { market.rates }
        set { market.rates = newValue }
    }

    public var ratesUpdatedAt: Date? {
        get { market.ratesUpdatedAt }
        set { market.ratesUpdatedAt = newValue }
    }

    public var ratePolling: RatePolling {
        get { market.ratePolling }
        set { market.ratePolling = newValue }
    }

    public var historyCurrencyId: Int? {
        get { market.historyCurrencyId }
        set { market.historyCurrencyId = newValue }
    }

    public var historyPeriod: RatePeriod {
        get { market.historyPeriod }
        set { market.historyPeriod = newValue }
    }

    public var history: [RatePoint] {
        get { market.history }
        set { market.history = newValue }
    }

    public var historyRequestedAt: Date? {
        get { market.historyRequestedAt }
        set { market.historyRequestedAt = newValue }
    }

    public var productSelection: Int {
        get { market.productSelection }
        set { market.productSelection = newValue }
    }

    public var walletSelection: Int {
        get { market.walletSelection }
        set { market.walletSelection = newValue }
    }

    public var rateSelection: Int {
        get { market.rateSelection }
        set { market.rateSelection = newValue }
    }

    /// The chart's view of `history`, kept in step with it.
    public var historySummary: RateHistorySummary? { market.historySummary }
}
