import Foundation
import MintedAPI

/// One item currency ("Dirham Gold"): its live per-gram rate in cents and its minute-by-minute rate history.
struct Market: Sendable {
    /// `item_currency_id`.
    let id: Int
    /// `item_currency_name`.
    let name: String
    /// `item_currency_name` for `Accept-Language: tr`.
    let turkishName: String
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

    init(id: Int, name: String, turkishName: String, metal: MetalType, currencyCode: String, buyCents: Int, spreadPercent: Int = 2) {
        self.id = id
        self.name = name
        self.turkishName = turkishName
        self.metal = metal
        self.currencyCode = currencyCode
        self.buyCents = buyCents
        self.spreadPercent = spreadPercent
        self.history = MarketHistory()
        self.historyStartMinute = 0
    }

    /// `item_currency_name` in `language`.
    func name(in language: SandboxLanguage) -> String {
        language == .turkish ? turkishName : name
    }

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
