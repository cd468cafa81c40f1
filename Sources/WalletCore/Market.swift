import Foundation
import MintedAPI

/// The market panes' state: products, the wallet, rates and the chart's history, and each pane's cursor.
/// `MarketFeature` owns it.
public struct Market: Sendable, Equatable {
    public var products: [Product] = []
    public var productsLoaded = false
    /// Why the products could not be read, while they have not been; retried with backoff.
    public var productsFailure: PaneFailure?
    public var holdings: [Holding] = []
    public var holdingsLoaded = false
    /// Why the wallet could not be read, while it has not been; retried with backoff.
    public var holdingsFailure: PaneFailure?
    public var rates: [CurrencyRate] = []
    public var ratesUpdatedAt: Date?
    public var ratePolling: RatePolling
    public var historyCurrencyId: Int?
    public var historyPeriod: RatePeriod = .day
    public var history: [RatePoint] = [] {
        didSet { historySummary = RateHistorySummary(history) }
    }
    /// The chart's view of `history`, kept in step with it.
    public private(set) var historySummary: RateHistorySummary?
    /// When the chart's history was last asked for.
    public var historyRequestedAt: Date?
    public var productSelection = 0
    public var walletSelection = 0
    public var rateSelection = 0

    public init(ratePolling: RatePolling = RatePolling()) {
        self.ratePolling = ratePolling
    }

    /// The wallet of another customer: not known yet.
    mutating func forgetWallet() {
        holdings = []
        holdingsLoaded = false
        holdingsFailure = nil
        walletSelection = 0
    }
}
