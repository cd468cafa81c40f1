import Foundation
import MintedAPI

/// Customers and their wallets: Get Customer and Balance / Wallet.
extension SandboxEngine {
    /// The customer with external id `id`; 404 when unknown.
    public func customer(_ id: String) throws -> Customer {
        try account(id).customer
    }

    /// The customer's holdings in catalog order, valued at the live sell rate; 404 for an unknown customer.
    /// `deliverable` is a filter that is off when false: seed 004's documented wallet query sends
    /// `is_deliverable=false` and must see every holding; `true` narrows to what a delivery basket can take.
    public mutating func balance(customer id: String, metals: [MetalType] = MetalType.allCases, deliverable: Bool? = nil,
                                 now: Date) throws -> [Holding] {
        let account = try account(id)
        advance(to: now)
        return knownProducts.compactMap { product -> Holding? in
            guard let amount = account.wallet[product.sku], amount > 0, metals.contains(product.metal),
                  deliverable != true || product.isDeliverable,
                  let market = market(product.currencyId) else { return nil }
            let weight = product.weight * Decimal(amount)
            return Holding(
                productName: product.name, images: product.images, sku: product.sku, metalType: product.metal,
                itemCurrencyName: market.name, amount: amount, weight: weight,
                value: (weight * market.quote.sell).rounded(), currencyCode: market.currencyCode
            )
        }
    }

    /// Grams of each metal in `account`'s wallet.
    func heldGrams(_ account: CustomerAccount) -> [MetalType: Decimal] {
        var grams: [MetalType: Decimal] = [:]
        for (sku, amount) in account.wallet {
            guard let product = product(sku: sku) else { continue }
            grams[product.metal, default: 0] += product.weight * Decimal(amount)
        }
        return grams
    }
}
