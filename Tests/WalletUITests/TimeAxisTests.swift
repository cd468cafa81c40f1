import Foundation
import MintedAPI
import MintedTesting
import TerminalKit
import Testing
import WalletCore
@testable import WalletUI

/// The rate chart's time axis: its two ends, and how the points were sampled between them.
struct TimeAxisTests {
    let context = RenderContext(timeZone: TimeZone(identifier: "UTC")!)

    func screen(every seconds: Int, count: Int, from start: Date, period: RatePeriod, size: Size = Size(width: 120, height: 40)) -> String {
        var state = Samples.liveState()
        state.market.historyPeriod = period
        state.market.history = (0..<count).map { index in
            RatePoint(date: Timestamp.offsetString(start.addingTimeInterval(Double(index * seconds))), buy: 590 + Decimal(index % 7), sell: 580)
        }
        return MainScreen.render(state, size: size, context: context).text()
    }

    @Test func aDayAcrossMidnightNamesBothDays() {
        // 2026-12-02 15:08 UTC, a minute apart for a day.
        let text = screen(every: 60, count: 1_440, from: Date(timeIntervalSince1970: 1_796_224_080), period: .day)
        #expect(text.contains("02 Dec 15:08") && text.contains("03 Dec 15:07"), "\(text)")
        #expect(text.contains("1440 points every minute"))
    }

    @Test func aYearSaysItIsDailyAndThatPeaksBetweenDoNotShow() {
        let start = Date(timeIntervalSince1970: 1_764_633_600)
        let text = screen(every: 86_400, count: 365, from: start, period: .year)
        #expect(text.contains("Dec 2025") && text.contains("Dec 2026"), "\(text)")
        #expect(text.contains("365 points daily (peaks hidden)"), "\(text)")
        let wide = screen(every: 86_400, count: 365, from: start, period: .year, size: Size(width: 200, height: 60))
        #expect(wide.contains("365 points daily, peaks between them do not show"), "\(wide)")
    }
}
