import Foundation

/// Where every unit and every coin is, as `GET /_sandbox/ledger` reports it: for each sku, stock + held +
/// delivered is constant whatever the interleaving of requests.
public struct SandboxAccounting: Codable, Sendable, Equatable {
    /// Units the house can still sell, per sku.
    public var stock: [String: Int]
    /// Units in customers' wallets, per sku.
    public var held: [String: Int]
    /// Units that left by delivery, per sku.
    public var delivered: [String: Int]
    /// Money moved by completed orders, per currency code.
    public var ledger: [String: Ledger]
}
