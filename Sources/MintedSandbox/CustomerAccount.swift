import MintedAPI

/// A customer and the units of each product in their wallet.
struct CustomerAccount: Sendable, Equatable, Codable {
    var customer: Customer
    /// Units held per sku.
    var wallet: [String: Int]
}
