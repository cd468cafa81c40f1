import Foundation
import MintedAPI

/// Everything that happens to the market panes (products, wallet, rates, chart), as past events.
public enum MarketAction: Sendable, Equatable {
    case productsLoaded(Result<[Product], APIError>)
    /// The wallet of `customer`; dropped when another customer is current by then.
    case holdingsLoaded(customer: String, Result<[Holding], APIError>)
    case ratesLoaded(Result<[CurrencyRate], APIError>)
    case historyLoaded(currencyId: Int, period: RatePeriod, Result<[RatePoint], APIError>)
    /// The rate poller's next turn.
    case ratePollDue
    /// The wait after a failed products read is over.
    case productsRetryDue
    /// The wait after a failed wallet read is over.
    case holdingsRetryDue
    /// `[` `]`: the chart's period.
    case rangeStepped(by: Int)
    /// ↑ ↓ in one of the market panes.
    case moved(Pane, by: Int)

    /// True for answers from the API. Every case is decided here.
    public var isAnswer: Bool {
        switch self {
        case .productsLoaded, .holdingsLoaded, .ratesLoaded, .historyLoaded: true
        case .ratePollDue, .productsRetryDue, .holdingsRetryDue, .rangeStepped, .moved: false
        }
    }
}
