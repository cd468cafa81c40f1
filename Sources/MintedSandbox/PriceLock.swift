import Foundation

/// A basket's price lock: the rates of every market at the moment it was taken, held until `expiresAt`.
struct PriceLock: Sendable, Equatable, Codable {
    /// Locked rates per market id.
    var quotes: [Int: MarketQuote]
    /// `pricefix.nextUpdate`.
    var expiresAt: Date

    /// True once `now` has reached the end of the lock.
    func isExpired(at now: Date) -> Bool {
        now >= expiresAt
    }

    /// `pricefix.remaining`: whole seconds left, negative once expired.
    func remaining(at now: Date) -> Int {
        Int(expiresAt.timeIntervalSince(now).rounded(.down))
    }
}
