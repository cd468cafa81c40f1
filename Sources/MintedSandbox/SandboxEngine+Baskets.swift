import Foundation
import MintedAPI

/// Baskets: Get Active Basket, Add / Update / Delete Basket Item, Clear Basket. A read never re-prices: it answers an
/// expired lock as it stands (`remaining` negative, `updated: false`, seed 000). The next change of a basket whose lock
/// has expired re-prices it first and answers `pricefix.updated = true`.
extension SandboxEngine {
    /// The customer's open basket of `type`, or nil; 404 for an unknown customer. The lock is answered as it stands.
    public mutating func activeBasket(customer id: String, type: BasketType, now: Date) throws -> Basket? {
        _ = try account(id)
        advance(to: now)
        guard let index = baskets.firstIndex(where: { $0.customerId == id && $0.type == type && $0.state == .open }) else {
            return nil
        }
        return basket(baskets[index], now: now, updated: false)
    }

    /// Adds `qty` units of `sku`. Without `cartToken` a new basket of `type` is opened, replacing the customer's
    /// open one of that type; with it, that open basket of the customer (404 otherwise) gets the units.
    public mutating func addItem(customer id: String, sku: String, qty: Int, type: BasketType, cartToken: String?,
                                 now: Date) throws -> Basket {
        var errors: [String: [SandboxMessage]] = [:]
        if qty < 1 { errors["qty", default: []].append(.atLeast("qty", 1)) }
        if qty > Self.maximumQuantity { errors["qty", default: []].append(.atMost("qty", Self.maximumQuantity)) }
        validate(sku: sku, for: type, into: &errors)
        if let cartToken { validate(cartToken: cartToken, into: &errors) }
        guard errors.isEmpty else { throw SandboxError.fields(errors) }
        let id = ownerId(id, cartToken: cartToken)
        _ = try account(id)
        advance(to: now)
        let index: Int
        var updated = false
        if let cartToken {
            index = try openBasketIndex(customer: id, cartToken: cartToken)
            guard baskets[index].type == type else {
                throw SandboxError.field("type", .basketOfType(baskets[index].type))
            }
            updated = refreshLock(at: index, now: now)
        } else {
            index = openBasket(customer: id, type: type, now: now)
        }
        let total = baskets[index].qty(of: sku) + qty
        guard total <= Self.maximumQuantity else { throw SandboxError.field("qty", .atMost("qty", Self.maximumQuantity)) }
        baskets[index].setQty(total, of: sku)
        return basket(baskets[index], now: now, updated: updated ? true : nil)
    }

    /// Sets `sku` to exactly `qty` units (0 removes the line) in the customer's open basket `cartToken`.
    public mutating func updateItem(customer id: String, cartToken: String, sku: String, qty: Int, now: Date) throws -> Basket {
        var errors: [String: [SandboxMessage]] = [:]
        if qty < 0 { errors["qty", default: []].append(.atLeast("qty", 0)) }
        if qty > Self.maximumQuantity { errors["qty", default: []].append(.atMost("qty", Self.maximumQuantity)) }
        validate(sku: sku, for: nil, into: &errors)
        validate(cartToken: cartToken, into: &errors)
        guard errors.isEmpty else { throw SandboxError.fields(errors) }
        let id = ownerId(id, cartToken: cartToken)
        _ = try account(id)
        advance(to: now)
        let index = try openBasketIndex(customer: id, cartToken: cartToken)
        if qty > 0, baskets[index].type == .delivery, product(sku: sku)?.isDeliverable == false {
            throw SandboxError.field("sku", .notDeliverable(sku: sku))
        }
        let updated = refreshLock(at: index, now: now)
        baskets[index].setQty(qty, of: sku)
        return basket(baskets[index], now: now, updated: updated ? true : nil)
    }

    /// Removes the line of `sku` from the customer's open basket `cartToken`; 422 when the basket has no such line.
    public mutating func removeItem(customer id: String, cartToken: String, sku: String, now: Date) throws -> Basket {
        var errors: [String: [SandboxMessage]] = [:]
        validate(sku: sku, for: nil, into: &errors)
        validate(cartToken: cartToken, into: &errors)
        guard errors.isEmpty else { throw SandboxError.fields(errors) }
        let id = ownerId(id, cartToken: cartToken)
        _ = try account(id)
        advance(to: now)
        let index = try openBasketIndex(customer: id, cartToken: cartToken)
        guard baskets[index].qty(of: sku) > 0 else { throw SandboxError.field("sku", .basketHoldsNo(sku: sku)) }
        let updated = refreshLock(at: index, now: now)
        baskets[index].setQty(0, of: sku)
        return basket(baskets[index], now: now, updated: updated ? true : nil)
    }

