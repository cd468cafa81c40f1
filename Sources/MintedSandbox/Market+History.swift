import Foundation
import MintedAPI

/// The generated past and the downsampled history the Rate History endpoint serves.
extension Market {
    /// Minutes of generated past: one year.
    static let pastMinutes = 525_600

    /// How strongly the generated past is pulled back toward the start rate each minute: about a month's memory,
    /// so a year of history wanders by some percent instead of drifting off.
    static let pastReversion = 1.0 / 43_200

    /// Fills `history` with a year of minutes ending at `startMinute` with the live rate, generated backwards
    /// from it: a mean-reverting walk of the rate's logarithm with the live walk's volatility scaled to one
    /// minute, kept within a factor e² of the start rate. Its own generator (seed and market id) keeps it
    /// independent of everything else the seed drives; volatility 0 gives a flat year.
    mutating func generatePast(endingAt startMinute: Int, seed: UInt64, volatility: Double, rateStep: TimeInterval) {
        var random = SplitMix64(seed: seed ^ (UInt64(id) &* 0x9E37_79B9_7F4A_7C15))
        let perMinute = volatility * (60 / max(rateStep, 1)).squareRoot()
        let start = Double(buyCents)
        var points = [Int32](repeating: 0, count: Self.pastMinutes)
        var deviation = 0.0
        for index in stride(from: Self.pastMinutes - 1, through: 0, by: -1) {
            points[index] = deviation == 0 ? Int32(clamping: buyCents) : Int32(clamping: max(1, Int((start * exp(deviation)).rounded())))
            deviation = min(2, max(-2, deviation * (1 - Self.pastReversion) + perMinute * random.signedUnit()))
        }
        history = points
        historyStartMinute = startMinute - Self.pastMinutes + 1
    }

    /// The history over `period` ending at `minute`, oldest first: 1d every minute (1440 points), 1w every
    /// 10 minutes, 1m hourly, 1y daily. Each point's `date` is in the order shape (`…T12:27:00.000000Z`).
    func points(for period: RatePeriod, endingAt minute: Int) -> [RatePoint] {
        let (span, stride) = Self.sampling(period)
        let lastIndex = min(minute - historyStartMinute, history.count - 1)
        guard lastIndex >= 0 else { return [] }
        let count = min(span / stride, lastIndex / stride + 1)
        return (0..<count).reversed().map { back in
            let index = lastIndex - back * stride
            let buy = Int(history[index])
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
