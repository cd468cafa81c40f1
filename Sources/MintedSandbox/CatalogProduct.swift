import Foundation
import MintedAPI

/// A product the sandbox sells: its fixed facts; prices come from its market's rate at the time.
struct CatalogProduct: Sendable, Equatable {
    let id: Int
    let sku: String
    /// The name, in every language: seed 004 answers `tr` with the English product name.
    let name: String
    let barcode: String
    let metal: MetalType
    /// Grams per unit.
    let weight: Decimal
    /// The market (`item_currency_id`) that prices it.
    let currencyId: Int
    /// Minting fee, percent of the unit buy price, paid per unit on buy: the fee follows the price (seed 004's 11.85 is
    /// 2 % of 592.34), so a fixed amount would drift from it as the rate moves.
    let mintingRate: Decimal
    /// Per-unit physical-conversion fee, paid on delivery.
    let conversionFee: Decimal
    let isDeliverable: Bool
    let stock: Int
    let images: [String]

    /// The unit price at `ratePerGram`, rounded to cents.
    func unitPrice(ratePerGram: Decimal) -> Decimal {
        (ratePerGram * weight).rounded()
    }

    /// The per-unit minting fee at `ratePerGram` (the buy rate): the unit price times `mintingRate`, rounded to cents.
    func mintingFee(ratePerGram: Decimal) -> Decimal {
        unitPrice(ratePerGram: ratePerGram).percent(mintingRate)
    }

    /// The API's view of this product at `quote`.
    func product(market: Market, quote: MarketQuote) -> Product {
        Product(
            id: id, name: name, sku: sku, barcode: barcode, metalType: metal, productWeight: weight,
            itemCurrencyId: market.id, itemCurrencyName: market.name, currencyCode: market.currencyCode,
            buyPrice: unitPrice(ratePerGram: quote.buy), sellPrice: unitPrice(ratePerGram: quote.sell),
            mintingFee: mintingFee(ratePerGram: quote.buy), isDeliverable: isDeliverable, stock: stock, productImages: images
        )
    }
}
