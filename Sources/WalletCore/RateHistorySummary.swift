import Foundation
import MintedAPI

/// What the rate chart needs from a history, worked out once when the history changes rather than on every frame.
public struct RateHistorySummary: Sendable, Equatable {
    /// Buy rates as chart positions, oldest first. Plotting only: every figure shown comes from the `Decimal`s.
    public var values: [Double]
    public var low: Decimal
    public var high: Decimal
    public var last: Decimal

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
    }
}
