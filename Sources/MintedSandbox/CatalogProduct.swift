import Foundation
import MintedAPI

/// A product the sandbox sells: its fixed facts; prices come from its market's rate at the time.
struct CatalogProduct: Sendable, Equatable {
    let id: Int
    let sku: String
    /// The English name; `turkishName` for `Accept-Language: tr`.
    let name: String
    let turkishName: String
    let barcode: String
    let metal: MetalType
    /// Grams per unit.
    let weight: Decimal
    /// The market (`item_currency_id`) that prices it.
    let currencyId: Int
    /// Per-unit minting fee, paid on buy.
    let mintingFee: Decimal
    /// Per-unit physical-conversion fee, paid on delivery.
    let conversionFee: Decimal
    let isDeliverable: Bool
    let stock: Int
    let images: [String]

    /// The product's name in `language`.
    func name(in language: SandboxLanguage) -> String {
        language == .turkish ? turkishName : name
    }

    /// The unit price at `ratePerGram`, rounded to cents.
    func unitPrice(ratePerGram: Decimal) -> Decimal {
        (ratePerGram * weight).rounded()
    }

    /// The API's view of this product at `quote`.
    func product(market: Market, quote: MarketQuote) -> Product {
        Product(
            id: id, name: name, sku: sku, barcode: barcode, metalType: metal, productWeight: weight,
            itemCurrencyId: market.id, itemCurrencyName: market.name, currencyCode: market.currencyCode,
            buyPrice: unitPrice(ratePerGram: quote.buy), sellPrice: unitPrice(ratePerGram: quote.sell),
            mintingFee: mintingFee, isDeliverable: isDeliverable, stock: stock, productImages: images
        )
    }
}