    /// Empties the customer's open basket `cartToken`; the basket stays open.
    public mutating func clearBasket(customer id: String, cartToken: String, now: Date) throws -> Basket {
        var errors: [String: [SandboxMessage]] = [:]
        validate(cartToken: cartToken, into: &errors)
        guard errors.isEmpty else { throw SandboxError.fields(errors) }
        let id = ownerId(id, cartToken: cartToken)
        _ = try account(id)
        advance(to: now)
        let index = try openBasketIndex(customer: id, cartToken: cartToken)
        let updated = refreshLock(at: index, now: now)
        baskets[index].lines = []
        return basket(baskets[index], now: now, updated: updated ? true : nil)
    }

    /// Opens a new basket of `type` for the customer with a fresh price lock, replacing their open one of that type.
    mutating func openBasket(customer id: String, type: BasketType, now: Date) -> Int {
        for index in baskets.indices where baskets[index].customerId == id && baskets[index].type == type
            && baskets[index].state == .open {
            baskets[index].state = .replaced
        }
        let record = BasketRecord(
            id: nextBasketId, guid: makeGuid(), token: makeToken(), priceToken: makeToken(), type: type, customerId: id,
            incrementId: makeIncrementId(), openedAt: now, lines: [], lock: newLock(now: now), state: .open,
            shippingAddress: nil, order: nil, completedAt: nil
        )
        nextBasketId += 1
        pruneReplacedBaskets()
        baskets.append(record)
        return baskets.count - 1
    }

    /// Replaced baskets remembered, newest kept: enough for a stale token to hear that its basket was replaced.
    static let replacedBasketsKept = 256

    /// Forgets the oldest replaced baskets beyond `replacedBasketsKept`; their tokens then answer a plain 404.
    mutating func pruneReplacedBaskets() {
        let replaced = baskets.lazy.filter { $0.state == .replaced }.count
        guard replaced > Self.replacedBasketsKept else { return }
        var excess = replaced - Self.replacedBasketsKept
        baskets.removeAll { record in
            guard excess > 0, record.state == .replaced else { return false }
            excess -= 1
            return true
        }
    }

    /// The index of the customer's open basket `cartToken`, or 404.
    func openBasketIndex(customer id: String, cartToken: String) throws -> Int {
        guard let index = baskets.firstIndex(where: { $0.token == cartToken && $0.customerId == id && $0.state == .open }) else {
            // Say why, when the token was this customer's: a newer basket of its type replaced it, or it became an order.
            let former = baskets.last { $0.token == cartToken && $0.customerId == id }
            switch former?.state {
            case .replaced?: throw SandboxError.notFound(.basketReplaced(type: former!.type))
            case .completed?: throw SandboxError.notFound(.basketCompleted)
            default:
                if (try? database.hasOrder(token: cartToken, customerId: id)) == true {
                    throw SandboxError.notFound(.basketCompleted)
                }
                throw SandboxError.notFound(.customerBasketNotFound(customer: id))
            }
        }
        return index
    }

    /// Units of one product a basket line may hold: far beyond any stock, and every sum of lines stays far inside `Int`.
    public static let maximumQuantity = 1_000_000

    /// The customer a basket call acts for: `id`, or, when `id` is empty and a `cartToken` is given, the owner of that
    /// open basket — seed 004's own Update Basket Item request sends `"external_customer_id": ""` with a cart token.
    func ownerId(_ id: String, cartToken: String?) -> String {
        guard id.isEmpty, let cartToken,
              let basket = baskets.first(where: { $0.token == cartToken && $0.state == .open }) else { return id }
        return basket.customerId
    }

    /// Re-prices the basket at `index` when its lock has expired: a new lock at the live rates and a new
    /// price token. Returns true when it did.
    mutating func refreshLock(at index: Int, now: Date) -> Bool {
        guard baskets[index].lock.isExpired(at: now) else { return false }
        baskets[index].lock = newLock(now: now)
        baskets[index].priceToken = makeToken()
        return true
    }

    /// A lock of the live rates from `now` (whole seconds, as the wire shows it) for `pricefixTTL`.
    func newLock(now: Date) -> PriceLock {
        let start = now.timeIntervalSince1970.rounded(.down)
        return PriceLock(quotes: liveQuotes(), expiresAt: Date(timeIntervalSince1970: start + configuration.pricefixTTL))
    }

    /// Adds a `sku` error for an unknown sku, or for a non-deliverable one in a delivery basket.
    func validate(sku: String, for type: BasketType?, into errors: inout [String: [SandboxMessage]]) {
        guard let product = product(sku: sku) else {
            errors["sku", default: []].append(.selectedInvalid("sku"))
            return
        }
        if type == .delivery, !product.isDeliverable {
            errors["sku", default: []].append(.notDeliverable(sku: sku))
        }
    }

    /// Adds a `cart_token` error unless it is 32 alphanumerics.
    func validate(cartToken: String, into errors: inout [String: [SandboxMessage]]) {
        if !Self.isWellFormedToken(cartToken) {
            errors["cart_token", default: []].append(.cartTokenFormat)
        }
    }
}
