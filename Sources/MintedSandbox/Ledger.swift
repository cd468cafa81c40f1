import Foundation

/// The money completed orders moved in one currency: what customers paid (buys, deliveries) and what they received (sells).
public struct Ledger: Sendable, Equatable, Codable {
    /// Σ `paid_total` of completed buy and delivery orders.
    public var received: Decimal = 0
    /// Σ `paid_total` of completed sell orders.
    public var paidOut: Decimal = 0

    /// An empty ledger, or one with the given sums.
    public init(received: Decimal = 0, paidOut: Decimal = 0) {
        self.received = received
        self.paidOut = paidOut
    }

    enum CodingKeys: String, CodingKey { case received, paidOut = "paid_out" }
}
