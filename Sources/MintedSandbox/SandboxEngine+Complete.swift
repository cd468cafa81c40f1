import Foundation
import MintedAPI

/// Complete Buy / Sell / Delivery: a basket becomes an order and the wallet changes.
extension SandboxEngine {
    /// Completes the customer's open basket `cartToken` of `type` into an order: a buy credits the wallet and
    /// takes from stock, a sell debits the wallet and gives back to stock, a delivery debits the wallet and the
    /// units leave the sandbox. Refused with 404 (no such open basket: also a second completion),
    /// 409 (the price lock expired: re-price first) or 422 (empty basket, another type, more than held or in
    /// stock, a delivery without `shippingAddress`). Nothing changes unless it succeeds.
    public mutating func complete(_ type: BasketType, customer id: String, cartToken: String, shippingAddress: Address? = nil,
                                  now: Date) throws -> Basket {
        try complete(type, customer: id, cartToken: cartToken, shippingAddress: shippingAddress, now: now, pricing: .walletable)
    }

    /// `complete` with the order priced by `pricing`: the walletable charges, or the webview's Ecom figures.
    mutating func complete(_ type: BasketType, customer id: String, cartToken: String, shippingAddress: Address? = nil,
                           now: Date, pricing: OrderPricing) throws -> Basket {
        var errors: [String: [SandboxMessage]] = [:]
        validate(cartToken: cartToken, into: &errors)
        if type == .delivery {
            if let shippingAddress {
                Self.validate(shippingAddress: shippingAddress, into: &errors)
            } else {
                errors["shipping_address", default: []].append(.required("shipping_address"))
            }
        }
        guard errors.isEmpty else { throw SandboxError.fields(errors) }
        let id = ownerId(id, cartToken: cartToken)
        var account = try account(id)
        advance(to: now)
        let index = try openBasketIndex(customer: id, cartToken: cartToken)
        let record = baskets[index]
        guard record.type == type else {
            throw SandboxError.field("cart_token", .basketOfType(record.type))
        }
        guard !record.lines.isEmpty else { throw SandboxError.field("items", .basketEmpty) }
        guard !record.lock.isExpired(at: now) else {
            throw SandboxError.conflict(.priceLockExpired)
        }
        var stock = self.stock
        var delivered = self.delivered
        for line in record.lines {
            switch type {
            case .buy:
                let available = stock[line.sku] ?? 0
                guard available >= line.qty else {
                    throw SandboxError.field("qty", .outOfStock(available: available, sku: line.sku))
                }
                stock[line.sku] = available - line.qty
                account.wallet[line.sku, default: 0] += line.qty
            case .sell, .delivery:
                let held = account.wallet[line.sku] ?? 0
                guard held >= line.qty else {
                    throw SandboxError.field("qty", .notEnoughHeld(type, qty: line.qty, sku: line.sku, held: held))
                }
                account.wallet[line.sku] = held - line.qty == 0 ? nil : held - line.qty
                if type == .sell { stock[line.sku, default: 0] += line.qty } else { delivered[line.sku, default: 0] += line.qty }
            }
        }
        // The order is priced against the wallet as it was, so it answers what the basket showed.
        var completed = record
        completed.state = .completed
        completed.completedAt = now
        completed.shippingAddress = shippingAddress ?? record.shippingAddress
        var order = switch pricing {
        case .walletable: basket(completed, now: now, updated: false)
        case .ecom(let fees): ecomOrder(completed, now: now, fees: fees)
        }
        order.orderAt = Timestamp.microsecondString(now)
        completed.order = order
        // The order leaves memory for its row; written first, so that a failed write changes nothing.
        try database.insertOrder(completed)
        baskets.remove(at: index)
        customers[id] = account
        self.stock = stock
        self.delivered = delivered
        let currency = order.currencyCode ?? "AED"
        if type == .sell {
            ledger[currency, default: Ledger()].paidOut += order.paidTotal
        } else {
            ledger[currency, default: Ledger()].received += order.paidTotal
        }
        return order
    }

    /// A delivery's address, Laravel-style per field (`shipping_address.phone`): full name, phone, city and address
    /// required, the phone `+` and 10–15 digits [ours: the client's form asks the same]. `{}` used to complete.
    static func validate(shippingAddress address: Address, into errors: inout [String: [SandboxMessage]]) {
        let required: [(String, String?)] = [
            ("fullname", address.fullname), ("phone", address.phone), ("city", address.city), ("address", address.address),
        ]
        for (field, value) in required where (value ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            errors["shipping_address.\(field)", default: []].append(.required("shipping_address.\(field)"))
        }
        if let phone = address.phone?.trimmingCharacters(in: .whitespaces), !phone.isEmpty {
            let digits = phone.dropFirst()
            if phone.first != "+" || !(10...15).contains(digits.count) || !digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                errors["shipping_address.phone", default: []].append(.phoneFormat("shipping_address.phone"))
            }
        }
    }
}
