import Foundation

/// One line of a basket or order.
public struct BasketItem: Codable, Sendable, Equatable {
    public var itemCurrencyId: Int?
    public var itemCurrencyName: String?
    public var productId: Int?
    public var sku: String
    public var productName: String
    /// Grams per unit.
    public var productWeight: Decimal?
    /// Unit price.
    public var price: Decimal
    public var taxRate: Decimal?
    public var tax: Decimal?
    /// Units.
    public var amount: Int
    public var total: Decimal
    public var productImages: [String]?
    public var prices: [ItemPrice]?

    public init(itemCurrencyId: Int?, itemCurrencyName: String?, productId: Int?, sku: String, productName: String,
                productWeight: Decimal?, price: Decimal, taxRate: Decimal? = 0, tax: Decimal? = 0, amount: Int,
                total: Decimal, productImages: [String]? = [], prices: [ItemPrice]? = []) {
        self.itemCurrencyId = itemCurrencyId
        self.itemCurrencyName = itemCurrencyName
        self.productId = productId
        self.sku = sku
        self.productName = productName
        self.productWeight = productWeight
        self.price = price
        self.taxRate = taxRate
        self.tax = tax
        self.amount = amount
        self.total = total
        self.productImages = productImages
        self.prices = prices
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        itemCurrencyId = try c.decodeIfPresent(Int.self, forKey: .itemCurrencyId)
        itemCurrencyName = try c.decodeIfPresent(String.self, forKey: .itemCurrencyName)
        productId = try c.decodeIfPresent(Int.self, forKey: .productId)
        sku = try c.decode(String.self, forKey: .sku)
        productName = try c.decode(String.self, forKey: .productName)
        productWeight = try c.decodeIfPresent(Decimal.self, forKey: .productWeight)
        price = try c.decode(Decimal.self, forKey: .price)
        taxRate = try c.decodeIfPresent(Decimal.self, forKey: .taxRate)
        tax = try c.decodeIfPresent(Decimal.self, forKey: .tax)
        amount = try c.decodeUnits(forKey: .amount)
        total = try c.decode(Decimal.self, forKey: .total)
        productImages = try c.decodeIfPresent([String].self, forKey: .productImages)
        prices = try c.decodeIfPresent([ItemPrice].self, forKey: .prices)
    }

    enum CodingKeys: String, CodingKey {
        case itemCurrencyId = "item_currency_id", itemCurrencyName = "item_currency_name", productId = "product_id"
        case sku, productName = "product_name", productWeight = "product_weight", price, taxRate = "tax_rate", tax
        case amount, total, productImages = "product_images", prices
    }
}

/// A named per-unit price component of an item (minting fee, shipping, insurance, …).
public struct ItemPrice: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String
    public var price: Decimal

    public init(id: Int, name: String, price: Decimal) {
        self.id = id
        self.name = name
        self.price = price
    }
}
