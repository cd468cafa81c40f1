import Foundation
import MintedAPI
import Testing
import WalletCore

/// The summary places an evenly spaced history on its time grid, and only then.
@Suite struct RateHistorySummaryTests {
    static func points(_ dates: [String]) -> [RatePoint] {
        dates.map { RatePoint(date: $0, buy: 59_234, sell: 58_049) }
    }

    @Test func minutesOfADaySitOnTheMinuteGrid() throws {
        let start = try #require(Timestamp.parse("2026-02-19T12:28:00Z"))
        let dates = (0..<1_440).map { Timestamp.microsecondString(start.addingTimeInterval(Double($0) * 60)) }
        let summary = try #require(RateHistorySummary(Self.points(dates)))
        #expect(summary.firstSlot == Int(start.timeIntervalSince1970 / 60))
        let days = (0..<365).map { Timestamp.microsecondString(start.addingTimeInterval(Double($0) * 86_400 - 12 * 3_600 - 28 * 60)) }
        #expect(RateHistorySummary(Self.points(days))?.firstSlot == Int(start.timeIntervalSince1970 / 86_400))
    }

    @Test func irregularOrUnreadableTimesHaveNoSlot() {
        #expect(RateHistorySummary(Self.points(["2026-02-20T12:00:00.000000Z"]))?.firstSlot == nil)
        #expect(RateHistorySummary(Self.points(["not a time", "2026-02-20T12:01:00.000000Z"]))?.firstSlot == nil)
        #expect(RateHistorySummary(Self.points(["2026-02-20T12:00:00.000000Z", "2026-02-20T12:01:00.000000Z",
                                                "2026-02-20T12:03:00.000000Z"]))?.firstSlot == nil)
        #expect(RateHistorySummary(Self.points(["2026-02-20T12:00:30.000000Z", "2026-02-20T12:01:30.000000Z"]))?.firstSlot == nil)
        #expect(RateHistorySummary(Self.points(["2026-02-20T12:01:00.000000Z", "2026-02-20T12:00:00.000000Z"]))?.firstSlot == nil)
    }
}
