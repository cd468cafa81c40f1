import Foundation
import MintedAPI

/// Which way a re-priced figure moved.
public enum PriceMove: Sendable, Equatable {
    case up, down
}

/// The figures of a basket before it was re-priced, and until when changed ones stay highlighted.
public struct PriceFlash: Sendable, Equatable {
    /// How long a changed figure stays highlighted.
    public static let duration: TimeInterval = 3

    /// Unit price by SKU before the re-price.
    public var previousPrices: [String: Decimal]
    public var previousTotal: Decimal
    public var previousPaidTotal: Decimal
    public var until: Date

    public init(before basket: Basket, until: Date) {
        previousPrices = Dictionary(basket.items.map { ($0.sku, $0.price) }, uniquingKeysWith: { first, _ in first })
        previousTotal = basket.total
        previousPaidTotal = basket.paidTotal
        self.until = until
    }

    /// Whether the highlight still shows at `now`.
    public func isActive(at now: Date) -> Bool { now < until }

    /// How a figure moved from `previous` to `current`; nil when unchanged or unknown.
    public static func move(from previous: Decimal?, to current: Decimal) -> PriceMove? {
        guard let previous, previous != current else { return nil }
        return current > previous ? .up : .down
    }

    /// How the unit price of `sku` moved.
    public func priceMove(sku: String, to current: Decimal) -> PriceMove? { Self.move(from: previousPrices[sku], to: current) }
    /// How the total moved.
    public func totalMove(to current: Decimal) -> PriceMove? { Self.move(from: previousTotal, to: current) }
    /// How the paid total moved.
    public func paidTotalMove(to current: Decimal) -> PriceMove? { Self.move(from: previousPaidTotal, to: current) }
}
