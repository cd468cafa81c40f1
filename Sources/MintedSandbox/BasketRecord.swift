import Foundation
import MintedAPI

/// A basket as the sandbox keeps it: identity, lines, price lock, and the order it became once completed.
struct BasketRecord: Sendable, Equatable, Codable {
    /// Where a basket is in its life.
    enum State: String, Sendable, Equatable, Codable {
        /// The customer's active basket of its type.
        case open
        /// A newer basket of the same type replaced it.
        case replaced
        /// Completed into an order.
        case completed
    }

    /// One line: a sku and its units.
    struct Line: Sendable, Equatable, Codable {
        var sku: String
        var qty: Int
    }

    let id: Int
    let guid: String
    /// The `cart_token`.
    let token: String
    var priceToken: String
    let type: BasketType
    let customerId: String
    let incrementId: String
    let openedAt: Date
    var lines: [Line]
    var lock: PriceLock
    var state: State
    var shippingAddress: Address?
    /// Only a scenario's basket has one (seed 000's `billingaddress`); absent from records written before it.
    var billingAddress: Address? = nil
    /// The order as it was answered on completion; frozen from then on except for its status.
    var order: Basket?
    /// When it was completed.
    var completedAt: Date?

    /// The units of `sku` in the basket, 0 when absent.
    func qty(of sku: String) -> Int {
        lines.first { $0.sku == sku }?.qty ?? 0
    }

    /// Sets `sku` to `qty` units: a new line at the end, a changed line in place, or no line at 0.
    mutating func setQty(_ qty: Int, of sku: String) {
        if let index = lines.firstIndex(where: { $0.sku == sku }) {
            if qty > 0 { lines[index].qty = qty } else { lines.remove(at: index) }
        } else if qty > 0 {
            lines.append(Line(sku: sku, qty: qty))
        }
    }
}
