import Foundation
import MintedAPI

/// What the complete confirmation shows, line by line; the UI draws it and the reducer refuses to open it when
/// the terminal cannot show it whole.
public enum ConfirmationSheet {
    /// The sheet's width in columns, border included.
    public static let width = 60

    /// One fee line: label and amount.
    public struct Fee: Sendable, Equatable {
        public var label: String
        public var amount: Decimal
    }

    /// Every fee the basket charges, in the vendor's order; VAT always listed.
    public static func fees(_ basket: Basket, rate: (Decimal) -> String) -> [Fee] {
        var fees: [Fee] = []
        func add(_ label: String, _ amount: Decimal?) {
            if let amount, amount != 0 { fees.append(Fee(label: label, amount: amount)) }
        }
        add(basket.chargeFeeRate.map { "charge fee \(rate($0))" } ?? "charge fee", basket.chargeFee)
        add("minting fee", basket.mintingFee)
        add(basket.storageFeeRate.map { "storage fee \(rate($0))" } ?? "storage fee", basket.storageFee)
        add("delivery cost", basket.deliveryCost)
        add("payment cost", basket.paymentCost)
        fees.append(Fee(label: basket.vatRate.map { "VAT \(rate($0))" } ?? "VAT", amount: basket.chargesVat ?? 0))
        return fees
    }

    /// Rows the sheet needs, border included: title, type, items, total, fees, pay line, lock, address, keys.
    public static func height(for basket: Basket, type: BasketType) -> Int {
        let fees = fees(basket, rate: { "\($0)%" }).count
        let address = type == .delivery ? 2 : 0
        // border 2 · type 1 · blank 1 · items · blank 1 · total 1 · fees · pay 1 · blank 1 · lock 1 · keys 1
        return 2 + 1 + 1 + basket.items.count + 1 + 1 + fees + 1 + 1 + 1 + 1 + address
    }
}
