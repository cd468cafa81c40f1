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
