import Foundation
import MintedAPI

/// Complete Buy / Sell / Delivery: a basket becomes an order and the wallet changes.
extension SandboxEngine {
    /// Completes the customer's open basket `cartToken` of `type` into an order: a buy credits the wallet, a
    /// sell or a delivery debits it. Refused with 404 (no such open basket: also a second completion),
    /// 409 (the price lock expired: re-price first) or 422 (empty basket, another type, more than held,
    /// a delivery without `shippingAddress`).
    public mutating func complete(_ type: BasketType, customer id: String, cartToken: String, shippingAddress: Address? = nil,
                                  now: Date) throws -> Basket {
        var errors: [String: [String]] = [:]
        validate(cartToken: cartToken, into: &errors)
        if type == .delivery, shippingAddress == nil {
            errors["shipping_address", default: []].append("The shipping_address field is required.")
        }
        guard errors.isEmpty else { throw SandboxError.fields(errors) }
        var account = try account(id)
        advance(to: now)
        let index = try openBasketIndex(customer: id, cartToken: cartToken)
        let record = baskets[index]
        guard record.type == type else {
            throw SandboxError.field("cart_token", "The basket of this cart_token is a \(record.type.rawValue) basket.")
        }
        guard !record.lines.isEmpty else { throw SandboxError.field("items", "The basket is empty.") }
        guard !record.lock.isExpired(at: now) else {
            throw SandboxError.conflict("price lock expired, re-price the basket")
        }
        // The order is priced against the wallet as it was, so it answers what the basket showed.
        for line in record.lines {
            switch type {
            case .buy:
                account.wallet[line.sku, default: 0] += line.qty
            case .sell, .delivery:
                let held = account.wallet[line.sku] ?? 0
                guard held >= line.qty else {
                    let verb = type == .sell ? "sell" : "deliver"
                    throw SandboxError.field("qty", "Cannot \(verb) \(line.qty) × \(line.sku): \(held) held.")
                }
                account.wallet[line.sku] = held - line.qty == 0 ? nil : held - line.qty
            }
        }
        baskets[index].state = .completed
        baskets[index].shippingAddress = shippingAddress
        let order = basket(baskets[index], now: now, updated: false)
        baskets[index].order = order
        customers[id] = account
        return order
    }
}
