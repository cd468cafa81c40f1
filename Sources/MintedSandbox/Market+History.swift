import Foundation
import MintedAPI

/// The generated past and the downsampled history the Rate History endpoint serves.
extension Market {
    /// Minutes of generated past: one year.
    static let pastMinutes = 525_600

    /// Sets `history` to a year of minutes ending at `startMinute` with the live rate, generated backwards from it:
    /// a mean-reverting walk of the rate's logarithm with the live walk's volatility scaled to one minute, kept
    /// within a factor e² of the start rate. Its own generator (seed and market id) keeps it independent of
    /// everything else the seed drives; volatility 0 gives a flat year. The year is replayed on demand, not stored.
    /// `startCents` (the live rate when nil) is the rate of `startMinute` itself.
    mutating func generatePast(endingAt startMinute: Int, startCents: Int? = nil, seed: UInt64, volatility: Double,
                               rateStep: TimeInterval) {
        let random = SplitMix64(seed: seed ^ (UInt64(id) &* 0x9E37_79B9_7F4A_7C15))
        let perMinute = volatility * (60 / max(rateStep, 1)).squareRoot()
        history = MarketHistory(past: MarketPast(count: Self.pastMinutes, startCents: startCents ?? buyCents, perMinute: perMinute,
                                                 random: random))
        historyStartMinute = startMinute - Self.pastMinutes + 1
    }

    /// Live minutes kept: the month view's span, so that the day, week and month views show recorded minutes only.
    static let liveMinutesKept = 43_200
    /// Live minutes beyond `liveMinutesKept` before a prune: a prune replays a year of walk, so at most one a day.
    static let pruneSlack = 1_440

    /// The minute (since 1970) the generated past ends at: the last one before the live minutes.
    var pastEndMinute: Int { historyStartMinute + history.past.count - 1 }

    /// Drops the live minutes older than the newest `liveMinutesKept` once `pruneSlack` more have passed: the
    /// generated past then ends at the newest dropped minute, at its recorded rate, so that the year view's older part
    /// comes from the generated series. True when it pruned.
    mutating func pruneLiveMinutes(seed: UInt64, volatility: Double, rateStep: TimeInterval) -> Bool {
        let live = history.live
        guard live.count > Self.liveMinutesKept + Self.pruneSlack else { return false }
        let dropped = live.count - Self.liveMinutesKept
        let anchor = pastEndMinute + dropped
        generatePast(endingAt: anchor, startCents: Int(live[dropped - 1]), seed: seed, volatility: volatility, rateStep: rateStep)
        history.append(contentsOf: live[dropped...])
        return true
    }

    /// The history over `period` ending at `minute`, oldest first: 1d every minute (1440 points), 1w every
    /// 10 minutes, 1m hourly, 1y daily. Each point's `date` is in the order shape (`…T12:27:00.000000Z`).
    func points(for period: RatePeriod, endingAt minute: Int) -> [RatePoint] {
        let (span, stride) = Self.sampling(period)
        let lastIndex = min(minute - historyStartMinute, history.count - 1)
        guard lastIndex >= 0 else { return [] }
        let count = min(span / stride, lastIndex / stride + 1)
        let rates = history.rates(endingAt: lastIndex, stride: stride, count: count)
        return rates.enumerated().map { offset, rate in
            let index = lastIndex - (count - 1 - offset) * stride
            let buy = Int(rate)
            let date = Date(timeIntervalSince1970: TimeInterval(historyStartMinute + index) * 60)
            return RatePoint(
                date: Timestamp.microsecondString(date), buy: Decimal(minorUnits: buy),
                sell: Decimal(minorUnits: sellCents(forBuy: buy))
            )
        }
    }

    /// Minutes covered and minutes between points of each period.
    static func sampling(_ period: RatePeriod) -> (span: Int, stride: Int) {
        switch period {
        case .day: (1_440, 1)
        case .week: (10_080, 10)
        case .month: (43_200, 60)
        case .year: (525_600, 1_440)
        }
    }
}
