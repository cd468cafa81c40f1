import Foundation

/// A product of the walletable catalog (Get Products).
public struct Product: Codable, Sendable, Equatable, Identifiable {
    public var id: Int
    public var name: String
    public var sku: String
    public var barcode: String?
    public var metalType: MetalType
    /// Grams per unit.
    public var productWeight: Decimal
    public var itemCurrencyId: Int
    public var itemCurrencyName: String?
    public var currencyCode: String
    public var buyPrice: Decimal
    public var sellPrice: Decimal
    public var mintingFee: Decimal?
    public var isDeliverable: Bool
    public var stock: Int?
    public var productImages: [String]?

    public init(id: Int, name: String, sku: String, barcode: String? = nil, metalType: MetalType, productWeight: Decimal,
                itemCurrencyId: Int, itemCurrencyName: String?, currencyCode: String, buyPrice: Decimal,
                sellPrice: Decimal, mintingFee: Decimal?, isDeliverable: Bool, stock: Int?, productImages: [String]? = []) {
        self.id = id
        self.name = name
        self.sku = sku
        self.barcode = barcode
        self.metalType = metalType
        self.productWeight = productWeight
        self.itemCurrencyId = itemCurrencyId
        self.itemCurrencyName = itemCurrencyName
        self.currencyCode = currencyCode
        self.buyPrice = buyPrice
        self.sellPrice = sellPrice
        self.mintingFee = mintingFee
        self.isDeliverable = isDeliverable
        self.stock = stock
        self.productImages = productImages
    }

    enum CodingKeys: String, CodingKey {
        case id, name, sku, barcode, metalType = "metal_type", productWeight = "product_weight"
        case itemCurrencyId = "item_currency_id", itemCurrencyName = "item_currency_name", currencyCode = "currency_code"
        case buyPrice = "buy_price", sellPrice = "sell_price", mintingFee = "minting_fee"
        case isDeliverable = "is_deliverable", stock, productImages = "product_images"
    }
}
