import Foundation
import MintedAPI

/// The webview's basket in seed 000's "Ecom Order" shape: no walletable type, price token or charges; the fee
/// breakdown of `EcomFeeSchedule` instead; `increment_id` like `MC_66C7446E7F53E`; `payment: null`.
extension SandboxEngine {
    /// `record` as Get Active Basket (webview) answers it at `now`: a read, so the lock is answered as it stands.
    func ecomBasket(_ record: BasketRecord, now: Date, fees: EcomFeeSchedule = .seed000) -> Basket {
        var items = pricedItems(record).map(\.item)
        for index in items.indices {
            items[index].prices = fees.itemLines(unitPrice: items[index].price).map { ItemPrice(id: $0.id, name: $0.name, price: $0.price) }
        }
        let price = items.reduce(Decimal(0)) { $0 + $1.total }
        var basket = Basket(token: record.token, type: .buy, total: price, paidTotal: price, items: items)
        basket.type = nil
        basket.pricefix = Pricefix(remaining: record.lock.remaining(at: now), nextUpdate: record.lock.expiresAt, updated: false)
        basket.id = record.id
        basket.guid = record.guid
        basket.orderCreationStatus = "basket"
        basket.incrementId = Self.ecomIncrementId(record)
        basket.price = price
        basket.tax = 0
        let breakdown = fees.breakdown(price: price)
        basket.deliveryPrice = fees.deliveryPrice
        basket.insurancePrice = breakdown.insurance
        basket.marketCommission = breakdown.marketCommission
        basket.mintedMarkupPrice = breakdown.mintedMarkup
        basket.silverCraftsmanship = 0
        basket.paymentCost = 0
        basket.currencyCode = currencyCode(of: record)
        basket.currencyRate = 1
        basket.currencyTotal = price
        let status = self.status(record, now: now)
        basket.statusId = status.rawValue
        basket.statusName = status.name
        basket.customer = customers[record.customerId]?.customer
        basket.shippingaddress = record.shippingAddress
        basket.billingaddress = record.billingAddress
        basket.orderAt = Timestamp.microsecondString(record.openedAt)
        return basket
    }

    /// `record`, completed, as the order Complete (webview) answers and keeps: the Ecom figures the basket showed, with
    /// an order's `type`, `order_creation_status` "order" and no price lock.
    func ecomOrder(_ record: BasketRecord, now: Date, fees: EcomFeeSchedule) -> Basket {
        var order = ecomBasket(record, now: now, fees: fees)
        order.type = record.type.rawValue
        order.orderCreationStatus = "order"
        order.pricefix = nil
        return order
    }

    /// `MC_` and 13 upper-case hex digits (seed 000: `MC_66C7446E7F53E`), fixed per basket: its id and opening second.
    static func ecomIncrementId(_ record: BasketRecord) -> String {
        let seconds = UInt64(max(0, min(record.openedAt.timeIntervalSince1970, 4_000_000_000)))
        let value = (seconds << 20 | UInt64(record.id & 0xFFFFF)) & 0xF_FFFF_FFFF_FFFF
        let hex = String(value, radix: 16, uppercase: true)
        return "MC_" + String(repeating: "0", count: max(0, 13 - hex.count)) + hex
    }

    /// The currency of the basket's first line's market, else AED.
    private func currencyCode(of record: BasketRecord) -> String {
        guard let sku = record.lines.first?.sku, let product = product(sku: sku), let market = market(product.currencyId) else {
            return "AED"
        }
        return market.currencyCode
    }
}
