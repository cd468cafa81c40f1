import Foundation
import MintedAPI
@testable import MintedSandbox
import Testing

/// The year of history replayed on demand answers exactly what the stored year it replaced answered.
@Suite struct MarketHistoryTests {
    static let startMinute = Market.minute(of: Timestamp.parse("2026-02-20T12:27:00Z")!)

    /// The past as it was first generated and stored: every minute, oldest first.
    static func storedPast(_ market: Market, seed: UInt64, volatility: Double, rateStep: TimeInterval) -> [Int32] {
        var random = SplitMix64(seed: seed ^ (UInt64(market.id) &* 0x9E37_79B9_7F4A_7C15))
        let perMinute = volatility * (60 / max(rateStep, 1)).squareRoot()
        let start = Double(market.buyCents)
        var points = [Int32](repeating: 0, count: Market.pastMinutes)
        var deviation = 0.0
        for index in stride(from: Market.pastMinutes - 1, through: 0, by: -1) {
            points[index] = deviation == 0 ? Int32(clamping: market.buyCents) : Int32(clamping: max(1, Int((start * exp(deviation)).rounded())))
            deviation = min(2, max(-2, deviation * (1 - 1.0 / 43_200) + perMinute * random.signedUnit()))
        }
        return points
    }

    /// `Market.points` as it was first written, over a stored array.
    static func storedPoints(_ market: Market, _ history: [Int32], period: RatePeriod, endingAt minute: Int) -> [RatePoint] {
        let (span, stride) = Market.sampling(period)
        let lastIndex = min(minute - market.historyStartMinute, history.count - 1)
        guard lastIndex >= 0 else { return [] }
        let count = min(span / stride, lastIndex / stride + 1)
        return (0..<count).reversed().map { back in
            let index = lastIndex - back * stride
            let buy = Int(history[index])
            let date = Date(timeIntervalSince1970: TimeInterval(market.historyStartMinute + index) * 60)
            return RatePoint(date: Timestamp.microsecondString(date), buy: Decimal(minorUnits: buy), sell: Decimal(minorUnits: market.sellCents(forBuy: buy)))
        }
    }

    @Test(arguments: [(UInt64(1), 0.0005, 5.0), (3, 0.0005, 5), (7, 0.02, 1), (11, 0, 5)])
    func everyPeriodMatchesTheStoredYear(seed: UInt64, volatility: Double, rateStep: TimeInterval) {
        for template in Market.standard {
            var market = template
            market.generatePast(endingAt: Self.startMinute, seed: seed, volatility: volatility, rateStep: rateStep)
            var stored = Self.storedPast(template, seed: seed, volatility: volatility, rateStep: rateStep)
            #expect(market.history.count == stored.count)
            #expect(Array(market.history.suffix(3_000)) == Array(stored.suffix(3_000)))
            for step in [0, 1, 1_439, 1_440, 1_441, 100_000, Market.pastMinutes - 1] {
                #expect(market.history[Market.pastMinutes - 1 - step] == stored[Market.pastMinutes - 1 - step], "step \(step)")
            }
            var random = SplitMix64(seed: seed)
            // A day and a bit lived, with the walk moving, then asked at minutes in the past, now and later.
            for lived in [0, 1, 7, 1_500] {
                if lived > 0 {
                    market.step(volatility: 0.01, using: &random)
                    market.record(throughMinute: Self.startMinute + lived)
                    stored += repeatElement(Int32(clamping: market.buyCents), count: lived - (stored.count - Market.pastMinutes))
                }
                #expect(market.history.count == stored.count)
                for minute in [Self.startMinute - 600_000, Self.startMinute - Market.pastMinutes + 5, Self.startMinute - 2_000,
                               Self.startMinute, Self.startMinute + lived, Self.startMinute + lived + 90] {
                    for period in RatePeriod.allCases {
                        #expect(market.points(for: period, endingAt: minute) == Self.storedPoints(market, stored, period: period, endingAt: minute),
                                "\(period) at \(minute - Self.startMinute), \(lived) lived, seed \(seed)")
                    }
                }
            }
        }
    }

    @Test func aSpikeInTheStartMinuteIsKept() throws {
        let start = Timestamp.parse("2026-02-20T12:27:00Z")!
        var engine = SandboxEngine(configuration: SandboxConfiguration(seed: 5), now: start)
        _ = try engine.spike(currencyId: 1_000_013, percent: 10, now: start)
        let day = try engine.rateHistory(currencyId: 1_000_013, period: .day, now: start)
        #expect(day.last?.buy == Decimal(string: "651.57"))
        #expect(engine.snapshot.markets.allSatisfy { $0.liveHistory.isEmpty })
    }

    @Test func theYearIsNotStored() {
        var market = Market.dirhamGold
        market.generatePast(endingAt: Self.startMinute, seed: 1, volatility: 0.0005, rateStep: 5)
        #expect(market.history.live.isEmpty)
        market.record(throughMinute: Self.startMinute + 3)
        #expect(Array(market.history) == Self.storedPast(Market.dirhamGold, seed: 1, volatility: 0.0005, rateStep: 5) + [59_234, 59_234, 59_234])
        #expect(MemoryLayout<MarketPast.WalkState>.stride * (Market.pastMinutes / MarketPast.checkpointSpacing + 1) < 8_000)
    }
}
