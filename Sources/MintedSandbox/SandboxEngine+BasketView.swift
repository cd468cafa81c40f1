import Foundation
import MintedAPI

/// A basket record as the API answers it: every money field filled, items priced at the locked rates.
extension SandboxEngine {
    /// The API's view of `record` at `now`. `updated` is `pricefix.updated`: true on the change that re-priced an
    /// expired lock, false on a read (seed 000), nil (absent) on a change within the lock (seed 004).
    func basket(_ record: BasketRecord, now: Date, updated: Bool?) -> Basket {
        let priced = pricedItems(record)
        let charges = self.charges(record, items: priced)
        var basket = Basket(
            token: record.token, type: record.type, total: charges.total, paidTotal: charges.paidTotal,
            items: priced.map(\.item)
        )
        if record.state == .open {
            basket.pricefix = Pricefix(
                remaining: record.lock.remaining(at: now), nextUpdate: record.lock.expiresAt, updated: updated
            )
        }
        basket.id = record.id
        basket.guid = record.guid
        basket.orderCreationStatus = record.state == .completed ? "order" : "basket"
        basket.incrementId = record.incrementId
        basket.priceToken = record.priceToken
        basket.txType = Self.txType(record.type)
        basket.price = charges.total
        basket.tax = 0
        basket.paymentCost = 0
        basket.deliveryCost = charges.deliveryCost
        basket.deliveryPrice = charges.deliveryCost
        basket.insurancePrice = 0
        basket.conversionPrice = record.type == .delivery ? charges.total : 0
        basket.marketCommission = 0
        basket.mintedMarkupPrice = 0
        basket.silverCraftsmanship = 0
        basket.chargeFee = charges.chargeFee
        basket.chargeFeeRate = charges.chargeFeeRate
        basket.mintingFee = charges.mintingFee
        basket.storageFee = charges.storageFee
        basket.storageFeeRate = charges.storageFeeRate
        basket.chargesVat = charges.chargesVat
        basket.vatRate = charges.vatRate
        basket.currencyCode = priced.first?.currencyCode ?? "AED"
        basket.currencyRate = 1
        basket.currencyTotal = charges.paidTotal
        let status = self.status(record, now: now)
        basket.statusId = status.rawValue
        basket.statusName = status.name
        basket.customer = customers[record.customerId]?.customer
        basket.shippingaddress = record.shippingAddress
        basket.billingaddress = record.billingAddress
        basket.payment = payment(record, charges: charges)
        basket.orderAt = Timestamp.microsecondString(record.openedAt)
        basket.totalAmount = Decimal(record.lines.reduce(0) { $0 + $1.qty })
        basket.currency = priced.first?.item.itemCurrencyName
        return basket
    }

    /// The payment block of seed 004: `amount` = total, `comission` = amount × the payment commission rate,
    /// `total` = amount + comission, `details` null until paid. A sell pays the customer, so it has none (null).
    func payment(_ record: BasketRecord, charges: BasketCharges) -> Payment? {
        guard record.type != .sell else { return nil }
        let comission = charges.total.percent(configuration.fees.paymentCommissionRate)
        return Payment(
            amount: charges.total, state: record.state == .completed ? "paid" : "new", comission: comission,
            total: charges.total + comission
        )
    }

    /// The basket's charges under the configured fee schedule. A buy pays storage only on the items of a
    /// metal whose grams held plus grams in the basket exceed the storage allowance.
    func charges(_ record: BasketRecord, items: [PricedItem]) -> BasketCharges {
        let fees = configuration.fees
        let total = items.reduce(Decimal(0)) { $0 + $1.item.total }
        switch record.type {
        case .buy:
            let held = customers[record.customerId].map(heldGrams) ?? [:]
            var grams = held
            for item in items { grams[item.metal, default: 0] += item.grams }
            let storable = items.filter { (grams[$0.metal] ?? 0) > configuration.storageAllowanceGrams }
                .reduce(Decimal(0)) { $0 + $1.item.total }
            let minting = items.reduce(Decimal(0)) { $0 + $1.mintingFee * Decimal($1.item.amount) }
            // One fee per unit, each already rounded: 3 × 11.85 = 35.55 (seed 004), not 2 % of 1777.02.
            return fees.buy(total: total, mintingFee: minting, storableTotal: storable)
        case .sell:
            return fees.sell(total: total)
        case .delivery:
            return fees.delivery(conversionTotal: total, isEmpty: items.isEmpty)
        }
    }

    /// The basket's lines priced at its locked rates: buy and sell at the metal's weight times the locked
    /// per-gram rate, delivery at the per-unit conversion fee.
    func pricedItems(_ record: BasketRecord) -> [PricedItem] {
        record.lines.compactMap { line -> PricedItem? in
            guard let product = product(sku: line.sku), let market = market(product.currencyId) else { return nil }
            let quote = record.lock.quotes[market.id] ?? market.quote
            let mintingFee = product.mintingFee(ratePerGram: quote.buy)
            let unit: Decimal = switch record.type {
            case .buy: product.unitPrice(ratePerGram: quote.buy)
            case .sell: product.unitPrice(ratePerGram: quote.sell)
            case .delivery: product.conversionFee
            }
            let item = BasketItem(
                itemCurrencyId: market.id, itemCurrencyName: market.name, productId: product.id, sku: product.sku,
                productName: product.name, productWeight: product.weight, price: unit, taxRate: 0, tax: 0,
                amount: line.qty, total: unit * Decimal(line.qty), productImages: product.images,
                prices: [
                    ItemPrice(id: 6, name: "Fiziksel Dönüşüm", price: product.conversionFee),
                    ItemPrice(id: 4, name: "Kargo", price: 0),
                    ItemPrice(id: 7, name: "Minting Fee", price: mintingFee),
                    ItemPrice(id: 2, name: "Sigorta", price: 0),
                ]
            )
            return PricedItem(
                item: item, metal: product.metal, grams: product.weight * Decimal(line.qty),
                mintingFee: mintingFee, currencyCode: market.currencyCode
            )
        }
    }

    /// `tx_type`: `oneoffpurchase` (seed 004) for buy; `sell` and `delivery` are ours.
    static func txType(_ type: BasketType) -> String {
        switch type {
        case .buy: "oneoffpurchase"
        case .sell: "sell"
        case .delivery: "delivery"
        }
    }

    /// `status_id` and `status_name` at `now`: 1 Created while open; a completed buy or sell is 5 Completed;
    /// a completed delivery is 6 Preparing, then 7 Packed, then 8 Shipped, one `deliveryStageSeconds` apart;
    /// a replaced basket 4 Cancelled.
    func status(_ record: BasketRecord, now: Date) -> OrderStatus {
        switch record.state {
        case .open: return .created
        case .replaced: return .cancelled
        case .completed:
            guard record.type == .delivery else { return .completed }
            let stage = configuration.deliveryStageSeconds
            let elapsed = now.timeIntervalSince(record.completedAt ?? now)
            guard stage > 0 else { return .shipped }
            switch Int((elapsed / stage).rounded(.down)) {
            case ..<1: return .preparing
            case 1: return .packed
            default: return .shipped
            }
        }
    }
}
