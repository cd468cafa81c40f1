import Foundation
import MintedAPI

/// One item currency ("Dirham Gold"): its live per-gram rate in cents and its minute-by-minute rate history.
struct Market: Sendable {
    /// `item_currency_id`.
    let id: Int
    /// `item_currency_name`.
    let name: String
    let metal: MetalType
    let currencyCode: String
    /// The live buy rate per gram, in cents.
    var buyCents: Int
    /// Sell is buy minus this percent, in whole cents.
    let spreadPercent: Int
    /// Buy cents at each minute, oldest first; `history[i]` is the rate at minute `historyStartMinute + i`.
    var history: MarketHistory
    /// The minute (since 1970) of `history[0]`.
    var historyStartMinute: Int

    init(id: Int, name: String, metal: MetalType, currencyCode: String, buyCents: Int, spreadPercent: Int = 2) {
        self.id = id
        self.name = name
        self.metal = metal
        self.currencyCode = currencyCode
        self.buyCents = buyCents
        self.spreadPercent = spreadPercent
        self.history = MarketHistory()
        self.historyStartMinute = 0
    }

    /// The highest buy rate, in cents per gram (20,000,000.00): the history keeps rates as `Int32`, and every price
    /// built from it stays finite. A spike past it is refused; the walk stops at it.
    static let maximumBuyCents = 2_000_000_000

    /// The sell rate for a buy rate: buy minus the spread, rounded half-up to whole cents.
    func sellCents(forBuy buy: Int) -> Int {
        buy - (buy * spreadPercent + 50) / 100
    }

    /// The live rates.
    var quote: MarketQuote {
        MarketQuote(buyCents: buyCents, sellCents: sellCents(forBuy: buyCents))
    }

    /// The minute (since 1970) of `date`.
    static func minute(of date: Date) -> Int {
        Int((date.timeIntervalSince1970 / 60).rounded(.down))
    }
}
