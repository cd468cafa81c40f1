import Foundation

/// The Embedded Webview's "Ecom Order" breakdown (seed 000). The vendor shows one example and no formulas, so these
/// rates are [ours], fitted to it: on a 2960.30 basket they give insurance 8.12, market commission 209.69, Minted
/// markup 31.81, and per item Sigorta 5.44 and Market Komisyon 190.68 — seed 000 to the cent. The fees are part of
/// the price (seed 000: `total` = `paid_total` = `price`); the breakdown is informational.
public struct EcomFeeSchedule: Sendable, Equatable {
    /// `insurance_price`, percent of the basket price.
    public var insuranceRate: Decimal
    /// `market_commission`, percent of the basket price.
    public var marketCommissionRate: Decimal
    /// `minted_markup_price`, percent of the basket price.
    public var mintedMarkupRate: Decimal
    /// The item's "Sigorta" line, percent of its unit price.
    public var itemInsuranceRate: Decimal
    /// The item's "Market Komisyon" line, percent of its unit price.
    public var itemMarketCommissionRate: Decimal
    /// `delivery_price`, per basket, in the basket's currency.
    public var deliveryPrice: Decimal

    public init(insuranceRate: Decimal, marketCommissionRate: Decimal, mintedMarkupRate: Decimal,
                itemInsuranceRate: Decimal, itemMarketCommissionRate: Decimal, deliveryPrice: Decimal) {
        self.insuranceRate = insuranceRate
        self.marketCommissionRate = marketCommissionRate
        self.mintedMarkupRate = mintedMarkupRate
        self.itemInsuranceRate = itemInsuranceRate
        self.itemMarketCommissionRate = itemMarketCommissionRate
        self.deliveryPrice = deliveryPrice
    }

    /// The rates fitted to seed 000, with its delivery price of 65.
    public static let seed000 = EcomFeeSchedule(
        insuranceRate: Decimal(string: "0.2743")!, marketCommissionRate: Decimal(string: "7.0834")!,
        mintedMarkupRate: Decimal(string: "1.0745")!, itemInsuranceRate: Decimal(string: "0.18377")!,
        itemMarketCommissionRate: Decimal(string: "6.4412")!, deliveryPrice: 65
    )

    /// The basket-level breakdown for a basket `price`.
    public func breakdown(price: Decimal) -> (insurance: Decimal, marketCommission: Decimal, mintedMarkup: Decimal) {
        (price.percent(insuranceRate), price.percent(marketCommissionRate), price.percent(mintedMarkupRate))
    }

    /// An item's four price lines, in seed 000's order: Minted Markup, Sigorta, Kargo, Market Komisyon.
    public func itemLines(unitPrice: Decimal) -> [(id: Int, name: String, price: Decimal)] {
        [
            (1, "Minted Markup", 0),
            (2, "Sigorta", unitPrice.percent(itemInsuranceRate)),
            (4, "Kargo", 0),
            (3, "Market Komisyon", unitPrice.percent(itemMarketCommissionRate)),
        ]
    }
}
