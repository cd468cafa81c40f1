import Foundation
import MintedAPI

/// What the rate chart needs from a history, worked out once when the history changes rather than on every frame.
public struct RateHistorySummary: Sendable, Equatable {
    /// Buy rates as chart positions, oldest first. Plotting only: every figure shown comes from the `Decimal`s.
    public var values: [Double]
    public var low: Decimal
    public var high: Decimal
    public var last: Decimal
    /// Where the points sit on the absolute time grid: the first point's time divided by the spacing of the points,
    /// when they are evenly spaced on whole multiples of it (as every period the API serves is). The chart uses it to
    /// keep its buckets fixed in time, so that a history shifted by a minute redraws one column, not all of them.
    public var firstSlot: Int?
    /// When the first and the last point were taken; nil when a date does not read.
    public var span: ClosedRange<Date>?
    /// Seconds between two points, on average; nil for fewer than two points or unreadable dates.
    public var spacing: TimeInterval? {
        guard let span, let count = values.count > 1 ? values.count : nil else { return nil }
        return span.upperBound.timeIntervalSince(span.lowerBound) / Double(count - 1)
    }

    /// Nil for an empty history.
    public init?(_ points: [RatePoint]) {
        guard let first = points.first else { return nil }
        var low = first.buy
        var high = first.buy
        values = []
        values.reserveCapacity(points.count)
        for point in points {
            if point.buy < low { low = point.buy }
            if point.buy > high { high = point.buy }
            values.append(NSDecimalNumber(decimal: point.buy).doubleValue)
        }
        self.low = low
        self.high = high
        last = points[points.count - 1].buy
        firstSlot = Self.firstSlot(points)
        if let start = Timestamp.parse(first.date), let end = Timestamp.parse(points[points.count - 1].date), start <= end {
            span = start...end
        }
    }

    /// How often the points were taken, in a few words (`every 15 s`, `every minute`, `hourly`, `daily`,
    /// `every 3 days`); nil when unknown.
    public var sampling: String? {
        guard let spacing, spacing.isFinite, spacing > 0 else { return nil }
        func count(_ unit: Double) -> Int { Int(min((spacing / unit).rounded(), 1e6)) }
        if spacing >= 86_400 * 0.95 { return count(86_400) <= 1 ? "daily" : "every \(count(86_400)) days" }
        if spacing >= 3_600 * 0.95 { return count(3_600) <= 1 ? "hourly" : "every \(count(3_600)) h" }
        if spacing >= 60 * 0.95 { return count(60) <= 1 ? "every minute" : "every \(count(60)) min" }
        return "every \(max(1, count(1))) s"
    }

    /// The first point's slot on the grid of the points' spacing; nil unless the first two points and the last are
    /// whole seconds on one evenly spaced grid.
    static func firstSlot(_ points: [RatePoint]) -> Int? {
        guard points.count >= 2, let first = Timestamp.parse(points[0].date), let second = Timestamp.parse(points[1].date),
              let final = Timestamp.parse(points[points.count - 1].date) else { return nil }
        let start = first.timeIntervalSince1970
        let spacing = second.timeIntervalSince1970 - start
        guard spacing >= 1, spacing == spacing.rounded(), start == start.rounded(),
              final.timeIntervalSince1970 - start == spacing * Double(points.count - 1),
              start.truncatingRemainder(dividingBy: spacing) == 0, abs(start / spacing) < 1e12 else { return nil }
        return Int(start / spacing)
    }
}
