import Foundation

/// One line of a customer's wallet (Balance / Wallet).
public struct Holding: Codable, Sendable, Equatable {
    public var productName: String
    public var images: [String]?
    public var sku: String
    public var metalType: MetalType
    public var itemCurrencyName: String?
    /// Units held.
    public var amount: Int
    /// Grams held.
    public var weight: Decimal
    /// What the holding would sell for now.
    public var value: Decimal
    public var currencyCode: String

    public init(productName: String, images: [String]? = [], sku: String, metalType: MetalType, itemCurrencyName: String?,
                amount: Int, weight: Decimal, value: Decimal, currencyCode: String) {
        self.productName = productName
        self.images = images
        self.sku = sku
        self.metalType = metalType
        self.itemCurrencyName = itemCurrencyName
        self.amount = amount
        self.weight = weight
        self.value = value
        self.currencyCode = currencyCode
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        productName = try c.decode(String.self, forKey: .productName)
        images = try c.decodeIfPresent([String].self, forKey: .images)
        sku = try c.decode(String.self, forKey: .sku)
        metalType = try c.decode(MetalType.self, forKey: .metalType)
        itemCurrencyName = try c.decodeIfPresent(String.self, forKey: .itemCurrencyName)
        amount = try c.decodeUnits(forKey: .amount)
        weight = try c.decode(Decimal.self, forKey: .weight)
        value = try c.decode(Decimal.self, forKey: .value)
        currencyCode = try c.decode(String.self, forKey: .currencyCode)
    }

    enum CodingKeys: String, CodingKey {
        case productName, images, sku, metalType = "metal_type", itemCurrencyName = "item_currency_name", amount
        case weight, value, currencyCode = "currency_code"
    }
}
