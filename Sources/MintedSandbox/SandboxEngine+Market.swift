import Foundation
import MintedAPI

/// The market: the rate walk, live rates and rate history.
extension SandboxEngine {
    /// Applies every rate step due by `now` and records each minute passed; every operation calls it first.
    public mutating func advance(to now: Date) {
        let step = configuration.rateStep
        if step > 0 {
            let due = Int((now.timeIntervalSince(origin) / step).rounded(.down))
            while appliedSteps < due {
                appliedSteps += 1
                let stepTime = origin.addingTimeInterval(TimeInterval(appliedSteps) * step)
                let lastMinuteBefore = Int((stepTime.timeIntervalSince1970 / 60).rounded(.up)) - 1
                for index in markets.indices {
                    markets[index].record(throughMinute: lastMinuteBefore)
                    markets[index].step(volatility: configuration.volatility, using: &walkRandom)
                }
            }
        }
        let minute = Market.minute(of: now)
        for index in markets.indices { markets[index].record(throughMinute: minute) }
    }

    /// The live rates of every market (`updated_at` is `now`).
    public mutating func currencyRates(now: Date) -> [CurrencyRate] {
        advance(to: now)
        return markets.map { market in
            let quote = market.quote
            return CurrencyRate(
                itemCurrencyId: market.id, itemCurrencyName: market.name, metalType: market.metal,
                currencyCode: market.currencyCode, buy: quote.buy, sell: quote.sell,
                updatedAt: Timestamp.microsecondString(now)
            )
        }
    }

    /// The rate history of market `currencyId` over `period`, oldest first, ending at the current minute.
    /// Throws 422 (`item_currency_id`) for an unknown market.
    public mutating func rateHistory(currencyId: Int, period: RatePeriod, now: Date) throws -> [RatePoint] {
        advance(to: now)
        guard let index = marketIndex(currencyId) else {
            throw SandboxError.field("item_currency_id", .selectedInvalid("item_currency_id"))
        }
        return markets[index].points(for: period, endingAt: Market.minute(of: now))
    }

    /// Prunes every market's live minutes (`Market.pruneLiveMinutes`); true when any was. The store calls it before
    /// it writes, so that what is dropped from memory is dropped from the database in the same transaction.
    @discardableResult
    mutating func pruneLiveMinutes() -> Bool {
        var pruned = false
        for index in markets.indices {
            pruned = markets[index].pruneLiveMinutes(seed: pastSeed.seed, volatility: pastSeed.volatility,
                                                     rateStep: pastSeed.rateStep) || pruned
        }
        return pruned
    }

    /// The live rates of every market, keyed by market id: what a new price lock holds.
    func liveQuotes() -> [Int: MarketQuote] {
        Dictionary(uniqueKeysWithValues: markets.map { ($0.id, $0.quote) })
    }
}
